"""The ``UpdateDiscountRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .update_discount_request_value_type import UpdateDiscountRequestValueType

__all__ = ["UpdateDiscountRequest"]


class UpdateDiscountRequest(_APIModel):
    name: str | None = None
    """Discount name."""

    code: str | None = None
    """What customers enter at checkout."""

    value: float | None = None
    value_type: UpdateDiscountRequestValueType | None = Field(default=None, alias="valueType")
    active: bool | None = None
    main_product_ids: list[str] | None = Field(default=None, alias="mainProductIds")
    """Product IDs this discount applies to."""

    expiration: str | None = None
    """Expiration date (ISO 8601 string)."""
