"""The ``VariantB`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["VariantB"]


class VariantB(_APIModel):
    x: str
    y: str | None = None
