"""The ``ProductVariant`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["ProductVariant"]


class ProductVariant(_APIModel):
    """A priced variant (e.g. 'Premium Version') of a product."""

    id: str = Field(alias="_id")
    product_id: str = Field(alias="productId")
    name: str
    price: float
    description: str | None = None
    active: bool | None = None
    created_at: datetime | None = Field(default=None, alias="createdAt")
    updated_at: datetime | None = Field(default=None, alias="updatedAt")
