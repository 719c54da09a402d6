"""The ``SubscriptionList`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .pagination import Pagination
from .subscription import Subscription

__all__ = ["SubscriptionList"]


class SubscriptionList(_APIModel):
    """Response of `POST /orders/subscriptions`. The SDK types it as `any`; this shape mirrors `GET /orders` and is a guess."""

    subscriptions: list[Subscription] | None = None
    pagination: Pagination | None = None
