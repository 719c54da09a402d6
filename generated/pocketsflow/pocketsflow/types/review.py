"""The ``Review`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Review"]


class Review(_APIModel):
    """A product review left by a buyer."""

    id: str = Field(alias="_id")
    product_id: str = Field(alias="productId")
    user_id: str | None = Field(default=None, alias="userId")
    buyer_email: str | None = Field(default=None, alias="buyerEmail")
    rating: float
    """Star rating."""

    review: str | None = None
    """Review text."""

    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
