"""The ``CreateProductRequestBillingInterval`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["CreateProductRequestBillingInterval"]


class CreateProductRequestBillingInterval(_OpenStrEnum):
    """Billing interval for subscriptions"""

    MONTH = "month"
    YEAR = "year"
