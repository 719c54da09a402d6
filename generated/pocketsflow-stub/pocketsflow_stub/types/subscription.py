"""The ``Subscription`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .subscription_status import SubscriptionStatus

__all__ = ["Subscription"]


class Subscription(_APIModel):
    """A buyer's subscription (membership) to a subscription offer/product."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    customer_id: str | None = Field(default=None, alias="customerId")
    product_id: str | None = Field(default=None, alias="productId")
    stripe_subscription_id: str | None = Field(default=None, alias="stripeSubscriptionId")
    """Payment-gateway subscription ID; used by the cancel/refund endpoints."""

    status: SubscriptionStatus
    current_period_start: datetime | None = Field(default=None, alias="currentPeriodStart")
    current_period_end: datetime | None = Field(default=None, alias="currentPeriodEnd")
    cancel_at_period_end: bool | None = Field(default=None, alias="cancelAtPeriodEnd")
    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
