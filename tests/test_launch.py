"""The entry point starts the validation worker early only for commands that validate what they generate from."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator import launch


@pytest.mark.parametrize(("argv", "command"), [
    (["generate", "spec.json"], "generate"),
    (["-q", "--debug", "update", "--dry-run"], "update"),
    (["-vv", "validate", "spec.json"], "validate"),
    (["--version"], ""),
    ([], ""),
])
def test_the_command_is_the_first_word_that_is_not_an_option(argv: list[str], command: str) -> None:
    assert launch.command_of(argv) == command


@pytest.mark.parametrize(("argv", "started"), [
    (["generate", "spec.json"], True),
    (["-q", "update"], True),
    (["generate", "--help"], False),
    (["validate", "spec.json"], False),
    (["check"], False),
])
def test_only_validating_commands_prestart(argv: list[str], started: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.validate import background

    calls: list[bool] = []
    monkeypatch.setattr(background, "prestart", lambda: calls.append(True))
    monkeypatch.setattr("generator.cli.main", lambda: None)
    monkeypatch.setattr(sys, "argv", ["pfgen", *argv])
    launch.main()
    assert bool(calls) == started


def test_python_dash_m_runs_the_command_line() -> None:
    out = subprocess.run([sys.executable, "-m", "generator", "--version"], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and "pfgen" in out.stdout
