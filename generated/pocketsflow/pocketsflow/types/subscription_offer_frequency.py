"""The ``SubscriptionOfferFrequency`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["SubscriptionOfferFrequency"]


class SubscriptionOfferFrequency(_OpenStrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"
