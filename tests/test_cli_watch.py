"""``pfgen watch``: one resident process regenerates on every save, survives invalid saves, stops on Ctrl-C.

The end-to-end test runs the real command in a child process against a project of its own (the Pocketsflow
document), edits the document the way an editor does, and reads what the watch prints and what it wrote.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.cli.watch import _wait_for_change
from generator.write.manifest import read_manifest
from tests.conftest import POCKETSFLOW_SPEC


def _as_in_a_terminal() -> None:
    """Ctrl-C as a watch started in a terminal gets it. A test run that is itself a background job of a script
    (``.ci/run &``) ignores SIGINT, and an ignored signal stays ignored in every process started below it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class _Watch:
    """A ``pfgen watch`` child and the lines it prints (stdout and stderr, in order)."""

    def __init__(self, cwd: Path) -> None:
        env = dict(os.environ, PFGEN_CACHE_DIR=str(cwd / "cache"), PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "watch", "--interval", "0.05"], cwd=cwd, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, preexec_fn=_as_in_a_terminal,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def rest(self) -> str:
        """Everything printed after the last line read, once the child has ended."""
        time.sleep(0.2)
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return "\n".join(self.seen)

    def wait_for(self, text: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                assert self.proc.poll() is None, f"the watch ended: {self.seen}"
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r} in {timeout} s: {self.seen}")


def _project(tmp_path: Path) -> Path:
    (tmp_path / "spec.json").write_text(POCKETSFLOW_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pfgen.toml").write_text('spec = "spec.json"\n\n[[targets]]\nname = "client"\noutput = "out"\n')
    return tmp_path


def _edit(path: Path, change: object) -> None:
    """Change the document as an editor saves it: truncate, then write in two parts."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    text = json.dumps(data, indent=2)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text[: len(text) // 2])
        handle.flush()
        time.sleep(0.01)
        handle.write(text[len(text) // 2 :])


def _add_operation(name: str) -> object:
    def change(data: dict[str, object]) -> None:
        paths = data["paths"]
        assert isinstance(paths, dict)
        paths[f"/watch-{name}"] = {"get": {"operationId": f"watch_{name}", "responses": {"200": {"description": "OK"}}}}

    return change


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child")
def test_watch_regenerates_on_save_and_survives_invalid_saves(tmp_path: Path) -> None:
    project = _project(tmp_path)
    spec = project / "spec.json"
    watch = _Watch(project)
    try:
        watch.wait_for("1.0.0 (initial release)")
        watch.wait_for("regenerated in")

        _edit(spec, _add_operation("one"))
        assert "1.1.0 (minor" in watch.wait_for("out: 1.1.0")
        watch.wait_for("regenerated in")

        spec.write_text('{"openapi": "3.1.0", "info": ', encoding="utf-8")  # an intermediate, broken save
        error = watch.wait_for("error[")
        assert "spec.json" in error and "Traceback" not in error
        watch.wait_for("watching for the next save")
        manifest = read_manifest(project / "out")
        assert manifest is not None and manifest.info.package_version == "1.1.0"  # the last good output stays

        spec.write_text(POCKETSFLOW_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
        _edit(spec, _add_operation("two"))
        watch.wait_for("out: 2.0.0")  # "one" is gone again: a breaking change
        manifest = read_manifest(project / "out")
        assert manifest is not None and manifest.info.package_version == "2.0.0"

        watch.proc.send_signal(signal.SIGINT)
        assert watch.proc.wait(timeout=30) == 0
        assert "stopped watching" in watch.rest()
    finally:
        if watch.proc.poll() is None:
            watch.proc.kill()
    assert not any("Traceback" in line for line in watch.seen), watch.seen
    check = CliRunner().invoke(cli, ["check", "--config", str(project / "pfgen.toml")])
    assert check.exit_code == 0, check.output


def test_watch_refuses_a_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pfgen.toml").write_text('spec = "https://api.example.com/openapi.json"\n')
    result = CliRunner().invoke(cli, ["watch", "--runs", "1"])
    assert result.exit_code == 2
    assert "error[watch-needs-file]" in result.output and len(result.output.strip().splitlines()) == 1


def test_a_change_counts_once_the_file_stops_changing() -> None:
    states = iter([{"a": (1, 1)}, {"a": (2, 5)}, {"a": (3, 9)}, {"a": (3, 9)}])
    naps: list[float] = []

    class Session:
        def snapshot(self) -> dict[str, tuple[int, int] | None]:
            return next(states)

    settled = _wait_for_change(Session(), {"a": (1, 1)}, 0.5, sleep=naps.append)  # type: ignore[arg-type]
    assert settled == {"a": (3, 9)} and naps == [0.5, 0.5, 0.5, 0.5]


def test_watch_loads_the_validator_once_up_front() -> None:
    """The validator is imported once, and the resident validation worker that runs every save's validation is
    forked right after, while the watch holds nothing else (``validate.background.keep_worker``)."""
    code = (
        "import sys; from generator.cli.watch import _warm_up; from generator.validate import background; "
        "assert 'openapi_spec_validator' not in sys.modules; _warm_up(); "
        "assert 'openapi_spec_validator' in sys.modules; "
        "assert background._RESIDENT and background._WORKER[0].is_alive()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PFGEN_SERIAL": ""})


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child")
def test_a_lenient_watch_writes_first_and_prints_the_validators_findings_after(tmp_path: Path) -> None:
    """A lenient document's validation cannot stop its generation, so the output is written without waiting for
    it; the findings follow, once per save, and the output is the one a one-shot ``generate`` writes."""
    project = _project(tmp_path)
    spec = project / "spec.json"
    data = json.loads(spec.read_text(encoding="utf-8"))
    data["info"]["contact"] = {"email": 42}  # invalid (not a string), harmless to generation
    first = json.dumps(data)
    spec.write_text(first, encoding="utf-8")
    (project / "pfgen.toml").write_text(
        'spec = "spec.json"\nlenient = true\n\n[[targets]]\nname = "client"\noutput = "out"\n')
    watch = _Watch(project)
    try:
        watch.wait_for("regenerated in")
        finding = watch.wait_for("/info/contact/email: expected string")
        assert "warning" in finding
        _edit(spec, _add_operation("one"))
        watch.wait_for("out: 1.1.0")
        watch.wait_for("regenerated in")
        watch.wait_for("/info/contact/email: expected string")
        watch.proc.send_signal(signal.SIGINT)
        assert watch.proc.wait(timeout=30) == 0
    finally:
        if watch.proc.poll() is None:
            watch.proc.kill()
    assert not any("Traceback" in line for line in watch.seen), watch.seen
    # The oracle: one-shot runs over the same two documents, in a twin project.
    twin = tmp_path / "twin"
    twin.mkdir()
    (twin / "pfgen.toml").write_text((project / "pfgen.toml").read_text())
    for text in (first, spec.read_text(encoding="utf-8")):
        (twin / "spec.json").write_text(text, encoding="utf-8")
        fresh = subprocess.run([sys.executable, "-m", "generator", "generate"], check=False, cwd=twin,
                               env=dict(os.environ, PFGEN_CACHE_DIR=str(twin / "cache")), capture_output=True,
                               text=True)
        assert fresh.returncode == 0 and "/info/contact/email: expected string" in fresh.stderr, fresh.stderr
    assert _tree(project / "out") == _tree(twin / "out")


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
def test_ctrl_c_in_a_terminal_stops_the_watch_and_its_worker_without_a_traceback(tmp_path: Path) -> None:
    """A terminal sends Ctrl-C to the whole foreground process group: the watch and its resident validation
    worker. The watch answers it; the worker, whose life the watch manages, ignores it."""
    project = _project(tmp_path)
    env = dict(os.environ, PFGEN_CACHE_DIR=str(project / "cache"), PYTHONUNBUFFERED="1", PFGEN_SERIAL="")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "watch", "--interval", "0.05"], cwd=project,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True, preexec_fn=_as_in_a_terminal)
    try:
        assert proc.stdout is not None
        seen = []
        for line in proc.stdout:
            seen.append(line)
            if "regenerated in" in line:
                break
        os.killpg(proc.pid, signal.SIGINT)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    output = "".join(seen) + rest
    assert proc.returncode == 0, output
    assert "stopped watching" in output and "Traceback" not in output, output


def _tree(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_new_save_stops_the_validation_of_the_one_it_replaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Findings about a document that has since changed are moot: the next run cancels them; a last run's
    findings are waited for (``--runs``) and printed."""
    from generator.cli import watch as watch_module
    from generator.console import Console

    events: list[str] = []

    class Later:
        def __init__(self, name: str) -> None:
            self.name = name

        def ready(self, timeout: float = 0.0) -> bool:
            return False

        def cancel(self) -> None:
            events.append(f"cancel {self.name}")

        def __call__(self) -> tuple[object, ...]:
            events.append(f"wait {self.name}")
            return ()

    project = _project(tmp_path)
    monkeypatch.chdir(project)
    session = watch_module._Session(None, None, None, None, None, None, None)
    session.later = Later("first")
    session.idle(Console(), 0.0)
    assert events == []  # not ready: nothing printed, nothing stopped
    monkeypatch.setattr(session, "_setup", lambda: (_ for _ in ()).throw(OSError("gone")))
    session.run(Console())
    assert events == ["cancel first"] and session.later is None
    session.later = Later("last")
    session.finish(Console())
    assert events == ["cancel first", "wait last"]
