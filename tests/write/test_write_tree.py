from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

import pytest
from write_helpers import INFO, age, snapshot, tree

from generator.errors import GeneratorError, InputError, IOFailure
from generator.render.model import RenderedFile
from generator.write import MANIFEST_NAME, check_tree, read_manifest, write_tree

V1: dict[str, str | bytes] = {
    "pkg/__init__.py": "from .client import Client\n",
    "pkg/client.py": "class Client:\n    pass\n",
    "pkg/models/pet.py": "class Pet:\n    pass\n",
    "pkg/models/__init__.py": "",
    "README.md": "# Petstore\n",
}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_first_write_creates_everything_and_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "generated" / "client"
    report = write_tree(tree(V1), out, manifest=INFO)
    assert report.created == tuple(sorted(V1))
    assert report.changed == report.removed == report.unchanged == report.skipped_ignored == ()
    assert report.changed_anything and report.status == "written" and report.manifest_changed
    for path, content in V1.items():
        assert (out / path).read_bytes() == (content.encode() if isinstance(content, str) else content)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]  # no staging folder left behind
    assert sorted(p.name for p in (tmp_path / "generated").iterdir()) == ["client"]


def test_manifest_content_and_format(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    raw = (tmp_path / MANIFEST_NAME).read_text()
    body = json.loads(raw)
    assert raw == json.dumps(body, sort_keys=True, indent=2) + "\n"
    assert body["generator_version"] == "0.1.0"
    assert body["spec_sha256"] == "a" * 64
    assert body["config_sha256"] == "b" * 64
    assert body["template_sha256"] == "c" * 64
    assert body["package_version"] == "1.2.3"
    assert body["api_version"] == "2024-01-01"
    assert body["files"] == {p: sha((tmp_path / p).read_bytes()) for p in V1}
    manifest = read_manifest(tmp_path)
    assert manifest is not None and manifest.info == INFO and dict(manifest.files) == body["files"]


def test_read_manifest_missing_and_invalid(tmp_path: Path) -> None:
    assert read_manifest(tmp_path) is None
    assert read_manifest(tmp_path / "nope") is None
    (tmp_path / MANIFEST_NAME).write_text("{not json")
    with pytest.raises(InputError) as info:
        read_manifest(tmp_path)
    assert info.value.code == "manifest-invalid" and info.value.location.line == 1
    (tmp_path / MANIFEST_NAME).write_text('{"files": {"a.py": "nothex"}}')
    with pytest.raises(InputError, match="sha256"):
        write_tree(tree(V1), tmp_path, manifest=INFO)


def test_second_identical_write_is_unchanged_and_touches_nothing(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    age(tmp_path)
    before = snapshot(tmp_path)
    report = write_tree(tree(V1), tmp_path, manifest=INFO)
    assert not report.changed_anything and report.status == "unchanged"
    assert report.unchanged == tuple(sorted(V1)) and report.created == report.changed == ()
    assert snapshot(tmp_path) == before  # same bytes and same mtimes, manifest included
    assert sorted(p.name for p in tmp_path.parent.iterdir() if ".pfgen-staging-" in p.name) == []


def test_changed_file_only_rewrites_that_file(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    age(tmp_path)
    before = snapshot(tmp_path)
    report = write_tree(tree({**V1, "pkg/client.py": "class Client:\n    x = 1\n"}), tmp_path, manifest=INFO)
    assert report.changed == ("pkg/client.py",) and report.created == report.removed == ()
    after = snapshot(tmp_path)
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {"pkg/client.py", MANIFEST_NAME}
    assert read_manifest(tmp_path).files["pkg/client.py"] == sha(b"class Client:\n    x = 1\n")  # type: ignore[union-attr]


def test_manifest_only_change_rewrites_only_the_manifest(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    age(tmp_path)
    before = snapshot(tmp_path)
    report = write_tree(tree(V1), tmp_path, manifest=dataclasses.replace(INFO, spec_sha256="d" * 64))
    assert report.changed_anything and report.manifest_changed and report.created == report.changed == ()
    after = snapshot(tmp_path)
    assert {k for k in after if after[k] != before[k]} == {MANIFEST_NAME}


def test_bytes_are_written_exactly(tmp_path: Path) -> None:
    files = [
        RenderedFile("a.txt", "line\r\nkeeps crlf\n", "text"),
        RenderedFile("b.bin", bytes(range(256)), "binary"),
        RenderedFile("c.py", "x = 'é'\n", "python"),
    ]
    write_tree(files, tmp_path, manifest=INFO)
    assert (tmp_path / "a.txt").read_bytes() == b"line\r\nkeeps crlf\n"
    assert (tmp_path / "b.bin").read_bytes() == bytes(range(256))
    assert (tmp_path / "c.py").read_bytes() == "x = 'é'\n".encode()


def test_user_file_beside_generated_modules_survives(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    (tmp_path / "pkg" / "custom.py").write_text("mine\n")
    (tmp_path / "pkg" / "models" / "extra.py").write_text("mine too\n")
    smaller = {k: v for k, v in V1.items() if not k.startswith("pkg/models/")}
    report = write_tree(tree(smaller), tmp_path, manifest=INFO)
    assert report.removed == ("pkg/models/__init__.py", "pkg/models/pet.py")
    assert (tmp_path / "pkg" / "custom.py").read_text() == "mine\n"
    assert (tmp_path / "pkg" / "models" / "extra.py").read_text() == "mine too\n"  # so the folder stays too
    assert "pkg/custom.py" not in read_manifest(tmp_path).files  # type: ignore[union-attr]


def test_user_file_colliding_with_new_generated_file_is_a_conflict(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    (tmp_path / "pkg" / "custom.py").write_text("mine\n")
    before = snapshot(tmp_path)
    bigger = tree({**V1, "pkg/custom.py": "generated\n", "pkg/new.py": "new\n"})
    with pytest.raises(InputError) as info:
        write_tree(bigger, tmp_path, manifest=INFO)
    assert info.value.code == "user-file-conflict" and info.value.exit_code == 1
    assert "pkg/custom.py" in info.value.message and "--force" in info.value.hint
    assert snapshot(tmp_path) == before
    report = write_tree(bigger, tmp_path, manifest=INFO, force=True)
    assert report.changed == ("pkg/custom.py",) and report.overwritten == ("pkg/custom.py",)
    assert (tmp_path / "pkg" / "custom.py").read_text() == "generated\n"


def test_existing_identical_file_is_adopted_without_conflict(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Petstore\n")  # e.g. the manifest was lost: same content, no harm
    report = write_tree(tree(V1), tmp_path, manifest=INFO)
    assert "README.md" in report.unchanged
    assert "README.md" in read_manifest(tmp_path).files  # type: ignore[union-attr]


def test_no_manifest_and_different_files_is_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "client.py").write_text("someone else's\n")
    with pytest.raises(InputError, match="pkg/client.py"):
        write_tree(tree(V1), tmp_path, manifest=INFO)
    assert sorted(os.listdir(tmp_path)) == ["pkg"] and os.listdir(tmp_path / "pkg") == ["client.py"]


def test_stale_generated_files_are_removed_with_their_empty_folders(tmp_path: Path) -> None:
    v1 = {**V1, "pkg/deep/er/x.py": "x\n", "pkg/deep/keep/y.py": "y\n"}
    write_tree(tree(v1), tmp_path, manifest=INFO)
    (tmp_path / "pkg" / "deep" / "keep" / "notes.txt").write_text("user\n")
    v2 = {k: v for k, v in v1.items() if "deep" not in k and k != "README.md"}
    report = write_tree(tree(v2), tmp_path, manifest=INFO)
    assert report.removed == ("README.md", "pkg/deep/er/x.py", "pkg/deep/keep/y.py")
    assert not (tmp_path / "README.md").exists()
    assert not (tmp_path / "pkg" / "deep" / "er").exists()
    assert (tmp_path / "pkg" / "deep" / "keep" / "notes.txt").read_text() == "user\n"
    assert set(read_manifest(tmp_path).files) == set(v2)  # type: ignore[union-attr]


def test_ignored_files_are_never_overwritten_nor_deleted(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    (tmp_path / ".pfgenignore").write_text("# taken over\npkg/client.py\nREADME.md\n")
    (tmp_path / "pkg" / "client.py").write_text("my own client\n")
    v2 = {k: v for k, v in V1.items() if k != "README.md"}
    v2["pkg/client.py"] = "class Client:\n    regenerated = True\n"
    report = write_tree(tree(v2), tmp_path, manifest=INFO)
    assert report.skipped_ignored == ("pkg/client.py",)
    assert report.removed == () and report.changed == ()
    assert (tmp_path / "pkg" / "client.py").read_text() == "my own client\n"
    assert (tmp_path / "README.md").read_text() == "# Petstore\n"  # stale but ignored: kept
    files = read_manifest(tmp_path).files  # type: ignore[union-attr]
    assert "pkg/client.py" not in files and "README.md" not in files
    assert write_tree(tree(v2), tmp_path, manifest=INFO).status == "unchanged"


def test_ignore_patterns_use_gitignore_syntax(tmp_path: Path) -> None:
    (tmp_path / ".pfgenignore").write_text("pkg/models/\n!pkg/models/__init__.py\n")
    report = write_tree(tree(V1), tmp_path, manifest=INFO)
    assert report.skipped_ignored == ("pkg/models/pet.py",)
    assert (tmp_path / "pkg" / "models" / "__init__.py").exists()
    assert not (tmp_path / "pkg" / "models" / "pet.py").exists()


def test_custom_ignore_file_name(tmp_path: Path) -> None:
    (tmp_path / ".keep").write_text("README.md\n")
    report = write_tree(tree(V1), tmp_path, manifest=INFO, ignore_file=".keep")
    assert report.skipped_ignored == ("README.md",)


def test_hand_edited_file_is_detected_naming_every_file(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    (tmp_path / "pkg" / "client.py").write_text("class Client:\n    patched = True\n")
    (tmp_path / "README.md").write_text("# my notes\n")
    (tmp_path / "pkg" / "models" / "pet.py").write_text("edited and then dropped by the spec\n")
    before = snapshot(tmp_path)
    v2 = {k: v for k, v in V1.items() if k != "pkg/models/pet.py"}
    v2["pkg/client.py"] = "class Client:\n    v2 = True\n"
    with pytest.raises(InputError) as info:
        write_tree(tree(v2), tmp_path, manifest=INFO)
    err = info.value
    assert err.code == "hand-edited" and err.exit_code == 1
    for path in ("README.md", "pkg/client.py", "pkg/models/pet.py"):
        assert path in err.message
    assert err.hint == "move your change into petstore/lib/ or list the file in .pfgenignore, or pass --force"
    assert len(err.diagnostics) == 3
    assert snapshot(tmp_path) == before
    with pytest.raises(InputError, match="hand"):
        write_tree(tree(v2), tmp_path, manifest=INFO, dry_run=True)

    report = write_tree(tree(v2), tmp_path, manifest=INFO, force=True)
    assert report.overwritten == ("README.md", "pkg/client.py", "pkg/models/pet.py")
    assert report.removed == ("pkg/models/pet.py",)
    assert (tmp_path / "pkg" / "client.py").read_text() == "class Client:\n    v2 = True\n"
    assert (tmp_path / "README.md").read_text() == "# Petstore\n"


def test_hand_edit_matching_new_output_is_not_a_conflict(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    (tmp_path / "README.md").write_text("# Petstore v2\n")
    report = write_tree(tree({**V1, "README.md": "# Petstore v2\n"}), tmp_path, manifest=INFO)
    assert "README.md" in report.unchanged
    assert read_manifest(tmp_path).files["README.md"] == sha(b"# Petstore v2\n")  # type: ignore[union-attr]


def test_deleted_generated_file_is_recreated(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    (tmp_path / "pkg" / "client.py").unlink()
    assert write_tree(tree(V1), tmp_path, manifest=INFO).created == ("pkg/client.py",)


@pytest.mark.parametrize(
    "bad",
    ["../evil.py", "/etc/evil.py", "pkg/../../evil.py", "pkg/./x.py", "pkg//x.py", "", "C:/evil.py", "a\\b.py",
     MANIFEST_NAME, ".pfgenignore"],
)
def test_unsafe_paths_are_refused(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(GeneratorError) as info:
        write_tree([*tree(V1), RenderedFile(bad, "x\n", "text")], out, manifest=INFO)
    assert info.value.code == "unsafe-path"
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == []


def test_symlink_escaping_the_output_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "pkg").symlink_to(outside, target_is_directory=True)
    with pytest.raises(GeneratorError) as info:
        write_tree(tree(V1), out, manifest=INFO)
    assert info.value.code == "unsafe-path" and "outside" in info.value.message
    assert os.listdir(outside) == []


def test_file_symlink_escaping_the_output_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text("kept\n")
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    path = next(p for p in sorted(V1) if p.startswith("pkg/"))
    (out / path).symlink_to(outside)
    with pytest.raises(GeneratorError) as info:
        write_tree(tree(V1), out, manifest=INFO)
    assert info.value.code == "unsafe-path" and path in info.value.message
    assert outside.read_text() == "kept\n"


def test_tampered_manifest_cannot_delete_outside(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "out"
    out.mkdir()
    body = {"files": {"../victim.txt": sha(b"precious\n")}}
    (out / MANIFEST_NAME).write_text(json.dumps(body))
    with pytest.raises(GeneratorError) as info:
        write_tree(tree(V1), out, manifest=INFO)
    assert info.value.code == "unsafe-path"
    assert victim.read_text() == "precious\n"


def test_duplicate_and_case_colliding_paths_are_refused(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as info:
        write_tree(tree(V1) + [RenderedFile("README.md", "again", "text")], tmp_path, manifest=INFO)
    assert info.value.code == "duplicate-path"
    with pytest.raises(GeneratorError) as info:
        write_tree(tree({**V1, "pkg/models/Pet.py": "x"}), tmp_path, manifest=INFO)
    assert info.value.code == "path-case-collision"
    with pytest.raises(GeneratorError) as info:
        write_tree(tree({**V1, "pkg/client.py/x.py": "x"}), tmp_path, manifest=INFO)
    assert info.value.code == "duplicate-path"
    assert os.listdir(tmp_path) == []


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = write_tree(tree(V1), out, manifest=INFO, dry_run=True)
    assert report.created == tuple(sorted(V1)) and report.dry_run and report.status == "would-write"
    assert not out.exists()
    write_tree(tree(V1), out, manifest=INFO)
    age(out)
    before = snapshot(out)
    v2 = {**{k: v for k, v in V1.items() if k != "README.md"}, "pkg/client.py": "changed\n", "new.txt": "n\n"}
    dry = write_tree(tree(v2), out, manifest=INFO, dry_run=True)
    assert (dry.created, dry.changed, dry.removed) == (("new.txt",), ("pkg/client.py",), ("README.md",))
    assert snapshot(out) == before
    real = write_tree(tree(v2), out, manifest=INFO)
    assert dataclasses.replace(dry, dry_run=False) == real


def test_manifest_is_written_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.write import transaction

    order: list[str] = []
    real = transaction._replace

    def recording(src: Path, dst: Path) -> None:
        order.append(Path(dst).name)
        real(src, dst)

    monkeypatch.setattr(transaction, "_replace", recording)
    write_tree(tree(V1), tmp_path, manifest=INFO)
    assert order[-1] == MANIFEST_NAME and order.count(MANIFEST_NAME) == 1 and len(order) == len(V1) + 1


def test_mode_bits_of_a_regenerated_file_are_kept(tmp_path: Path) -> None:
    write_tree(tree(V1), tmp_path, manifest=INFO)
    script = tmp_path / "pkg" / "client.py"
    script.chmod(0o755)
    write_tree(tree({**V1, "pkg/client.py": "changed\n"}), tmp_path, manifest=INFO)
    assert script.read_text() == "changed\n" and script.stat().st_mode & 0o777 == 0o755


def test_file_becomes_folder_and_folder_becomes_file(tmp_path: Path) -> None:
    write_tree(tree({"pkg/types": "old file\n", "pkg/sub/a.py": "a\n", "pkg/sub/b/c.py": "c\n"}), tmp_path,
               manifest=INFO)
    report = write_tree(tree({"pkg/types/__init__.py": "now a package\n", "pkg/sub": "now a file\n"}), tmp_path,
                        manifest=INFO)
    assert report.created == ("pkg/sub", "pkg/types/__init__.py")
    assert report.removed == ("pkg/sub/a.py", "pkg/sub/b/c.py", "pkg/types")
    assert (tmp_path / "pkg" / "types" / "__init__.py").read_text() == "now a package\n"
    assert (tmp_path / "pkg" / "sub").read_text() == "now a file\n"


def test_user_file_in_the_way_of_a_folder_is_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "pkg").write_text("user file named like the package\n")
    with pytest.raises(InputError) as info:
        write_tree(tree(V1), tmp_path, manifest=INFO, force=True)
    assert info.value.code == "user-file-conflict" and "blocked by pkg" in info.value.message
    assert (tmp_path / "pkg").read_text() == "user file named like the package\n"


def test_user_folder_where_a_file_must_go_is_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "README.md").mkdir()
    (tmp_path / "README.md" / "mine.txt").write_text("x")
    with pytest.raises(InputError) as info:
        write_tree(tree(V1), tmp_path, manifest=INFO, force=True)
    assert info.value.code == "user-file-conflict" and "README.md/mine.txt" in info.value.message


def test_output_that_is_a_file_is_an_io_error(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(IOFailure) as info:
        write_tree(tree(V1), tmp_path / "out", manifest=INFO)
    assert info.value.code == "output-not-a-folder" and info.value.exit_code == 2


def test_check_tree_reports_drift_and_writes_nothing(tmp_path: Path) -> None:
    assert check_tree(tree(V1), tmp_path / "none", INFO) == sorted([*V1, MANIFEST_NAME])
    assert not (tmp_path / "none").exists()
    write_tree(tree(V1), tmp_path, manifest=INFO)
    assert check_tree(tree(V1), tmp_path, INFO) == []
    (tmp_path / "user.py").write_text("not our business\n")
    assert check_tree(tree(V1), tmp_path, INFO) == []
    (tmp_path / "pkg" / "client.py").write_text("edited\n")
    (tmp_path / "README.md").unlink()
    age(tmp_path)
    before = snapshot(tmp_path)
    v2 = {k: v for k, v in V1.items() if k != "pkg/models/pet.py"}
    drift = check_tree(tree(v2), tmp_path, INFO)
    assert drift == sorted(["README.md", "pkg/client.py", "pkg/models/pet.py", MANIFEST_NAME])
    assert snapshot(tmp_path) == before
    other = dataclasses.replace(INFO, spec_sha256="e" * 64)
    write_tree(tree(V1), tmp_path, manifest=INFO, force=True)
    assert check_tree(tree(V1), tmp_path, other) == [MANIFEST_NAME]
