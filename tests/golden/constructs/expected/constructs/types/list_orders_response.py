"""The ``ListOrdersResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .list_orders_response_orders_item import ListOrdersResponseOrdersItem
from .list_orders_response_pagination import ListOrdersResponsePagination

__all__ = ["ListOrdersResponse"]


class ListOrdersResponse(_APIModel):
    orders: list[ListOrdersResponseOrdersItem] | None = None
    pagination: ListOrdersResponsePagination | None = None
