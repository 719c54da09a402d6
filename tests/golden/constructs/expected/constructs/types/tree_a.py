"""Models that reference each other: ``TreeA``, ``TreeB``."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["TreeA", "TreeB"]


class TreeA(_APIModel):
    b: TreeB | None = None


class TreeB(_APIModel):
    a: TreeA | None = None
