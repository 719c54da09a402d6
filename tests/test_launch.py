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
import atexit, sys, threading, time
atexit.register(lambda: print("exit handler ran"))
threading.Thread(target=lambda: (time.sleep(0.3), print("thread finished"))).start()
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
    everything it printed (stdout is a pipe here, so block-buffered), threads that are not daemons, then the
    exit handlers."""
    out = subprocess.run([sys.executable, "-c", _PROBE, how, *argv], capture_output=True, text=True, check=False,
                         cwd=tmp_path)
    assert out.returncode == status, out.stderr
    assert stderr in out.stderr
    assert out.stdout.endswith("thread finished\nexit handler ran\n")  # the interpreter's order
    if argv == ["--version"]:
        assert out.stdout.startswith("pfgen")


_FREEZE_PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count()))
sys.argv = ["pfgen", "-q", "generate", sys.argv[1], "-o", sys.argv[2]]
from generator.launch import main
main()
"""


def test_the_pfgen_process_freezes_what_each_stage_leaves_and_a_test_process_does_not(tmp_path: Path) -> None:
    """``cli.common.settle_memory``: the ``pfgen`` process moves what exists after each stage out of the
    collector's reach (it lives until exit); a test invoking the command group in its own process keeps its
    collector as it was, so cycles it makes are still freed."""
    import gc

    from click.testing import CliRunner

    from generator.cli import cli
    from tests.conftest import POCKETSFLOW_SPEC

    (tmp_path / "pfgen.toml").write_text("")
    env = {**__import__("os").environ, "PFGEN_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", _FREEZE_PROBE, str(POCKETSFLOW_SPEC), str(tmp_path / "a")],
                         capture_output=True, text=True, check=False, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split("frozen")[-1]) > 10_000

    before = gc.get_freeze_count()
    result = CliRunner().invoke(cli, ["-q", "generate", str(POCKETSFLOW_SPEC), "-o", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert gc.get_freeze_count() == before


def test_the_stage_hook_runs_after_every_stage_even_one_that_fails() -> None:
    from generator.pipeline import Timings

    ended: list[int] = []
    timings = Timings(after_stage=lambda: ended.append(len(timings.stages)))
    with timings.stage("load"):
        pass
    with pytest.raises(ValueError), timings.stage("build"):
        raise ValueError("boom")
    assert ended == [1, 2]
