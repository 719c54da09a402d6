"""Run a validation in a forked process while this one builds, renders and formats.

Validating a large document from scratch costs about as much as generating its client, and the two do not
depend on each other until the end: whether the output may be written. So ``pfgen generate`` starts the
validation in a child process and asks for the verdict before anything is written (``pipeline.settle``).

``prestart`` goes one step further: called first thing by a command that will probably validate, it forks a
worker that imports openapi-spec-validator (~0.35 s) while this process is still importing and loading the
document. The job (the loaded document, pickled: milliseconds) reaches it through a temporary file, so
handing it over never waits for the worker to be ready. Without a pre-started worker the validation is forked
when it is needed, sharing the loaded document instead of receiving a copy.

``keep_worker`` (``pfgen watch``) makes the worker resident: forked once while the process is still small (its
imports only), it runs one job after another, so a save neither forks the large process that holds the last
run's results nor pays for the copy-on-write that follows (every page the parent then touched was copied while
a fork of it was alive: 20-50% slower stages on a 3 MB document).

Only ``fork`` is used: the child starts in milliseconds (``forked``: ``os.fork`` and pipes, since importing
``multiprocessing`` alone cost ~6 ms before the worker could even start). It is unsafe with other threads alive
(a lock held by a thread that does not exist in the child) and unavailable on Windows and macOS (where it is
unsafe), so elsewhere, with one core, or with ``PFGEN_SERIAL=1`` the validation simply runs here and now. A child that dies
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
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from generator.validate import forked

T = TypeVar("T")

_WORKER: tuple[forked.Child, forked.Channel] | None = None  # the pre-started worker and its channel, until used
_RESIDENT = False  # ``keep_worker``: the worker runs every job and stays, instead of one job each
_STALE: dict[int, int] = {}  # resident worker's pid -> results of cancelled jobs still to come (``cancel``)


def can_fork() -> bool:
    if os.environ.get("PFGEN_SERIAL", "").strip() not in ("", "0"):
        return False
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def prestart() -> None:
    """Fork a worker that gets the validator ready while this process loads the document (idempotent)."""
    global _WORKER
    if _WORKER is not None or not can_fork():
        return
    _WORKER = _fork(_serve, _RESIDENT)


def keep_worker() -> None:
    """From now on the worker is resident: it runs every job sent to it, one after another, and stays for the
    next (forked now, so call this while the process is small). Its afterwards steps run before its next job;
    at exit it is asked to stop and waited for."""
    global _RESIDENT
    if _RESIDENT or not can_fork():
        return
    release_prestarted()  # a one-job worker started before
    _RESIDENT = True
    prestart()
    atexit.register(_stop_resident)


def _stop_resident() -> None:
    """At exit: an idle resident worker finishes storing its last result and stops; one still running a job
    nobody waits for (``Pending.cancel``) is stopped at once."""
    global _RESIDENT
    _RESIDENT = False
    if _WORKER is not None and _STALE.get(_WORKER[0].pid):
        with contextlib.suppress(OSError, ValueError):
            _WORKER[0].kill()
    child = _WORKER[0] if _WORKER is not None else None
    release_prestarted(timeout=10)
    if child is not None and child.is_alive():
        child.kill()
        child.join(timeout=5)


def release_prestarted(timeout: float = 0) -> None:
    """The pre-started worker is not needed (a cached result): let it go (a resident one stays)."""
    global _WORKER
    if _WORKER is None or _RESIDENT:
        return
    child, conn = _WORKER
    _WORKER = None
    with contextlib.suppress(OSError):
        conn.send(None)
        conn.close()
    child.join(timeout=timeout)


def run_in_background(work: Callable[[], T], shrink: Callable[[int], Callable[[], T]] | None = None) \
        -> Pending[T] | Done[T]:
    """Start ``work`` in a child (the pre-started worker, or a fresh fork); the returned function waits for its
    result (``work`` runs here when forking is not possible, or when the child does not deliver). ``shrink``:
    the same work as sent to the resident worker of the given pid (``held``: what it holds is not sent again)."""
    global _WORKER
    if _WORKER is not None:
        child, conn = _WORKER
        _WORKER = None
        try:
            path = _job_file(shrink(child.pid) if shrink is not None and _RESIDENT else work)
            conn.send(path)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            child.kill()
            return run_in_background(work, shrink)
        return Pending(child, conn, work, path, resident=_RESIDENT)
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
    child, conn = _fork(_child, work)
    return Pending(child, conn, work)


def _fork(target: Callable[..., None], *args: Any) -> tuple[forked.Child, forked.Channel]:
    ours, theirs = forked.channel_pair()
    child = forked.start(_orphan_safe, os.getpid(), ours, target, *args, theirs)
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
    # Ctrl-C reaches the whole process group: the parent answers it (and stops or waits for its children).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
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
    most ``timeout``); ``cancel`` says the result is no longer wanted: the child is stopped, or, a resident
    worker, left to finish the job while nobody reads its result."""

    def __init__(self, child: Any, conn: Any, work: Callable[[], T], job: str = "", *, resident: bool = False) -> None:
        self._child, self._conn, self._work, self._job = child, conn, work, job
        self._resident = resident
        self._ended = False

    def ready(self, timeout: float = 0.0) -> bool:
        if self._ended:
            return True
        pid = self._child.pid
        deadline = time.monotonic() + timeout
        try:
            while self._conn.poll(max(0.0, deadline - time.monotonic())):
                if not _STALE.get(pid):
                    return True
                self._conn.recv()  # a cancelled job's result (``cancel``)
                _STALE[pid] -= 1
            return False
        except (OSError, ValueError, EOFError):  # closed: calling gives the result at once
            return True

    def _skip_stale(self) -> None:
        """Drop the results of cancelled jobs that a resident worker runs before this one (``cancel``)."""
        pid = self._child.pid
        while _STALE.get(pid):
            self._conn.recv()
            _STALE[pid] -= 1

    def cancel(self) -> None:
        global _WORKER
        if self._ended:  # its result was read (a resident worker may be at another job by now)
            return
        if self._resident and _RESIDENT and _WORKER is None and self._child.is_alive():
            # Killing it would mean forking a new one from this (large) process: it finishes the job instead,
            # nobody reads the result, and it takes the next job after that.
            _STALE[self._child.pid] = _STALE.get(self._child.pid, 0) + 1
            _WORKER = (self._child, self._conn)
            self._ended = True
            return
        with contextlib.suppress(OSError, ValueError):
            self._child.kill()
        self._end()

    def _end(self, delivered: bool = False) -> None:
        global _WORKER
        self._ended = True
        if delivered and self._resident and _RESIDENT and _WORKER is None:
            _WORKER = (self._child, self._conn)  # back to waiting for the next job
            return
        if delivered and self._resident:
            with contextlib.suppress(OSError):
                self._conn.send(None)  # not needed any more: it stops after its afterwards steps
        self._conn.close()
        if delivered:
            _let_finish(self._child)
        else:
            if self._resident:  # it failed a job (or was cancelled): it would wait for the next one
                _STALE.pop(self._child.pid, None)
                with contextlib.suppress(OSError, ValueError):
                    self._child.kill()
            self._child.join()
        if self._job:  # normally removed by the worker; not if it died before reading it
            with contextlib.suppress(OSError):
                os.unlink(self._job)

    def __call__(self) -> T:
        outcome: tuple[str, Any] = ("lost", None)
        try:
            self._skip_stale()
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


def _serve(many: bool, conn: Any) -> None:
    """The pre-started worker: import the validator, then run the one job it is given (or none). With ``many``
    (resident, ``keep_worker``): run jobs until told to stop or the parent goes away, collecting garbage between
    them, while the parent is not waiting."""
    gc.disable()  # otherwise collecting would copy pages shared with the parent
    _without_requests()
    with contextlib.suppress(Exception):
        import generator.validate.schema_check  # noqa: F401 -- the expensive import, done ahead of time
    while _serve_one(conn) and many:
        gc.collect()


def _serve_one(conn: Any) -> bool:
    """Receive one job and run it; False when there is none (told to stop, or the parent is gone)."""
    try:
        path = conn.recv()
    except (EOFError, OSError):
        return False
    if path is None:
        return False
    try:
        with open(path, "rb") as handle:
            # Our own job file, written by the parent a moment ago in a private (0600) temporary file.
            work = pickle.load(handle)
    except Exception:  # noqa: BLE001 -- the parent validates by itself
        conn.send(("failed", None))
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    _child(work, conn)
    return True


def _child(work: Callable[[], Any], sender: Any) -> None:
    global _AFTER
    gc.disable()
    _without_requests()
    _AFTER = []
    try:
        result = work()
    except BaseException:  # noqa: BLE001 -- reported by running the work again in the parent
        _send(sender, ("failed", None))
        return
    _send(sender, ("ok", result))
    for step in _AFTER:  # the parent has its result and goes on; it waits for these only when it exits
        with contextlib.suppress(Exception):
            step()


def _send(sender: Any, message: tuple[str, Any]) -> None:
    """Send a result, which nobody may read any more: a cancelled job's, when the parent has closed its end
    (at exit) or gone away. Its afterwards steps still run."""
    with contextlib.suppress(OSError):
        sender.send(message)


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
    """At exit: let each child that delivered its result finish what it stores."""
    with contextlib.suppress(ValueError):
        atexit.unregister(_wait_for_finishing)
    for child in _FINISHING:
        child.join(timeout=60)
    _FINISHING.clear()
