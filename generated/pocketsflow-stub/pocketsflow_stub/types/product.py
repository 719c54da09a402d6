"""The ``Product`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .product_billing_interval import ProductBillingInterval
from .product_file import ProductFile
from .product_type import ProductType

__all__ = ["Product"]


class Product(_APIModel):
    """A digital product (one-time or subscription)."""

    id: str = Field(alias="_id")
    """Product ID. MongoDB ObjectId (24 hex characters), e.g. `65a1b2c3d4e5f6a7b8c9d0e1`."""

    user_id: str | None = Field(default=None, alias="userId")
    """Owner (seller) ID."""

    name: str
    description: str | None = None
    price: float
    """Price in major currency units (e.g. 29.99)."""

    currency: str | None = None
    """Currency code, e.g. `USD`."""

    type: ProductType | None = None
    billing_interval: ProductBillingInterval | None = Field(default=None, alias="billingInterval")
    """Billing interval for subscription products."""

    active: bool | None = None
    published: bool | None = None
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

    files: list[ProductFile] | None = None
    test_mode: bool | None = Field(default=None, alias="testMode")
    """True when the record belongs to test mode (`pk_test_` key)."""

    created_at: datetime | None = Field(default=None, alias="createdAt")
    updated_at: datetime | None = Field(default=None, alias="updatedAt")
