"""The entry point starts the validation worker early only for commands that validate what they generate from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    monkeypatch.setattr(launch, "_end", lambda code: None)  # the real one ends the process
    launch.main()
    assert bool(calls) == started


def test_python_dash_m_runs_the_command_line() -> None:
    out = subprocess.run([sys.executable, "-m", "generator", "--version"], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and "pfgen" in out.stdout


_PROBE = """
import atexit, sys
atexit.register(lambda: print("exit handler ran"))
if sys.argv[1] == "message":
    import generator.cli
    generator.cli.main = lambda: sys.exit("stopped with a message")
sys.argv = ["pfgen", *sys.argv[2:]]
from generator.launch import main
main()
"""


@pytest.mark.parametrize(("how", "argv", "status", "stderr"), [
    ("plain", ["--version"], 0, ""),
    ("plain", ["validate", "no-such-spec.json"], 2, "error["),
    ("plain", ["no-such-command"], 2, "No such command"),
    ("message", [], 1, "stopped with a message"),
])
def test_the_process_ends_with_the_status_output_and_exit_handlers_of_the_command(
        how: str, argv: list[str], status: int, stderr: str, tmp_path: Path) -> None:
    """The entry point skips the interpreter's finalisation, not what a normal exit does: the command's status,
    everything it printed (stdout is a pipe here, so block-buffered), then the exit handlers."""
    out = subprocess.run([sys.executable, "-c", _PROBE, how, *argv], capture_output=True, text=True, check=False,
                         cwd=tmp_path)
    assert out.returncode == status, out.stderr
    assert stderr in out.stderr
    assert out.stdout.endswith("exit handler ran\n")
    if argv == ["--version"]:
        assert out.stdout.startswith("pfgen")
