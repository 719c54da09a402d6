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
        found = _dist_infos(str(folder)).get(wanted, [])
        if len(found) == 1:
            return found[0]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name.replace("_", "-"))
    except PackageNotFoundError:
        return "unknown"


@functools.cache
def _dist_infos(folder: str) -> dict[str, list[str]]:
    """The ``*.dist-info`` folders in ``folder``: normalised distribution name -> versions (one listing per
    folder and process, however many distributions a key names)."""
    found: dict[str, list[str]] = {}
    try:
        entries = os.listdir(folder)
    except OSError:
        return found
    for entry in entries:
        if entry.endswith(".dist-info"):
            name, _, version = entry[: -len(".dist-info")].rpartition("-")
            found.setdefault(re.sub(r"[-_.]+", "_", name).lower(), []).append(version)
    return found
