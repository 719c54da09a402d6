"""``pfgen validate``: output shape, caps, formats and exit codes (0 valid, 1 invalid, 2 usage or I/O)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from validate_support import FIXTURES

from generator.cli import cli

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<pointer>/\S*): (?P<message>.+) \[(?P<code>[^\]]+)\]$")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["validate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_valid_spec_exits_0_with_summary_and_warnings() -> None:
    path = str(FIXTURES / "valid-3.1.yaml")
    code, out, _ = run(path)
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == f"valid: {path} (OpenAPI 3.1.0, 2 paths, 1 warning)"
    (problem,) = lines[:-1]
    match = LINE.match(problem)
    assert match is not None, problem
    assert match["file"] == path
    assert (match["line"], match["col"]) == ("21", "26")
    assert match["pointer"] == "/paths/~1items~1{id}/get/parameters/0/schema/enum/2"
    assert match["code"] == "warning: enum-duplicate-value"


def test_invalid_spec_exits_1_and_lists_every_problem() -> None:
    path = str(FIXTURES / "invalid-3.0.yaml")
    code, out, _ = run(path)
    assert code == 1
    lines = out.splitlines()
    assert lines[-1] == "invalid: 5 errors, 0 warnings"
    problems = lines[:-1]
    assert len(problems) == 5
    for line in problems:
        assert LINE.match(line), line
    assert problems[0] == f"{path}:2:1: /info: missing required property 'version' [spec-missing-property]"


def test_lenient_shows_errors_as_warnings_and_exits_0() -> None:
    path = str(FIXTURES / "invalid-3.0.yaml")
    code, out, _ = run(path, "--lenient")
    assert code == 0
    lines = out.splitlines()
    assert all("[warning: " in line for line in lines[:-1])
    assert lines[-1] == f"valid with --lenient: {path} (OpenAPI 3.0.3, 1 path, 5 warnings; 5 errors shown as warnings)"


def test_cap_on_printed_problems() -> None:
    code, out, _ = run(str(FIXTURES / "invalid-3.0.yaml"), "--max-problems", "2")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[2] == "... and 3 more problems"
    assert lines[3] == "invalid: 5 errors, 0 warnings"
    code, out, _ = run(str(FIXTURES / "invalid-3.0.yaml"), "--max-problems", "4")
    assert "... and 1 more problem\n" in out
    code, out, _ = run(str(FIXTURES / "invalid-3.0.yaml"), "--max-problems", "0")
    assert "more problem" not in out and len(out.splitlines()) == 6


def test_json_format() -> None:
    path = str(FIXTURES / "invalid-2.0.yaml")
    code, out, _ = run(path, "--format", "json", "--max-problems", "1")
    assert code == 1
    report = json.loads(out)
    assert report["file"] == path
    assert report["spec"] == "Swagger 2.0"
    assert report["valid"] is False and report["strictly_valid"] is False
    # The two warnings come from load (integer key 200) and normalize (no description), before validate.
    assert (report["errors"], report["warnings"], report["more"]) == (3, 2, 4)
    (problem,) = report["problems"]
    assert problem == {
        "severity": "error", "code": "default-invalid",
        "message": 'default value does not match its schema: expected integer, got string "many"', "hint": "",
        "file": path, "line": 13, "col": 11, "pointer": "/paths/~1pets/get/parameters/0/default",
    }


def test_json_format_lenient_is_valid() -> None:
    code, out, _ = run(str(FIXTURES / "invalid-2.0.yaml"), "--format", "json", "--lenient")
    assert code == 0
    report = json.loads(out)
    assert report["valid"] is True and report["strictly_valid"] is False
    assert {p["severity"] for p in report["problems"]} == {"warning"}


def test_missing_file_exits_2() -> None:
    code, out, err = run("does-not-exist.yaml")
    assert code == 2
    assert "does-not-exist.yaml" in err
    assert out == ""


def test_bad_option_exits_2() -> None:
    assert run(str(FIXTURES / "valid-3.1.yaml"), "--max-problems", "-1")[0] == 2
    assert run(str(FIXTURES / "valid-3.1.yaml"), "--format", "xml")[0] == 2


def test_unparsable_spec_exits_1_with_one_line() -> None:
    code, out, err = run(str(FIXTURES / "broken-syntax.yaml"))
    assert code == 1
    assert "error[" in err and "broken-syntax.yaml" in err
    assert "Traceback" not in err + out


def test_without_spec_uses_the_configured_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "api.yaml").write_text((FIXTURES / "valid-3.1.yaml").read_text())
    (tmp_path / "pfgen.toml").write_text('spec = "api.yaml"\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run()
    assert code == 0
    assert out.splitlines()[-1].startswith("valid: ")
    assert "api.yaml (OpenAPI 3.1.0, 2 paths, 1 warning)" in out


def test_without_spec_or_config_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()  # stop config discovery here
    monkeypatch.chdir(tmp_path)
    code, _, err = run()
    assert code == 2
    assert "spec" in err


def test_no_colour_when_not_a_terminal() -> None:
    _, out, _ = run(str(FIXTURES / "invalid-3.0.yaml"))
    assert "\x1b[" not in out
