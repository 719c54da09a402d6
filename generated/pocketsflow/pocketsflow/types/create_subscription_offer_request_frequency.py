"""The ``CreateSubscriptionOfferRequestFrequency`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["CreateSubscriptionOfferRequestFrequency"]


class CreateSubscriptionOfferRequestFrequency(_OpenStrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"
