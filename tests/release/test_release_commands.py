"""The commands around the cycle: every target in step, determinism, errors, network failures, help, hooks."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from release_helpers import dump, make_project, run, serve, spec_v2, spec_v3, tree_bytes, tree_state

REPO = Path(__file__).resolve().parents[2]
STUB_TARGET = """
[[tool.pfgen.targets]]
name = "petshop-stub"
kind = "python-stub"
output = "generated/petshop_stub"
package-name = "petshop_stub"
"""


def _pfgen(cwd: Path, *args: str, seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, check=False,
                          text=True, timeout=120)


def test_generate_is_byte_identical_under_two_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("1", "4242"):
        root = make_project(tmp_path / f"proj-{seed}")
        done = _pfgen(root, "generate", seed=seed)
        assert done.returncode == 0, done.stderr
        (root / "specs/petshop/2.0.0.json").write_bytes(dump(spec_v3()))
        done = _pfgen(root, "generate", seed=seed)
        assert done.returncode == 0, done.stderr
        assert "2.0.0 (major" in done.stdout
        trees.append(tree_bytes(root / "generated/petshop"))
    assert trees[0] == trees[1]
    assert "CHANGELOG.md" in trees[0] and ".pfgen-manifest.json" in trees[0]


def test_every_target_is_generated_and_versioned_in_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", extra_target=STUB_TARGET)
    monkeypatch.chdir(root)
    out = run("generate").output
    assert "generated/petshop: 1.0.0 (initial release)" in out
    assert "generated/petshop_stub: 1.0.0 (initial release)" in out
    assert (root / "generated/petshop_stub/CHANGELOG.md").is_file()
    assert "up to date (1.0.0)" in run("check", "--target", "petshop-stub").output

    # One target alone moves ahead (its templates changed, say: here, a --version release)...
    run("generate", "--target", "petshop", "--version", "1.4.0")
    assert "petshop_stub: up to date (1.0.0)" in run("check").output
    # ...then an API change releases both with one version: the higher of the two they call for (1.5.0 > 1.1.0).
    (root / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    out = run("generate").output
    assert "generated/petshop: 1.5.0 (minor" in out and "generated/petshop_stub: 1.5.0 (minor" in out
    assert '__version__ = "1.5.0"' in (root / "generated/petshop_stub/petshop_stub/_version.py").read_text()
    assert run("check").output.count("up to date (1.5.0)") == 2


def test_hand_edit_in_one_target_stops_every_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", extra_target=STUB_TARGET)
    monkeypatch.chdir(root)
    run("generate")
    edited = root / "generated/petshop_stub/README.md"
    edited.write_text(edited.read_text() + "\nmine\n")
    (root / "specs/petshop/1.1.0.json").write_bytes(dump(spec_v2()))
    before = tree_state(root / "generated")
    result = run("generate", ok=False)
    assert result.exit_code == 1 and "README.md" in result.output
    assert tree_state(root / "generated") == before  # the client target was not regenerated either


def test_spec_argument_output_and_package_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "api.json").write_bytes(dump(spec_v2()))
    out = run("generate", "api.json", "--output", "client", "--package-name", "shop").output
    assert "client: 1.0.0 (initial release)" in out
    assert (tmp_path / "client/shop/_client.py").is_file()
    assert "client: unchanged (1.0.0)" in run("generate", "api.json", "-o", "client", "--package-name", "shop").output


def test_bad_input_is_one_line_and_the_right_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj", extra_target=STUB_TARGET)
    monkeypatch.chdir(root)
    missing = run("generate", "nope.json", ok=False)
    assert missing.exit_code == 2 and missing.output.startswith("error[file-not-found]")
    (root / "broken.json").write_text('{"openapi": "3.1.0", "info": {"title": "x"}, "paths": {"/a": 1}}')
    invalid = run("generate", "broken.json", ok=False)
    assert invalid.exit_code == 1 and "error[spec-invalid]" in invalid.output
    both = run("generate", "--output", "x", ok=False)
    assert both.exit_code == 2 and "error[option-needs-target]" in both.output
    unknown = run("generate", "--target", "petshp", ok=False)
    assert unknown.exit_code == 2 and "petshop" in unknown.output
    for result in (missing, invalid, both, unknown):
        assert "Traceback" not in result.output
    assert not (root / "generated").exists()


def test_check_before_any_generation_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(make_project(tmp_path / "proj"))
    result = run("check", ok=False)
    assert result.exit_code == 1 and "never generated" in result.output


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_update_network_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)
    run("generate")
    before = tree_state(root)
    refused = run("update", f"http://127.0.0.1:{_closed_port()}/openapi.json", "--timeout", "5", ok=False)
    assert refused.exit_code == 2 and "error[" in refused.output and "Traceback" not in refused.output
    with serve({}) as base:
        missing = run("update", f"{base}/openapi.json", ok=False)
    assert missing.exit_code == 2 and "404" in missing.output
    assert tree_state(root) == before


def test_update_defaults_to_docs_url_and_refuses_invalid_documents(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with serve({"/openapi.json": dump(spec_v2()), "/bad.json": b'{"openapi": "3.1.0", "paths": {}}'}) as base:
        root = make_project(tmp_path / "proj")
        text = (root / "pyproject.toml").read_text().replace("http://127.0.0.1:9/docs", f"{base}/openapi.json")
        (root / "pyproject.toml").write_text(text)
        monkeypatch.chdir(root)
        run("generate")
        before = tree_state(root)
        bad = run("update", f"{base}/bad.json", ok=False)
        assert bad.exit_code == 1 and "error[spec-invalid]" in bad.output
        assert tree_state(root) == before  # nothing stored, nothing generated
        out = run("update").output
    assert "1.1.0 (minor: 0 breaking, 1 added, 0 changed)" in out
    assert (root / "specs/petshop/1.1.0.json").is_file()
    assert "up to date (1.1.0)" in run("check").output


def test_profile_prints_time_per_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(make_project(tmp_path / "proj"))
    out = run("generate", "--profile").output
    for stage in ("profile (wall time per stage):", "validate", "render", "format", "write", "total"):
        assert stage in out


def test_help_documents_every_option_and_the_config_keys() -> None:
    out = run("generate", "--help").output
    for option in ("--output", "--package-name", "--config", "--target", "--lenient", "--allow-remote-refs",
                   "--allow-outside-refs", "--dry-run", "--force", "--version", "--profile"):
        assert option in out
    for key in ("docs-url", "package-name", "include-tags", "version", "[[tool.pfgen.targets]]"):
        assert key in out
    assert "--dry-run" in run("update", "--help").output and "--target" in run("check", "--help").output


def test_pre_commit_hook_runs_pfgen_check() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [h for h in hooks if h["id"] == "pfgen-check"]
    assert hook["entry"] == "pfgen check" and hook["language"] == "python" and hook["pass_filenames"] is False


def test_generated_readme_names_the_lib_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path / "proj")
    monkeypatch.chdir(root)
    run("generate")
    assert "petshop/lib/" in (root / "generated/petshop/README.md").read_text()
    shutil.rmtree(root / "generated/petshop/petshop/resources")  # deleted generated files are restored
    assert "1.0.0 restored" in run("generate").output
    assert "up to date (1.0.0)" in run("check").output
