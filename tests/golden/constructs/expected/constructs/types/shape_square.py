"""The ``ShapeSquare`` model."""

from __future__ import annotations

from typing import Literal

from .._runtime._models import APIModel as _APIModel

__all__ = ["ShapeSquare"]


class ShapeSquare(_APIModel):
    kind: Literal["square"]
    side: float | None = None
