"""Run a validation in a forked process while this one builds, renders and formats.

Validating a large document from scratch costs about as much as generating its client, and the two do not
depend on each other until the end: whether the output may be written. So ``pfgen generate`` starts the
validation in a child process and asks for the verdict before anything is written (``pipeline.settle``).

``prestart`` goes one step further: called first thing by a command that will probably validate, it forks a
worker that imports openapi-spec-validator (~0.35 s) while this process is still importing and loading the
document. The job (the loaded document, pickled: milliseconds) reaches it through a temporary file, so
handing it over never waits for the worker to be ready. Without a pre-started worker the validation is forked
when it is needed, sharing the loaded document instead of receiving a copy.

Only ``fork`` is used: the child starts in milliseconds. It is unsafe with other threads alive (a lock held by
a thread that does not exist in the child) and unavailable on Windows and macOS (where it is unsafe), so
elsewhere, with one core, or with ``PFGEN_SERIAL=1`` the validation simply runs here and now. A child that dies
or fails is replaced by running the validation here, so the result is always the one ``validate`` would give.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_WORKER: tuple[Any, Any] | None = None  # (process, connection) of the pre-started worker, until used


def can_fork() -> bool:
    if os.environ.get("PFGEN_SERIAL", "").strip() not in ("", "0"):
        return False
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def prestart() -> None:
    """Fork a worker that gets the validator ready while this process loads the document (idempotent)."""
    global _WORKER
    if _WORKER is not None or not can_fork():
        return
    _WORKER = _fork(_serve)


def release_prestarted() -> None:
    """The pre-started worker is not needed (a cached result): let it go."""
    global _WORKER
    if _WORKER is None:
        return
    child, conn = _WORKER
    _WORKER = None
    with contextlib.suppress(OSError):
        conn.send(None)
        conn.close()
    child.join(timeout=0)


def run_in_background(work: Callable[[], T]) -> Pending[T] | Done[T]:
    """Start ``work`` in a child (the pre-started worker, or a fresh fork); the returned function waits for its
    result (``work`` runs here when forking is not possible, or when the child does not deliver)."""
    global _WORKER
    if _WORKER is not None:
        child, conn = _WORKER
        _WORKER = None
        try:
            path = _job_file(work)
            conn.send(path)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            child.kill()
            return run_in_background(work)
        return Pending(child, conn, work, path)
    if not can_fork():
        return Done(work())
    child, conn = _fork(_child, work)
    return Pending(child, conn, work)


def run_forked(work: Callable[[], T]) -> Pending[T] | Done[T]:
    """Like ``run_in_background``, but always in a fresh fork, which shares this process's memory instead of
    receiving a pickled copy (the pre-started worker stays free for the validation): for work over large
    documents already loaded here, such as the release diff."""
    if not can_fork():
        return Done(work())
    child, conn = _fork(_child, work, name="pfgen-worker")
    return Pending(child, conn, work)


def _fork(target: Callable[..., None], *args: Any, name: str = "pfgen-validate") -> tuple[Any, Any]:
    import multiprocessing

    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe(duplex=True)
    # Buffered output would be written twice: once by us and once by the child when it exits.
    sys.stdout.flush()
    sys.stderr.flush()
    child = context.Process(
        target=_orphan_safe, args=(os.getpid(), ours, target, *args, theirs), daemon=True, name=name
    )
    child.start()
    theirs.close()
    return child, ours


def _orphan_safe(parent_pid: int, parent_end: Any, target: Callable[..., None], *args: Any) -> None:
    """The child's first steps: end with the parent. The fork copied the parent's end of the pipe; closed here,
    a parent that dies (SIGKILL, a closed terminal) leaves the child reading EOF instead of waiting forever,
    and on Linux the kernel also sends it SIGKILL when the parent goes (PR_SET_PDEATHSIG)."""
    with contextlib.suppress(OSError):
        parent_end.close()
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler raises for its own clean-up
    _die_with_parent(parent_pid)
    target(*args)


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform != "linux":
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before the request took effect
            os._exit(0)
    except (OSError, AttributeError):
        pass


class Pending(Generic[T]):
    """Work running in a child: call it to wait for the result. ``ready`` tells without waiting (or waits at
    most ``timeout``); ``cancel`` stops the child when the result is no longer wanted."""

    def __init__(self, child: Any, conn: Any, work: Callable[[], T], job: str = "") -> None:
        self._child, self._conn, self._work, self._job = child, conn, work, job

    def ready(self, timeout: float = 0.0) -> bool:
        try:
            return bool(self._conn.poll(timeout))
        except (OSError, ValueError):  # closed: calling gives the result at once
            return True

    def cancel(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._child.kill()
        self._end()

    def _end(self, delivered: bool = False) -> None:
        self._conn.close()
        if delivered:
            _let_finish(self._child)
        else:
            self._child.join()
        if self._job:  # normally removed by the worker; not if it died before reading it
            with contextlib.suppress(OSError):
                os.unlink(self._job)

    def __call__(self) -> T:
        outcome: tuple[str, Any] = ("lost", None)
        try:
            outcome = self._conn.recv()
        except (EOFError, OSError):
            pass
        finally:
            self._end(delivered=outcome[0] == "ok")
        if outcome[0] == "ok":
            return outcome[1]  # type: ignore[no-any-return]
        return self._work()  # the child failed or died: the same work here gives the same result (or raises it)


class Done(Generic[T]):
    """A ``Pending`` whose result is already known."""

    def __init__(self, result: T) -> None:
        self._result = result

    def ready(self, timeout: float = 0.0) -> bool:
        return True

    def cancel(self) -> None:
        return None

    def __call__(self) -> T:
        return self._result


def _without_requests() -> None:
    """jsonschema-path uses ``requests`` for remote refs when it is installed (~6 MB and ~60 ms to import), and
    falls back to urllib when it is not. Validation never fetches anything (every URL handler refuses), so in a
    validation child the import is made to fail."""
    sys.modules.setdefault("requests", None)  # type: ignore[arg-type]


def _job_file(work: Callable[[], Any]) -> str:
    """``work`` pickled into a private temporary file: a pipe would block until the worker reads it."""
    fd, path = tempfile.mkstemp(prefix="pfgen-validate-", suffix=".pickle")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(work, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return path


def _serve(conn: Any) -> None:
    """The pre-started worker: import the validator, then run the one job it is given (or none)."""
    gc.disable()  # a short-lived process: collecting would only copy pages shared with the parent
    _without_requests()
    with contextlib.suppress(Exception):
        import generator.validate.schema_check  # noqa: F401 -- the expensive import, done ahead of time
    try:
        path = conn.recv()
    except (EOFError, OSError):
        return
    if path is None:
        return
    try:
        with open(path, "rb") as handle:
            # Our own job file, written by the parent a moment ago in a private (0600) temporary file.
            work = pickle.load(handle)
    except Exception:  # noqa: BLE001 -- the parent validates by itself
        conn.send(("failed", None))
        return
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    _child(work, conn)


def _child(work: Callable[[], Any], sender: Any) -> None:
    global _AFTER
    gc.disable()
    _without_requests()
    _AFTER = []
    try:
        result = work()
    except BaseException:  # noqa: BLE001 -- reported by running the work again in the parent
        sender.send(("failed", None))
        return
    sender.send(("ok", result))
    for step in _AFTER:  # the parent has its result and goes on; it waits for these only when it exits
        with contextlib.suppress(Exception):
            step()


# In a child: what to do once its result is sent (``afterwards``); None elsewhere.
_AFTER: list[Callable[[], None]] | None = None
# Children whose result has arrived but which may still be finishing their ``afterwards`` steps.
_FINISHING: list[Any] = []


def afterwards(step: Callable[[], None]) -> None:
    """Run ``step`` (storing a result in a cache, say) once the result of the work calling this has reached the
    parent: the parent does not wait for it. Outside a child, now."""
    if _AFTER is None:
        step()
    else:
        _AFTER.append(step)


def _let_finish(child: Any) -> None:
    """``child`` delivered its result and may still run its ``afterwards`` steps: wait for it only at exit."""
    _FINISHING[:] = [c for c in _FINISHING if c.is_alive()]
    if not _FINISHING:
        atexit.register(_wait_for_finishing)  # (registered again after running: once is enough at a time)
    _FINISHING.append(child)


def _wait_for_finishing() -> None:
    """At exit, before multiprocessing stops daemonic children: let each one finish what it stores."""
    with contextlib.suppress(ValueError):
        atexit.unregister(_wait_for_finishing)
    for child in _FINISHING:
        child.join(timeout=60)
    _FINISHING.clear()
