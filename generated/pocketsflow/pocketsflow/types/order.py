"""The ``Order`` model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .order_customer import OrderCustomer
from .product import Product

__all__ = ["Order"]


class Order(_APIModel):
    """A completed purchase."""

    id: str = Field(alias="_id")
    """Order ID. MongoDB ObjectId (24 hex characters), e.g. `65a1b2c3d4e5f6a7b8c9d0e1`."""

    user_id: str | None = Field(default=None, alias="userId")
    """Seller ID."""

    product_id: str | None = Field(default=None, alias="productId")
    buyer_email: str = Field(alias="buyerEmail")
    gross_amount: float | None = Field(default=None, alias="grossAmount")
    net_amount: float | None = Field(default=None, alias="netAmount")
    tax_amount: float | None = Field(default=None, alias="taxAmount")
    stripe_fee: float | None = Field(default=None, alias="stripeFee")
    paypal_fee: float | None = Field(default=None, alias="paypalFee")
    affiliate_cut: float | None = Field(default=None, alias="affiliateCut")
    currency: str | None = None
    country: str | None = None
    is_refunded: bool | None = Field(default=None, alias="isRefunded")
    is_disputed: bool | None = Field(default=None, alias="isDisputed")
    test_mode: bool | None = Field(default=None, alias="testMode")
    metadata: dict[str, Any] | None = None
    """Checkout-session metadata, echoed back on the resulting order (Custom platforms guide)."""

    product: Product | None = None
    customer: OrderCustomer | None = None
    created_at: datetime | None = Field(default=None, alias="createdAt")
