"""The ``ListSubscriptionsRequestStatus`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["ListSubscriptionsRequestStatus"]


class ListSubscriptionsRequestStatus(_OpenStrEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    PAUSED = "paused"
