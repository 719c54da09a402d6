"""A forked child and a two-way pipe of pickled objects to it: the part of ``multiprocessing`` that ``background``
uses, on ``os.fork``, pipes and ``select``.

Importing ``multiprocessing`` brings socket, subprocess, selectors and locale (~6 ms of every ``generate``,
before the validation worker can even be forked); what ``background`` needs is a child that runs one function
and exits, whose end can be waited for with a timeout, and a pipe that carries whole objects. Linux only, like
``background``'s use of fork.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

_HEADER = 8  # bytes: the length of the pickle that follows, big-endian


class Channel:
    """One end of a two-way pipe: ``send`` an object, ``recv`` the next one (``EOFError`` once the other end is
    closed), ``poll`` whether one (or the end) has arrived."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._read: int | None = read_fd
        self._write: int | None = write_fd

    def send(self, obj: object) -> None:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(_HEADER, "big") + data)
        while view:
            view = view[os.write(self._fd(self._write), view):]

    def recv(self) -> Any:
        size = int.from_bytes(self._read_exactly(_HEADER), "big")
        return pickle.loads(self._read_exactly(size))

    def poll(self, timeout: float = 0.0) -> bool:
        readable, _, _ = select.select([self._fd(self._read)], [], [], max(0.0, timeout))
        return bool(readable)

    def close(self) -> None:
        for fd in (self._read, self._write):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._read = self._write = None

    def _read_exactly(self, size: int) -> bytes:
        chunks: list[bytes] = []
        while size:
            chunk = os.read(self._fd(self._read), min(size, 1 << 20))
            if not chunk:
                raise EOFError("the other end of the pipe is closed")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    @staticmethod
    def _fd(fd: int | None) -> int:
        if fd is None:
            raise OSError("the channel is closed")
        return fd


def channel_pair() -> tuple[Channel, Channel]:
    """Two connected ends: what one sends, the other receives."""
    a_read, b_write = os.pipe()
    b_read, a_write = os.pipe()
    return Channel(a_read, a_write), Channel(b_read, b_write)


class Child:
    """A forked child: ``is_alive``, ``join`` (at most ``timeout`` seconds), ``kill``; ``exitcode`` once it has
    ended (negative: the signal that ended it), as ``multiprocessing.Process`` has them."""

    def __init__(self, pid: int, sentinel: int) -> None:
        self.pid = pid
        self.exitcode: int | None = None
        self._sentinel: int | None = sentinel  # the read end of a pipe whose write end only the child holds

    def is_alive(self) -> bool:
        return self._reap(block=False) is None

    def join(self, timeout: float | None = None) -> None:
        if self.exitcode is not None:
            return
        if timeout is not None and self._sentinel is not None:
            deadline = time.monotonic() + timeout
            while True:  # the sentinel reads EOF once the child is exiting: its status follows at once
                left = deadline - time.monotonic()
                if select.select([self._sentinel], [], [], max(0.0, left))[0]:
                    break
                if left <= 0:
                    self._reap(block=False)
                    return
        self._reap(block=True)

    def kill(self) -> None:
        if self.exitcode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def _reap(self, *, block: bool) -> int | None:
        if self.exitcode is None:
            try:
                pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: it has ended, how is not known
                pid, status = self.pid, 0
            if pid == 0:
                return None
            self.exitcode = os.waitstatus_to_exitcode(status)
            if self._sentinel is not None:
                with contextlib.suppress(OSError):
                    os.close(self._sentinel)
                self._sentinel = None
        return self.exitcode


def start(target: Callable[..., object], *args: Any) -> Child:
    """Fork a child that runs ``target(*args)`` and exits (status 0, or 1 when it raised: silently, since the
    parent decides what a failed child means); stdin is closed in the child."""
    # Buffered output would be written twice: once by us and once by the child when it exits.
    sys.stdout.flush()
    sys.stderr.flush()
    sentinel, held = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(sentinel)
            if sys.stdin is not None:  # (None: started without one)
                with contextlib.suppress(OSError, ValueError):
                    sys.stdin.close()
                    sys.stdin = open(os.devnull)  # noqa: SIM115 -- for the rest of the child's life
            target(*args)
            code = 0
        except SystemExit as stop:
            code = 0 if stop.code is None else stop.code if isinstance(stop.code, int) else 1
        except BaseException:  # noqa: BLE001,S110 -- the parent sees the exit status (or a missing result)
            pass
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            os._exit(code)
    os.close(held)
    return Child(pid, sentinel)
