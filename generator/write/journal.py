"""The write's undo journal, kept on disk so that even a killed writer (SIGKILL, a closed terminal, a crash)
leaves an output that the next pfgen run restores before it reads it.

Each step of the swap is appended (and flushed) *before* it is taken, as one JSON line naming its undo:
``["move-back", backup, target]``, ``["unlink", target]``, ``["mkdir", folder]`` or ``["rmdir", folder]``; every
undo is harmless when its step never happened. After the commit point (the manifest renamed in) a ``["commit"]``
line is written. The writer holds an exclusive lock on the journal for the whole transaction; the kernel drops
it when the process dies, which is how a later run tells an abandoned transaction from a running one.

``recover(output)``, run before an output folder is read, finds abandoned staging folders of that output: one
whose journal was committed is deleted; one that was not is rolled back (its undos in reverse), then deleted.
The result is the previous output or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO

Undo = Callable[[], None]
JOURNAL_NAME = "journal"
_COMMIT = "commit"


def staging_prefixes(output: Path) -> tuple[tuple[Path, str], tuple[Path, str]]:
    """Where staging folders of ``output`` live: (folder, name prefix) beside it, and inside it."""
    return (output.parent, f".{output.name}.pfgen-staging-"), (output, ".pfgen-staging-")


class Journal:
    """The open journal of one transaction in its staging folder (locked while open)."""

    def __init__(self, stage: Path) -> None:
        self.undos: list[Undo] = []
        self._file: IO[str] = open(stage / JOURNAL_NAME, "a", encoding="utf-8")   # noqa: SIM115 - held open
        _lock(self._file, blocking=True)

    def add(self, kind: str, *paths: Path) -> None:
        self._file.write(json.dumps([kind, *(str(p) for p in paths)]) + "\n")
        self._file.flush()
        self.undos.append(undo_of(kind, *paths))

    def commit(self) -> None:
        self._file.write(json.dumps([_COMMIT]) + "\n")
        self._file.flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()


def undo_of(kind: str, *paths: Path) -> Undo:
    if kind == "move-back":
        backup, target = paths

        def move_back() -> None:
            if os.path.lexists(backup):
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(backup, target)

        return move_back
    if kind == "unlink":
        (target,) = paths

        def unlink() -> None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)

        return unlink
    if kind == "mkdir":
        (folder,) = paths
        return lambda: folder.mkdir(parents=True, exist_ok=True)
    if kind == "rmdir":
        (folder,) = paths

        def rmdir() -> None:
            with contextlib.suppress(FileNotFoundError, OSError):
                folder.rmdir()

        return rmdir
    raise ValueError(f"unknown journal step {kind!r}")


def recover(output: Path) -> list[Path]:
    """Restore ``output`` from transactions abandoned by killed writers; returns the staging folders handled."""
    handled: list[Path] = []
    for folder, prefix in staging_prefixes(output):
        try:
            entries = sorted(p for p in folder.iterdir() if p.name.startswith(prefix) and p.is_dir())
        except OSError:
            continue
        for stage in entries:
            if _recover_stage(stage):
                handled.append(stage)
    return handled


def _recover_stage(stage: Path) -> bool:
    path = stage / JOURNAL_NAME
    try:
        handle = open(path, "r+", encoding="utf-8")   # noqa: SIM115 - closed below, after the rollback
    except OSError:
        return False   # no journal yet (or unreadable): its writer may be starting; leave it
    try:
        if not _lock(handle, blocking=False):
            return False   # a running pfgen holds it
        steps = [json.loads(line) for line in handle.read().splitlines() if line.strip()]
        if not (steps and steps[-1] == [_COMMIT]):
            for step in reversed(steps):
                undo_of(step[0], *(Path(p) for p in step[1:]))()
    except (OSError, ValueError):
        return False   # a journal we cannot read or replay: keep the folder (it holds the backups)
    finally:
        handle.close()
    shutil.rmtree(stage, ignore_errors=True)
    return True


def _lock(handle: IO[str], *, blocking: bool) -> bool:
    try:
        import fcntl
    except ImportError:   # no POSIX locks (Windows): abandoned transactions are not detected there
        return blocking
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True
