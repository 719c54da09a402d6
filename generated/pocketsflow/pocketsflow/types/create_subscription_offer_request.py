"""The ``CreateSubscriptionOfferRequest`` model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .create_subscription_offer_request_frequency import CreateSubscriptionOfferRequestFrequency

__all__ = ["CreateSubscriptionOfferRequest"]


class CreateSubscriptionOfferRequest(_APIModel):
    name: str
    price: float
    """Recurring price in USD."""

    frequency: CreateSubscriptionOfferRequestFrequency
    subtitle: str | None = None
    description: str | None = None
    trial_period: int | None = Field(default=None, alias="trialPeriod")
    """Trial duration in days."""

    published: bool | None = None
    redirect_back_url: str | None = Field(default=None, alias="redirectBackUrl")
    """Return URL used by the customer billing portal."""

    slug: str | None = None
    thumbnail: str | None = None
    images: list[str] | None = None
    is_file: bool | None = Field(default=None, alias="isFile")
    file: str | dict[str, Any] | None = None
    url: str | None = None
    checkout_text: str | None = Field(default=None, alias="checkoutText")
    refund_policy: str | None = Field(default=None, alias="refundPolicy")
    callback_url: str | None = Field(default=None, alias="callbackUrl")
    has_callback_url: bool | None = Field(default=None, alias="hasCallbackUrl")
    has_first_name: bool | None = Field(default=None, alias="hasFirstName")
    has_last_name: bool | None = Field(default=None, alias="hasLastName")
    portal_text: str | None = Field(default=None, alias="portalText")
    privacy_policy: str | None = Field(default=None, alias="privacyPolicy")
    terms_of_service: str | None = Field(default=None, alias="termsOfService")
    cta_text: str | None = Field(default=None, alias="ctaText")
    thank_you_text: str | None = Field(default=None, alias="thankYouText")
    has_product_page: bool | None = Field(default=None, alias="hasProductPage")
    show_sales: bool | None = Field(default=None, alias="showSales")
    show_reviews: bool | None = Field(default=None, alias="showReviews")
    max_price: float | None = Field(default=None, alias="maxPrice")
    min_price: float | None = Field(default=None, alias="minPrice")
    design: dict[str, Any] | None = None
    colors: dict[str, Any] | None = None
    page_style: dict[str, Any] | None = Field(default=None, alias="pageStyle")
    checkout_style: dict[str, Any] | None = Field(default=None, alias="checkoutStyle")
    checkout_colors: dict[str, Any] | None = Field(default=None, alias="checkoutColors")
