"""The ``CreateDiscountRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .create_discount_request_value_type import CreateDiscountRequestValueType

__all__ = ["CreateDiscountRequest"]


class CreateDiscountRequest(_APIModel):
    name: str
    """Discount name."""

    code: str
    """What customers enter at checkout."""

    value: float
    value_type: CreateDiscountRequestValueType | None = Field(
        default=CreateDiscountRequestValueType.PERCENTAGE, alias="valueType"
    )
    active: bool | None = Field(default=True)
    main_product_ids: list[str] = Field(alias="mainProductIds")
    """Product IDs this discount applies to."""

    expiration: str | None = None
    """Expiration date (ISO 8601 string)."""
