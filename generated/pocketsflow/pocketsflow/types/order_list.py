"""The ``OrderList`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .order import Order
from .pagination import Pagination

__all__ = ["OrderList"]


class OrderList(_APIModel):
    """Response of `GET /orders`."""

    orders: list[Order]
    pagination: Pagination | None = None
