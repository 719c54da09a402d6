"""The ``UpdateProductRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["UpdateProductRequest"]


class UpdateProductRequest(_APIModel):
    id: str | None = None
    name: str | None = None
