"""The ``Customer`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Customer"]


class Customer(_APIModel):
    """A buyer who has purchased from the seller."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    buyer_email: str = Field(alias="buyerEmail")
    country: str | None = None
    number_of_orders: int | None = Field(default=None, alias="numberOfOrders")
    total_spent: float | None = Field(default=None, alias="totalSpent")
    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
