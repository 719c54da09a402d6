"""The ``CreateProductRequestOptions`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateProductRequestOptions"]


class CreateProductRequestOptions(_APIModel):
    color: str | None = None
