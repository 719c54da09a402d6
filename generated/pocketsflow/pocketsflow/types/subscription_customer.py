"""The ``SubscriptionCustomer`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["SubscriptionCustomer"]


class SubscriptionCustomer(_APIModel):
    """A subscriber record (the `subscriptionCustomer` object in subscription webhooks). Fields `id`, `status`, `active`, `cancelAtPeriodEnd` and `paused` come from Pocketsflow's official webhook fixtures; the rest are guesses."""

    id: str | None = None
    id_2: str | None = Field(default=None, alias="_id")
    status: str | None = None
    active: bool | None = None
    cancel_at_period_end: bool | None = Field(default=None, alias="cancelAtPeriodEnd")
    paused: bool | None = None
    buyer_email: str | None = Field(default=None, alias="buyerEmail")
    subscription_id: str | None = Field(default=None, alias="subscriptionId")
    created_at: datetime | None = Field(default=None, alias="createdAt")
