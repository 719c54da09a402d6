"""The ``SubscriptionStatus`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["SubscriptionStatus"]


class SubscriptionStatus(_OpenStrEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    PAUSED = "paused"
    PAST_DUE = "past_due"
