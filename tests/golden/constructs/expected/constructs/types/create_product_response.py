"""The ``CreateProductResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateProductResponse"]


class CreateProductResponse(_APIModel):
    id: str | None = None
