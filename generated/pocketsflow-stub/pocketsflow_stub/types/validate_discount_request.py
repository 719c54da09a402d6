"""The ``ValidateDiscountRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["ValidateDiscountRequest"]


class ValidateDiscountRequest(_APIModel):
    code: str
    """Discount code"""

    product_id: str | None = Field(default=None, alias="productId")
    """Product ID to check if discount applies"""
