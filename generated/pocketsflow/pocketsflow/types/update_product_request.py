"""The ``UpdateProductRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["UpdateProductRequest"]


class UpdateProductRequest(_APIModel):
    """Partial update for `POST /products/update/{id}` (fields from the SDK's `UpdateProductParams`)."""

    name: str | None = None
    description: str | None = None
    price: float | None = None
    currency: str | None = None
    active: bool | None = None
    published: bool | None = None
