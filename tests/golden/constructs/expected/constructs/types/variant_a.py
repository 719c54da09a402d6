"""The ``VariantA`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["VariantA"]


class VariantA(_APIModel):
    x: str
