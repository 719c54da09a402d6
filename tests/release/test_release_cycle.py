"""The whole release cycle in a temporary project: 1.0.0 -> update (minor) -> update (major), user files kept."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from release_helpers import dump, make_project, run, serve, spec_v2, spec_v3, tree_bytes, tree_state

from generator.config import load_config
from generator.write import read_manifest

OUT = Path("generated/petshop")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)
    return root


def _changelog() -> str:
    return (OUT / "CHANGELOG.md").read_text()


def test_release_cycle_end_to_end(project: Path) -> None:
    result = run("generate")
    assert "generated/petshop: 1.0.0 (initial release)" in result.output
    snapshot = (project / "specs/petshop/1.0.0.json").read_bytes()
    assert (OUT / ".pfgen/spec.json").read_bytes() == snapshot  # the exact spec, for the next diff
    assert 'version = "1.0.0"' in (OUT / "pyproject.toml").read_text()
    version_py = (OUT / "petshop/_version.py").read_text()
    assert '__version__ = "1.0.0"' in version_py and 'API_VERSION = "1.0.0"' in version_py
    assert "## 1.0.0 (API 1.0.0)\n\nInitial release generated from Petshop API 1.0.0." in _changelog()
    manifest = read_manifest(OUT)
    assert manifest is not None
    info = manifest.info
    assert info.package_version == "1.0.0" and info.api_version == "1.0.0" and info.package_name == "petshop"
    assert info.spec_sha256 == hashlib.sha256(snapshot).hexdigest()
    assert info.config_sha256 == load_config().sha256
    assert len(info.template_sha256) == 64 and info.generator_version
    assert manifest.files["CHANGELOG.md"] == hashlib.sha256((OUT / "CHANGELOG.md").read_bytes()).hexdigest()
    assert "up to date (1.0.0)" in run("check").output

    # The user's own code, and a generated file the user has taken over.
    custom = OUT / "petshop/lib/custom.py"
    custom.parent.mkdir(parents=True)
    custom.write_text("def helper() -> int:\n    return 42\n")
    (OUT / ".pfgenignore").write_text("README.md\n")
    (OUT / "README.md").write_text("# My own README\n")
    kept = {p: (OUT / p).read_bytes() for p in ("petshop/lib/custom.py", ".pfgenignore", "README.md")}
    # The manifest stops listing the file taken over; that bookkeeping is the only change.
    assert run("check", ok=False).output.splitlines()[1:2] == ["  .pfgen-manifest.json"]
    assert "unchanged (1.0.0; manifest updated)" in run("generate").output
    assert "up to date (1.0.0)" in run("check").output
    assert {p: (OUT / p).read_bytes() for p in kept} == kept

    documents = {"/openapi.json": dump(spec_v2())}
    with serve(documents) as base:
        result = run("update", f"{base}/openapi.json")
        assert "generated/petshop: 1.1.0 (minor: 0 breaking, 1 added, 0 changed)" in result.output
        assert (project / "specs/petshop/1.1.0.json").read_bytes() == dump(spec_v2())
        assert "def delete(" in (OUT / "petshop/resources/pets.py").read_text()
        log = _changelog()
        assert log.index("## 1.1.0 (API 1.1.0)") < log.index("### Added") < log.index("## 1.0.0 (API 1.0.0)")
        assert "`client.pets.delete()`" in log
        assert {p: (OUT / p).read_bytes() for p in kept} == kept
        assert "up to date (1.1.0)" in run("check").output

        documents["/openapi.json"] = dump(spec_v3())
        result = run("update", f"{base}/openapi.json")
    assert "generated/petshop: 2.0.0 (major: 2 breaking" in result.output
    log = _changelog()
    assert log.index("## 2.0.0") < log.index("### Breaking changes") < log.index("## 1.1.0") < log.index("## 1.0.0")
    assert "call `client.pets.fetch()` instead" in log  # the migration hint
    assert "Attribute `Pet.tag` was removed" in log
    assert "def fetch(" in (OUT / "petshop/resources/pets.py").read_text()
    assert '__version__ = "2.0.0"' in (OUT / "petshop/_version.py").read_text()
    assert {p: (OUT / p).read_bytes() for p in kept} == kept
    assert "up to date (2.0.0)" in run("check").output

    # A second identical run reports "unchanged" and touches nothing (not even mtimes).
    before = tree_state(project)
    assert "generated/petshop: unchanged (2.0.0)" in run("generate").output
    assert tree_state(project) == before


def test_changelog_keeps_previous_sections_verbatim(project: Path) -> None:
    run("generate")
    log = _changelog().replace("Initial release generated", "First release, generated")  # edited by hand...
    (OUT / "CHANGELOG.md").write_text(log)
    (project / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    result = run("generate", ok=False)
    assert result.exit_code == 1 and "CHANGELOG.md" in result.output  # ...is a hand edit like any other
    run("generate", "--force")
    new = _changelog()
    assert "## 1.1.0" in new and "First release, generated from Petshop API 1.0.0." in new  # the edit is kept
    assert new.count("## 1.0.0") == 1


def test_failure_mid_write_leaves_the_tree_byte_identical(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.write import transaction

    run("generate")
    (project / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    before = tree_state(OUT)
    calls = {"n": 0}
    real = transaction._replace

    def flaky(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(transaction, "_replace", flaky)
    result = run("generate", ok=False)
    assert result.exit_code == 2
    assert "error[write-failed]" in result.output and "Traceback" not in result.output
    assert calls["n"] >= 4
    assert tree_state(OUT) == before
    assert not list(OUT.parent.glob(".petshop.pfgen-staging-*"))
    monkeypatch.setattr(transaction, "_replace", real)
    assert "1.1.0 (minor" in run("generate").output


def test_check_reports_drift_after_a_spec_edit(project: Path) -> None:
    run("generate")
    (project / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    result = run("check", ok=False)
    assert result.exit_code == 1
    assert "out of date (would be 1.1.0, minor" in result.output
    for path in ("petshop/resources/pets.py", "petshop/_version.py", "CHANGELOG.md", ".pfgen/spec.json"):
        assert f"  {path}\n" in result.output
    run("generate")
    assert "up to date (1.1.0)" in run("check").output


def test_template_edit_is_drift_then_a_patch_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", extra_target='templates = "my-templates"\n')
    monkeypatch.chdir(root)
    overlay = root / "my-templates/python-client/project/pyproject.toml.jinja"
    overlay.parent.mkdir(parents=True)
    builtin = Path(__file__).resolve().parents[2] / "templates/python-client/project/pyproject.toml.jinja"
    overlay.write_text(builtin.read_text())
    run("generate")
    assert "up to date (1.0.0)" in run("check").output
    overlay.write_text(builtin.read_text() + '\n[tool.example]\nowner = "me"\n')
    result = run("check", ok=False)
    assert result.exit_code == 1 and "  pyproject.toml\n" in result.output
    assert "would be 1.0.1, patch" in result.output
    assert "1.0.1 (patch: 0 breaking, 0 added, 0 changed)" in run("generate").output
    log = _changelog()
    assert "## 1.0.1" in log and "No changes to the API." in log and "The code templates changed." in log
    assert 'owner = "me"' in (OUT / "pyproject.toml").read_text()
    assert "up to date (1.0.1)" in run("check").output


def test_hand_edited_file_stops_regeneration_unless_forced(project: Path) -> None:
    run("generate")
    client = OUT / "petshop/_client.py"
    original = client.read_bytes()
    client.write_bytes(original + b"# my change\n")
    before = tree_state(OUT)
    result = run("generate", ok=False)
    assert result.exit_code == 1
    assert "error[hand-edited]" in result.output and "petshop/_client.py" in result.output
    assert "Traceback" not in result.output
    assert tree_state(OUT) == before
    check = run("check", ok=False)
    assert check.exit_code == 1 and "  petshop/_client.py\n" in check.output
    forced = run("generate", "--force")
    assert "overwrote petshop/_client.py" in forced.output
    assert client.read_bytes() == original


def test_dry_run_writes_nothing(project: Path) -> None:
    result = run("generate", "--dry-run")
    assert "would release 1.0.0 (initial release)" in result.output
    assert "Initial release generated from Petshop API 1.0.0." in result.output
    assert "  + petshop/_client.py" in result.output
    assert not (project / "generated").exists()

    run("generate")
    (project / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    before = tree_state(project)
    result = run("generate", "--dry-run")
    assert "generated/petshop: would release 1.1.0 (minor" in result.output
    assert "  version: 1.0.0 -> 1.1.0" in result.output and "### Added" in result.output
    assert "  ~ petshop/resources/pets.py" in result.output
    assert tree_state(project) == before

    (project / "specs/petshop/1.1.0.json").unlink()
    before = tree_state(project)
    with serve({"/openapi.json": dump(spec_v3())}) as base:
        result = run("update", f"{base}/openapi.json", "--dry-run")
    assert "would release 2.0.0 (major" in result.output
    assert tree_state(project) == before  # no snapshot stored, nothing generated


def test_version_override(project: Path) -> None:
    assert "3.2.1 (initial release, --version)" in run("generate", "--version", "3.2.1").output
    assert 'version = "3.2.1"' in (OUT / "pyproject.toml").read_text()
    assert "## 3.2.1" in _changelog()
    (project / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    low = run("generate", "--version", "3.2.0", ok=False)
    assert low.exit_code == 2 and "error[version-not-newer]" in low.output
    bad = run("generate", "--version", "v4", ok=False)
    assert bad.exit_code == 1 and "error[version-not-semver]" in bad.output
    assert "4.0.0 (minor: 0 breaking, 1 added, 0 changed, --version)" in run("generate", "--version", "4.0.0").output
    assert '__version__ = "4.0.0"' in (OUT / "petshop/_version.py").read_text()
    # Nothing changed, but a version is asked for: a release that says so.
    assert "5.0.0" in run("generate", "--version", "5.0.0").output
    log = _changelog()
    assert log.index("## 5.0.0") < log.index("Version set with --version.") < log.index("## 4.0.0")
    assert "unchanged (5.0.0)" in run("generate").output


def test_configured_start_version_and_0x_bumps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", extra_target='version = "0.3.0"\n')
    monkeypatch.chdir(root)
    assert "0.3.0 (initial release)" in run("generate").output
    (root / "specs/petshop/2.0.0.json").write_bytes(dump(spec_v3()))
    assert "0.4.0 (major" in run("generate").output  # breaking while 0.x: the minor number


def test_generated_json_manifest_is_deterministic_and_sorted(project: Path) -> None:
    run("generate")
    text = (OUT / ".pfgen-manifest.json").read_text()
    body = json.loads(text)
    assert list(body["files"]) == sorted(body["files"])
    assert ".pfgen/spec.json" in body["files"] and "CHANGELOG.md" in body["files"]
    assert str(project) not in text  # no absolute paths
    assert tree_bytes(OUT)[".pfgen/spec.json"] == (project / "specs/petshop/1.0.0.json").read_bytes()


def test_target_overlays_apply_to_both_sides_of_the_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", extra_target='overlays = ["drop-delete.yaml"]\n')
    (root / "drop-delete.yaml").write_text(
        "overlay: 1.0.0\ninfo:\n  title: no deleting\n  version: 1.0.0\nactions:\n"
        "  - target: $.paths['/pets/{petId}'].delete\n    remove: true\n"
    )
    monkeypatch.chdir(root)
    run("generate")
    (root / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))  # adds the operation the overlay drops
    out = run("generate").output
    assert "1.0.1 (patch: 0 breaking, 0 added, 0 changed)" in out  # only the document (and API version) moved
    assert "def delete(" not in (OUT / "petshop/resources/pets.py").read_text()
    assert "up to date (1.0.1)" in run("check").output
