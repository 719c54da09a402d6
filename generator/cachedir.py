"""Where pfgen's caches live, and whether caching is on (standard library only: the ``pfgen`` entry point
asks before anything else is imported, see ``codecache``)."""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import tempfile
from pathlib import Path
from typing import Any


def caching_off() -> bool:
    """``PFGEN_NO_CACHE`` set to anything but empty, ``0``, ``false``, ``no`` or ``off``."""
    return os.environ.get("PFGEN_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no", "off")


def cache_folder() -> Path:
    """Where the caches live (whether or not caching is on): ``$PFGEN_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/pfgen``, else ``~/.cache/pfgen``."""
    base = os.environ.get("PFGEN_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "pfgen"


def read_marshal(path: Path) -> Any:
    """What ``write_marshal`` stored at ``path``, or None. Trust is that of ``__pycache__`` (``marshal`` is not
    meant for data others could have written): a file not owned by this user, or writable by others, is ignored;
    an unreadable one is a miss."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None
            return marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_marshal(path: Path, value: Any) -> bool:
    """Store ``value`` at ``path`` (``replace_file``); False when the cache cannot be written."""
    return replace_file(path, marshal.dumps(value))


def replace_file(path: Path, body: bytes) -> bool:
    """Write a cache file whole and atomically (temporary file + rename: concurrent writers never leave half a
    file); False when the cache cannot be written (read-only or full disk: the run goes on, uncached)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:16]}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False
    return True
