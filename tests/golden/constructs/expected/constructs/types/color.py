"""The ``Color`` model."""

from __future__ import annotations

from .._runtime._wire import OpenIntEnum as _OpenIntEnum

__all__ = ["Color"]


class Color(_OpenIntEnum):
    RED = 1
    GREEN = 2
