"""The ``SelfAllOf`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["SelfAllOf"]


class SelfAllOf(_APIModel):
    x: str | None = None
