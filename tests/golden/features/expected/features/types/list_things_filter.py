"""The ``ListThingsFilter`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["ListThingsFilter"]


class ListThingsFilter(_APIModel):
    owner: str | None = None
    min_size: int | None = None
