"""The ``ListCustomersSortBy`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["ListCustomersSortBy"]


class ListCustomersSortBy(_OpenStrEnum):
    EMAIL = "email"
    COUNTRY = "country"
    NUMBER_OF_ORDERS = "numberOfOrders"
    CREATED_AT = "createdAt"
