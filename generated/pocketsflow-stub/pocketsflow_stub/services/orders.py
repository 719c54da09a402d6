"""The ``orders`` operations: what the stub answers for each of them."""

from __future__ import annotations

from .._runtime._responses import example as _example
from ..types.order import Order
from ..types.order_list import OrderList

__all__ = ["OrdersService"]


class OrdersService:
    """Operations of the ``orders`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'orders': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        product_id: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> OrderList:
        """List orders

        Page-based list. Use it to reconcile missed webhooks by matching on your `metadata` id.

        ``GET /orders`` (operation ``listOrders``)."""
        result: OrderList = _example("listOrders", OrderList)
        return result

    def get(self, id: str) -> Order:
        """Get a single order

        ``GET /orders/{id}`` (operation ``getOrder``)."""
        result: Order = _example("getOrder", Order)
        return result
