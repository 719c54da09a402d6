"""The ``MultiStatusResponse201`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["MultiStatusResponse201"]


class MultiStatusResponse201(_APIModel):
    b: str | None = None
