"""Installed versions of the libraries whose behaviour is part of a cache key, without importing them."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path


@functools.cache
def dist_version(name: str) -> str:
    """The installed version of a distribution, by its import name (``black``) or its distribution name
    (``PyYAML``), read from its ``*.dist-info`` folder as ``importlib.metadata`` would (which costs ~40 ms to
    import), or from ``importlib.metadata`` when the layout is unusual; ``"unknown"`` when not installed."""
    import importlib.util
    import sys

    wanted = re.sub(r"[-_.]+", "_", name).lower()  # PEP 503 names, as dist-info folders spell them (PEP 427)
    folders: list[Path] = []
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is not None and spec.origin:
        folders.append(Path(spec.origin).resolve().parent.parent)
    folders.extend(Path(p) for p in sys.path if p.endswith("-packages"))
    for folder in folders:
        try:
            found = [e for e in os.listdir(folder) if e.endswith(".dist-info")
                     and re.sub(r"[-_.]+", "_", e[: -len(".dist-info")].rpartition("-")[0]).lower() == wanted]
        except OSError:
            continue
        if len(found) == 1:
            return found[0][: -len(".dist-info")].rpartition("-")[2]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name.replace("_", "-"))
    except PackageNotFoundError:
        return "unknown"
