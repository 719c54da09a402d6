"""Installed versions of the libraries whose behaviour is part of a cache key, without importing them."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def dist_version(module: str) -> str:
    """The version of the distribution that installed ``module`` (an import name such as ``black``), read from
    its ``*.dist-info`` folder beside the package, as ``importlib.metadata`` would (which costs ~40 ms to
    import), or from ``importlib.metadata`` when the layout is unusual; ``"unknown"`` when not installed."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is not None and spec.origin:
        site = Path(spec.origin).resolve().parent.parent
        found = sorted(site.glob(f"{module}-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len(module) + 1 : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module.replace("_", "-"))
    except PackageNotFoundError:
        return "unknown"
