"""The ``Payment`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Payment"]


class Payment(_APIModel):
    """A payment record from `GET /payments`. Only the endpoint and its `type=subscription` filter are documented; every field is a guess."""

    id: str | None = Field(default=None, alias="_id")
    type: str | None = None
    amount: float | None = None
    currency: str | None = None
    status: str | None = None
    buyer_email: str | None = Field(default=None, alias="buyerEmail")
    subscription_id: str | None = Field(default=None, alias="subscriptionId")
    created_at: datetime | None = Field(default=None, alias="createdAt")
