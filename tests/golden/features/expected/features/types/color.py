"""The ``Color`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["Color"]


class Color(_OpenStrEnum):
    RED = "red"
    GREEN = "green"
    LIGHT_BLUE = "light-blue"
