"""The ``ShapeCircle`` model."""

from __future__ import annotations

from typing import Literal

from .._runtime._models import APIModel as _APIModel

__all__ = ["ShapeCircle"]


class ShapeCircle(_APIModel):
    kind: Literal["circle"]
    radius: float | None = None
