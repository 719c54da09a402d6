"""Validation beside generation: the same verdict as in-line validation, before anything is written.

The forked path only runs in a single-threaded process (pytest-xdist workers have threads), so the fork itself is
tested in fresh interpreters.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from validate_support import FIXTURES

from generator.errors import GeneratorError, SpecInvalidError
from generator.pipeline import SpecOptions, load_spec, settle

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, **env}, timeout=120,
    )


def test_work_runs_in_a_child_and_its_result_comes_back() -> None:
    done = _python("""
        import os
        from generator.validate.background import can_fork, run_in_background
        assert can_fork()
        wait = run_in_background(lambda: (os.getpid(), [1, "two"]))
        pid, value = wait()
        print(pid != os.getpid(), value)
    """, PFGEN_SERIAL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "True [1, 'two']"


@pytest.mark.parametrize("how", ["raise", "die"])
def test_a_child_that_fails_or_dies_is_replaced_by_running_the_work_here(how: str) -> None:
    done = _python(f"""
        import os
        from generator.validate.background import run_in_background
        parent = os.getpid()
        def work():
            if os.getpid() != parent:
                if "{how}" == "die":
                    os._exit(3)
                raise RuntimeError("only in the child")
            return "ran in the parent"
        print(run_in_background(work)())
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ran in the parent"


def test_a_prestarted_worker_runs_the_job_it_is_sent() -> None:
    done = _python("""
        import functools, os
        from generator.validate import background
        background.prestart()
        worker = background._WORKER[0].pid
        wait = background.run_in_background(functools.partial(os.getpid))
        print(wait() == worker, background._WORKER is None)
        # A job that cannot be pickled (a lambda) goes to a fresh fork instead.
        background.prestart()
        print(background.run_in_background(lambda: "fresh")())
        # An unused worker is let go.
        background.prestart()
        child = background._WORKER[0]
        background.release_prestarted()
        child.join(5)
        print(child.exitcode)
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "fresh", "0"]


def test_serial_switch_and_threads_keep_the_work_here() -> None:
    done = _python("""
        import os, threading
        from generator.validate.background import can_fork
        print(can_fork())
    """, PFGEN_SERIAL="1")
    assert done.stdout.strip() == "False"
    done = _python("""
        import threading, time
        from generator.validate.background import can_fork
        threading.Thread(target=time.sleep, args=(1,), daemon=True).start()
        print(can_fork())
    """)
    assert done.stdout.strip() == "False"


def _generate(spec: Path, out: Path, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(out), *extra],
        cwd=out.parent, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PFGEN_CACHE_DIR": str(out.parent / "cache"), **env},
    )


def test_an_invalid_document_stops_generation_before_any_write(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text("")
    out = tmp_path / "out"
    done = _generate(FIXTURES / "invalid-3.0.yaml", out)
    assert done.returncode == 1
    assert "is not a valid OpenAPI 3.0.3 document (5 errors)" in done.stderr
    assert "/paths/~1pets/get/summery" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_background_and_serial_runs_write_the_same_tree(tmp_path: Path) -> None:
    spec = FIXTURES / "valid-3.1.yaml"
    first, second = tmp_path / "bg" / "out", tmp_path / "serial" / "out"
    for out in (first, second):
        out.parent.mkdir()
        (out.parent / "pfgen.toml").write_text("")
    assert _generate(spec, first).returncode == 0
    assert _generate(spec, second, PFGEN_SERIAL="1", PFGEN_NO_CACHE="1").returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    assert tree(first) == tree(second)


def test_a_failure_while_validation_runs_is_explained_by_the_invalid_document() -> None:
    loaded = load_spec(str(FIXTURES / "invalid-3.0.yaml"), SpecOptions(), background=True)
    assert loaded.pending is not None  # the verdict is not known yet
    with pytest.raises(SpecInvalidError) as info:
        settle(loaded)
    assert len(info.value.diagnostics) == 5
    lenient = settle(load_spec(str(FIXTURES / "invalid-3.0.yaml"), SpecOptions(lenient=True), background=True))
    assert [d.severity for d in lenient.diagnostics] == ["warning"] * 5


def test_prepare_release_reports_the_invalid_document_instead_of_a_build_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.config import TargetConfig
    from generator.release import prepare as prepare_module
    from generator.release import prepare_release, read_spec_input

    def broken(*_args: object, **_kwargs: object) -> None:
        raise GeneratorError("build-failed", "the builder tripped over the invalid document")

    monkeypatch.setattr(prepare_module, "build_api", broken)
    target = TargetConfig(name="t", kind="python-client", output=tmp_path / "out", output_root=tmp_path)
    with pytest.raises(SpecInvalidError):
        prepare_release(read_spec_input(str(FIXTURES / "invalid-3.0.yaml")), [target])
    valid = json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}})
    (tmp_path / "valid.json").write_text(valid)
    with pytest.raises(GeneratorError, match="tripped"):
        prepare_release(read_spec_input(str(tmp_path / "valid.json")), [target])


def test_what_a_child_stores_afterwards_does_not_hold_its_result_back(tmp_path: Path) -> None:
    """A child's ``afterwards`` steps (storing its result in the cache) run once the parent has the result;
    the parent waits for them only when it exits."""
    marker = tmp_path / "stored"
    done = _python(f"""
        import os, time
        from pathlib import Path
        from generator.validate.background import afterwards, run_in_background

        def work():
            afterwards(lambda: (time.sleep(1.5), Path({str(marker)!r}).write_text(str(os.getpid()))))
            return os.getpid()

        started = time.monotonic()
        child = run_in_background(work)()
        print(child != os.getpid(), time.monotonic() - started < 1.0, Path({str(marker)!r}).exists())
    """, PFGEN_SERIAL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False"]
    assert marker.read_text() != ""  # written by the child before this process exited


def test_outside_a_child_afterwards_runs_at_once() -> None:
    from generator.validate.background import afterwards

    ran: list[int] = []
    afterwards(lambda: ran.append(1))
    assert ran == [1]


_RESIDENT_JOBS = """
    import functools, os, sys, time
    from pathlib import Path
    from generator.validate import background as bg

    def job(value, delay=0.0, fail=False, marker=""):
        time.sleep(delay)
        if fail and os.getpid() != parent:
            raise RuntimeError("only in the worker")
        if marker:
            bg.afterwards(lambda: (time.sleep(0.5), Path(marker).write_text("stored")))
        return value, os.getpid()

    parent = os.getpid()
    bg.keep_worker()
    worker = bg._WORKER[0].pid
"""


def test_a_resident_worker_runs_job_after_job_and_stays() -> None:
    done = _python(_RESIDENT_JOBS + """
    results = []
    for n in range(3):
        bg.prestart()  # what every run calls first: nothing to do, the worker is there
        bg.release_prestarted()  # what a run answered from its stamps calls: the resident worker stays
        results.append(bg.run_in_background(functools.partial(job, n))())
    print(results == [(0, worker), (1, worker), (2, worker)], worker != parent)
    """, PFGEN_SERIAL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


def test_a_cancelled_job_of_the_resident_worker_is_finished_and_its_result_dropped() -> None:
    done = _python(_RESIDENT_JOBS + """
    slow = bg.run_in_background(functools.partial(job, "stale", 0.5))
    slow.cancel()
    bg.prestart()
    fresh = bg.run_in_background(functools.partial(job, "fresh"))
    print(fresh.ready(0.1), fresh.ready(10), fresh())
    slow.cancel()  # a second cancel, or one after the result: nothing happens
    again = bg.run_in_background(functools.partial(job, "again"))
    print(again())
    """, PFGEN_SERIAL="")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    worker = lines[0].split()[-1].rstrip(")")
    assert lines[0] == f"False True ('fresh', {worker})"
    assert lines[1] == f"('again', {worker})"


def test_a_resident_worker_that_fails_is_replaced_and_its_job_runs_here(tmp_path: Path) -> None:
    marker = tmp_path / "stored"
    done = _python(_RESIDENT_JOBS + f"""
    value, where = bg.run_in_background(functools.partial(job, "x", fail=True))()
    print(where == parent)
    bg.prestart()
    value, where = bg.run_in_background(functools.partial(job, "y", marker={str(marker)!r}))()
    print(where not in (parent, worker), Path({str(marker)!r}).exists())
    """, PFGEN_SERIAL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False"]
    assert marker.read_text() == "stored"  # the worker's afterwards step, waited for at exit


def test_a_result_nobody_can_read_any_more_is_dropped_and_the_afterwards_steps_still_run() -> None:
    """A worker whose parent has closed its end (it left, or stopped waiting) sends into a broken connection:
    no traceback, and what the job stores afterwards is still stored."""
    import multiprocessing

    from generator.validate import background

    ours, theirs = multiprocessing.Pipe()
    ours.close()
    stored: list[str] = []

    def work() -> str:
        background.afterwards(lambda: stored.append("stored"))
        return "x" * 2_000_000

    try:
        background._child(work, theirs)
    finally:
        background._AFTER = None
        import gc

        gc.enable()  # ``_child`` is meant for a child process, which it turns the collector off in
    assert stored == ["stored"]


def test_at_exit_a_resident_worker_busy_with_a_cancelled_job_is_stopped_at_once() -> None:
    """Nobody waits for that job's result (a minute of work here), so leaving does not wait for it either."""
    import time

    started = time.monotonic()
    done = _python(_RESIDENT_JOBS + """
    bg.run_in_background(functools.partial(job, "moot", 60)).cancel()
    print("leaving")
    """, PFGEN_SERIAL="")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["leaving"]
    assert time.monotonic() - started < 20
