"""The ``CreateProductRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .create_product_request_billing_interval import CreateProductRequestBillingInterval
from .create_product_request_type import CreateProductRequestType

__all__ = ["CreateProductRequest"]


class CreateProductRequest(_APIModel):
    """Body for `POST /products`. The API reference page marks `name`, `price` and `currency` as required; the Node SDK's `CreateProductParams` omits `currency` and adds the page/checkout options listed below."""

    name: str
    """Product name"""

    price: float
    """Product price"""

    currency: str
    """Currency code (e.g., USD)"""

    description: str | None = None
    """Product description"""

    type: CreateProductRequestType | None = None
    """Product type"""

    billing_interval: CreateProductRequestBillingInterval | None = Field(
        default=None, alias="billingInterval"
    )
    """Billing interval for subscriptions"""

    active: bool | None = None
    """Whether product is active"""

    published: bool | None = Field(default=True)
    """Whether the product is published."""

    subtitle: str | None = None
    """Product subtitle."""

    slug: str | None = None
    """URL slug; the hosted product page is `https://<subdomain>.pocketsflow.com/<slug>`."""

    thumbnail: str | None = None
    """Thumbnail image URL."""

    images: list[str] | None = None
    """Product image URLs."""

    cta_text: str | None = Field(default=None, alias="ctaText")
    """Call-to-action button text."""

    show_sales: bool | None = Field(default=True, alias="showSales")
    """Show the sales count on the product page."""

    show_reviews: bool | None = Field(default=True, alias="showReviews")
    """Show reviews on the product page."""

    refund_policy: str | None = Field(default=None, alias="refundPolicy")
    callback_url: str | None = Field(default=None, alias="callbackUrl")
    """Callback URL used for redirects after purchase."""

    has_first_name: bool | None = Field(default=None, alias="hasFirstName")
    """Collect the buyer's first name at checkout."""

    has_last_name: bool | None = Field(default=None, alias="hasLastName")
    """Collect the buyer's last name at checkout."""

    pay_want: bool | None = Field(default=None, alias="payWant")
    """Pay-what-you-want pricing."""

    min_price: float | None = Field(default=None, alias="minPrice")
    """Minimum price for pay-what-you-want."""

    max_price: float | None = Field(default=None, alias="maxPrice")
    """Maximum price for pay-what-you-want."""
