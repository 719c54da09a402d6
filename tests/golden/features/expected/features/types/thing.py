"""The ``Thing`` model."""

from __future__ import annotations

from uuid import UUID

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .color import Color

__all__ = ["Thing"]


class Thing(_APIModel):
    id: UUID
    """Read-only."""

    name: str
    color: Color | None = None
    size: int | None = None
    created_at: datetime | None = None
    attributes: dict[str, str] | None = None
