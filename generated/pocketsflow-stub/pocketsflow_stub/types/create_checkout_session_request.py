"""The ``CreateCheckoutSessionRequest`` model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateCheckoutSessionRequest"]


class CreateCheckoutSessionRequest(_APIModel):
    """Body for `POST /checkout/sessions`. The API reference marks `successUrl` and `cancelUrl` required; the Custom-platforms guide lists them as optional absolute http(s) URLs."""

    product_id: str = Field(alias="productId")
    """Product ID to purchase (a product owned by your account)."""

    success_url: str = Field(alias="successUrl")
    """Redirect URL after successful payment"""

    cancel_url: str = Field(alias="cancelUrl")
    """Redirect URL if payment is canceled"""

    customer_email: str | None = Field(default=None, alias="customerEmail")
    """Pre-fill customer email"""

    discount_code: str | None = Field(default=None, alias="discountCode")
    """Discount code to apply"""

    metadata: dict[str, Any] | None = None
    """Custom metadata for the checkout; echoed back on the order and on webhooks."""

    client_reference_id: str | None = Field(default=None, alias="clientReferenceId")
    """Your own reference ID. Not on the API reference page; seen in third-party integrations and in the `clientReferenceId` field of subscription webhooks."""
