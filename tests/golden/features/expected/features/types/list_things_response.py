"""The ``ListThingsResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .thing import Thing

__all__ = ["ListThingsResponse"]


class ListThingsResponse(_APIModel):
    data: list[Thing]
    next_cursor: str | None = None
