"""Where pfgen's caches live, and whether caching is on (standard library only: the ``pfgen`` entry point
asks before anything else is imported, see ``codecache``)."""

from __future__ import annotations

import os
from pathlib import Path


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
