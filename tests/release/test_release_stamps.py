"""``pfgen check`` answers from a stamp when nothing that decides the output changed, and never differently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from release_helpers import make_project, run

from generator.release import prepare as prepare_module
from generator.release import stamp

OUT = Path("generated/petshop")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts full renders (``prepare_release``); tests clear it after ``generate`` to count ``check``'s."""
    seen: list[str] = []
    real = prepare_module.prepare_release

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append("render")
        return real(*args, **kwargs)

    monkeypatch.setattr(prepare_module, "prepare_release", counting)
    import generator.release as release_package

    monkeypatch.setattr(release_package, "prepare_release", counting, raising=False)  # its lazily cached copy
    return seen


def test_check_after_generate_uses_the_stamp(project: Path, renders: list[str]) -> None:
    run("generate")
    renders.clear()
    assert "up to date (1.0.0)" in run("check").output
    assert renders == []


@pytest.mark.parametrize("touch", ["edit", "delete", "manifest"])
def test_a_touched_output_is_checked_in_full(project: Path, renders: list[str], touch: str) -> None:
    run("generate")
    renders.clear()
    if touch == "edit":
        (OUT / "README.md").write_text("# mine\n")
    elif touch == "delete":
        (OUT / "petshop/__init__.py").unlink()
    else:
        manifest = json.loads((OUT / ".pfgen-manifest.json").read_text())
        (OUT / ".pfgen-manifest.json").write_text(json.dumps(manifest, indent=4))
    result = run("check", ok=False)
    assert result.exit_code == 1 and renders == ["render"]


def test_a_changed_input_is_checked_in_full(project: Path, renders: list[str]) -> None:
    run("generate")
    renders.clear()
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('package-name = "petshop"', 'package-name = "petshop"\nclient-name = "Shop"'))
    assert run("check", ok=False).exit_code == 1
    assert renders == ["render"]


def test_a_full_check_that_finds_no_drift_leaves_a_stamp(project: Path, renders: list[str]) -> None:
    run("generate")
    renders.clear()
    for entry in stamp.stamp_dir().glob("*.json"):  # type: ignore[union-attr]
        entry.unlink()  # e.g. a fresh clone: no stamps yet
    assert "up to date" in run("check").output
    assert "up to date" in run("check").output
    assert renders == ["render"]


def test_no_stamps_without_a_cache(project: Path, renders: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    run("generate")
    renders.clear()
    run("check")
    run("check")
    assert renders == ["render", "render"]


def test_a_referenced_document_is_an_input(tmp_path: Path, renders: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "multi"
    root.mkdir()
    monkeypatch.chdir(root)
    (root / "pet.json").write_text(json.dumps({"type": "object", "properties": {"name": {"type": "string"}}}))
    (root / "api.json").write_text(json.dumps({
        "openapi": "3.1.0",
        "info": {"title": "Multi", "version": "1"},
        "paths": {"/pet": {"get": {"operationId": "getPet", "responses": {"200": {
            "description": "ok", "content": {"application/json": {"schema": {"$ref": "pet.json"}}}}}}}},
    }))
    (root / "pfgen.toml").write_text('spec = "api.json"\n\n[[targets]]\nname = "multi"\noutput = "out"\n')
    run("generate")
    renders.clear()
    assert "up to date" in run("check").output and renders == []
    (root / "pet.json").write_text(json.dumps({"type": "object", "properties": {"nick": {"type": "string"}}}))
    assert run("check", ok=False).exit_code == 1
    assert renders == ["render"]


# --- the SDK surface recorded beside the package ---------------------------------------------------------------


def test_a_release_records_its_surface_and_the_next_one_compares_with_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.diff.surface_file import SURFACE_PATH, load_surface

    run("generate")
    recorded = load_surface((OUT / SURFACE_PATH).read_bytes())
    assert "client.pets.list" in {m.qualname for m in recorded.methods}

    def no_rebuild(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the previous API was rebuilt")

    # From here on only the new API may be built: the previous surface comes from the record.
    real = prepare_module.build_api
    calls: list[int] = []

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) > 1:
            no_rebuild()
        return real(*args, **kwargs)

    monkeypatch.setattr(prepare_module, "build_api", counting)
    pyproject = project / "pyproject.toml"
    # A rename made only through the configuration is a rename for the package's users: a major release.
    pyproject.write_text(pyproject.read_text().replace(
        'package-name = "petshop"', 'package-name = "petshop"\nnames = { listPets = "pets.all" }'))
    result = run("generate")
    assert "2.0.0 (major" in result.output
    changelog = (OUT / "CHANGELOG.md").read_text()
    assert "client.pets.list" in changelog and "client.pets.all" in changelog


def test_a_damaged_surface_record_is_rebuilt_from_the_previous_spec(project: Path) -> None:
    from generator.diff.surface_file import SURFACE_PATH

    run("generate")
    (OUT / SURFACE_PATH).write_text("{}")  # edited by hand: not trusted
    _release_renaming_list_pets(project)


def _release_renaming_list_pets(project: Path) -> None:
    """A new spec version renames an operation (listPets -> allPets, so client.pets.list): a major release when
    the previous surface is known, recorded or rebuilt (the wire does not change)."""
    spec = project / "specs/petshop/1.0.0.json"
    data = json.loads(spec.read_text())
    data["paths"]["/pets"]["get"]["operationId"] = "allPets"
    (project / "specs/petshop/1.0.1.json").write_text(json.dumps(data))
    result = run("generate", "--force")
    assert "2.0.0 (major" in result.output


def test_a_record_the_manifest_vouches_for_but_no_pfgen_can_read_is_rebuilt_too(project: Path) -> None:
    """A record of another format (an older pfgen's), untouched since it was written: it is read only once the
    new surface is known, and when it turns out unreadable the previous surface is rebuilt from the spec copy."""
    import hashlib

    from generator.diff.surface_file import SURFACE_PATH
    from generator.write import MANIFEST_NAME

    run("generate")
    record = b'{"format": 0, "title": "Petshop", "version": "1.0",\n"methods": [],\n"models": []}\n'
    (OUT / SURFACE_PATH).write_bytes(record)
    manifest = json.loads((OUT / MANIFEST_NAME).read_text())
    manifest["files"][SURFACE_PATH] = hashlib.sha256(record).hexdigest()
    (OUT / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    _release_renaming_list_pets(project)


def test_generate_with_unchanged_inputs_and_output_does_nothing(project: Path, renders: list[str]) -> None:
    run("generate")
    renders.clear()
    before = {p: p.stat().st_mtime_ns for p in OUT.rglob("*") if p.is_file()}
    assert run("generate").output.strip() == "generated/petshop: unchanged (1.0.0)"
    assert renders == []
    assert {p: p.stat().st_mtime_ns for p in OUT.rglob("*") if p.is_file()} == before
    (OUT / "petshop/__init__.py").unlink()  # a generated file lost: the full path puts it back
    assert "restored" in run("generate").output
    assert renders == ["render"] and (OUT / "petshop/__init__.py").is_file()


def test_a_diff_forked_for_a_large_document_equals_one_made_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From FORK_DIFF_CHARS up, the previous side of the diff runs in a forked child while the new side builds;
    the release (versions, changelog, files) must be the one an in-process diff gives."""
    from release_helpers import dump, spec_v2, spec_v3, tree_state

    forked: list[int] = []
    real = prepare_module.run_forked

    def counting(work):  # type: ignore[no-untyped-def]
        forked.append(1)
        return real(work)

    monkeypatch.setattr(prepare_module, "run_forked", counting)
    trees = []
    for limit in (0, 10**12):
        monkeypatch.setattr(prepare_module, "FORK_DIFF_CHARS", limit)
        root = make_project(tmp_path / str(limit))
        monkeypatch.chdir(root)
        outputs = [run("generate").output]
        for number, spec in (("1.1.0", spec_v2()), ("2.0.0", spec_v3())):
            (root / "specs" / "petshop" / f"{number}.json").write_bytes(dump(spec))
            outputs.append(run("generate").output)
        state = tree_state(root / OUT)
        trees.append((outputs, {p: sha for p, (sha, _) in state.items()}))
    assert len(forked) == 2  # both releases after the first, with the limit at 0
    assert trees[0] == trees[1]


def test_a_new_surface_record_format_alone_is_written_without_a_release(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The surface record is bookkeeping derived from the API: when only its format changes (a new pfgen), the
    record is rewritten and the version stays."""
    from generator.diff.surface_file import SURFACE_PATH

    run("generate")
    before = (OUT / "CHANGELOG.md").read_text()
    real = prepare_module.dump_surface_lines
    monkeypatch.setattr(prepare_module, "dump_surface_lines",
                        lambda surface: (real(surface)[0] + b"\n", real(surface)[1]))
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")  # as after an upgrade: the stamp cannot vouch for the output
    result = run("generate")
    assert "1.0.0" in result.output and "1.0.1" not in result.output
    assert (OUT / SURFACE_PATH).read_bytes().endswith(b"}\n\n")
    assert (OUT / "CHANGELOG.md").read_text() == before
    assert run("check").exit_code == 0
