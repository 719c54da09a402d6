"""The ``SubscriptionEventPayloadSubscription`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["SubscriptionEventPayloadSubscription"]


class SubscriptionEventPayloadSubscription(_APIModel):
    id: str | None = None
    """Subscription offer ID."""

    customer_id: str | None = Field(default=None, alias="customerId")
    """Payment-gateway customer ID."""
