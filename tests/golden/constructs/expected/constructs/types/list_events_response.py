"""The ``ListEventsResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["ListEventsResponse"]


class ListEventsResponse(_APIModel):
    data: list[str] | None = None
    next_cursor: str | None = None
    has_more: bool | None = None
