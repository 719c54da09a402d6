"""The ``CreateProductVariantRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateProductVariantRequest"]


class CreateProductVariantRequest(_APIModel):
    product_id: str = Field(alias="productId")
    """Parent product ID."""

    name: str
    price: float
    description: str | None = None
