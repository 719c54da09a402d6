"""The ``ProductBillingInterval`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["ProductBillingInterval"]


class ProductBillingInterval(_OpenStrEnum):
    """Billing interval for subscription products."""

    MONTH = "month"
    YEAR = "year"
