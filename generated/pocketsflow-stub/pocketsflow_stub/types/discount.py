"""The ``Discount`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .discount_value_type import DiscountValueType

__all__ = ["Discount"]


class Discount(_APIModel):
    """A discount code (coupon)."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    name: str | None = None
    code: str
    """Code customers enter at checkout."""

    value: float
    """Percentage (e.g. 20) or fixed amount, depending on `valueType`."""

    value_type: DiscountValueType | None = Field(default=None, alias="valueType")
    active: bool | None = None
    main_product_ids: list[str] | None = Field(default=None, alias="mainProductIds")
    """Products the discount applies to."""

    expiration: str | None = None
    """Expiration date (ISO 8601)."""

    used: int | None = None
    """Times redeemed."""

    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
