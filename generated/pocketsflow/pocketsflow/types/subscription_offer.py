"""The ``SubscriptionOffer`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .subscription_offer_frequency import SubscriptionOfferFrequency

__all__ = ["SubscriptionOffer"]


class SubscriptionOffer(_APIModel):
    """A subscription offer: a recurring product you sell (distinct from a buyer's Subscription)."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    name: str
    subtitle: str | None = None
    description: str | None = None
    price: float
    currency: str | None = None
    frequency: SubscriptionOfferFrequency
    trial_period: int | None = Field(default=None, alias="trialPeriod")
    """Trial length in days."""

    published: bool | None = None
    redirect_back_url: str | None = Field(default=None, alias="redirectBackUrl")
    slug: str | None = None
    thumbnail: str | None = None
    images: list[str] | None = None
    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
    updated_at: datetime | None = Field(default=None, alias="updatedAt")
