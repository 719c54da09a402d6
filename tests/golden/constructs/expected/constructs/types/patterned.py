"""The ``Patterned`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["Patterned"]


class Patterned(_APIModel):
    a: str | None = None
