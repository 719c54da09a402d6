"""The ``Thing`` model."""

from __future__ import annotations

import uuid as _uuid

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as _DateTime
from .color import Color

__all__ = ["Thing"]


class Thing(_APIModel):
    id: _uuid.UUID
    """Read-only."""

    name: str
    color: Color | None = None
    size: int | None = None
    created_at: _DateTime | None = None
    attributes: dict[str, str] | None = None
