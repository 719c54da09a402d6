"""The ``customers`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from ..types.customer import Customer
from ..types.list_customers_sort_by import ListCustomersSortBy
from ..types.list_customers_sort_order import ListCustomersSortOrder

__all__ = ["CustomersService"]

_ListCustomer: TypeAlias = list[Customer]


class CustomersService:
    """Operations of the ``customers`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'customers': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(
        self,
        *,
        product_id: str | None = None,
        sort_by: ListCustomersSortBy | None = None,
        sort_order: ListCustomersSortOrder | None = None,
        email: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> _ListCustomer:
        """List customers

        Returns a bare array of customers.

        ``GET /customers`` (operation ``listCustomers``)."""
        result: _ListCustomer = _example("listCustomers", _ListCustomer)
        return result

    def get(self, id: str) -> Customer:
        """Get a customer

        ``GET /customers/{id}`` (operation ``getCustomer``)."""
        result: Customer = _example("getCustomer", Customer)
        return result
