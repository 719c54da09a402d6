"""Run a validation in a forked process while this one builds, renders and formats.

Validating a large document from scratch costs about as much as generating its client, and the two do not
depend on each other until the end: whether the output may be written. So ``pfgen generate`` starts the
validation in a child process and asks for the verdict before anything is written (``pipeline.settle``).

Only ``fork`` is used: the child starts in milliseconds and shares the loaded document instead of receiving a
pickled copy. It is unsafe with other threads alive (a lock held by a thread that does not exist in the child)
and unavailable on Windows and macOS (where it is unsafe), so elsewhere, with one core, or with
``PFGEN_SERIAL=1`` the validation simply runs here and now. A child that dies or fails is replaced by running
the validation here, so the result is always the one ``validate`` would give.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    if os.environ.get("PFGEN_SERIAL", "").strip() not in ("", "0"):
        return False
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def run_in_background(work: Callable[[], T]) -> Callable[[], T]:
    """Start ``work`` in a forked child; the returned function waits for its result (``work`` runs here when
    forking is not possible, or when the child does not deliver)."""
    if not can_fork():
        result = work()
        return lambda: result
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    # Buffered output would be written twice: once by us and once by the child when it exits.
    sys.stdout.flush()
    sys.stderr.flush()
    # Everything alive now (the loaded document above all) is left out of later collections: here because it
    # stays alive anyway, and in the child because a collection touches every object it scans, copying the
    # pages it shares with us.
    gc.freeze()
    child = context.Process(target=_child, args=(work, sender), daemon=True, name="pfgen-validate")
    child.start()
    sender.close()

    def wait() -> T:
        try:
            outcome: tuple[str, Any] = receiver.recv()
        except (EOFError, OSError):
            outcome = ("lost", None)
        finally:
            receiver.close()
            child.join()
        if outcome[0] == "ok":
            return outcome[1]  # type: ignore[no-any-return]
        return work()  # the child failed or died: the same work here gives the same result (or raises it)

    return wait


def _child(work: Callable[[], Any], sender: Any) -> None:
    gc.disable()  # a short-lived process: collecting would only copy pages shared with the parent
    try:
        result = work()
    except BaseException:  # noqa: BLE001 -- reported by running the work again in the parent
        sender.send(("failed", None))
        return
    sender.send(("ok", result))
