"""The ``CreatorPageProducts`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .product import Product

__all__ = ["CreatorPageProducts"]


class CreatorPageProducts(_APIModel):
    """Public catalogue of a creator page, as read by third-party storefront code (`data.products`)."""

    products: list[Product]
