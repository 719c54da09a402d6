"""The ``FreeShape`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["FreeShape"]


class FreeShape(_APIModel):
    """Free shape"""

    points: list[float] | None = None
