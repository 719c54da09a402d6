"""Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""

from __future__ import annotations

from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_subscription_offer_request import CreateSubscriptionOfferRequest
from ..types.create_subscription_offer_request_frequency import (
    CreateSubscriptionOfferRequestFrequency,
)
from ..types.subscription_offer import SubscriptionOffer

__all__ = [
    "AsyncSubscriptionOffersResource",
    "AsyncSubscriptionOffersResourceWithRawResponse",
    "SubscriptionOffersResource",
    "SubscriptionOffersResourceWithRawResponse",
]


class SubscriptionOffersResource(SyncResource):
    """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        name: str,
        price: float,
        frequency: CreateSubscriptionOfferRequestFrequency | Literal["weekly", "monthly", "yearly"],
        subtitle: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        trial_period: int | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        redirect_back_url: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        is_file: bool | NotGiven = NOT_GIVEN,
        file: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        checkout_text: str | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_callback_url: bool | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        portal_text: str | NotGiven = NOT_GIVEN,
        privacy_policy: str | NotGiven = NOT_GIVEN,
        terms_of_service: str | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        thank_you_text: str | NotGiven = NOT_GIVEN,
        has_product_page: bool | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        design: dict[str, Any] | NotGiven = NOT_GIVEN,
        colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        page_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer: ...

    @overload
    def create(
        self,
        *,
        body: CreateSubscriptionOfferRequest,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer: ...

    def create(
        self,
        *,
        body: CreateSubscriptionOfferRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        frequency: (
            CreateSubscriptionOfferRequestFrequency
            | Literal["weekly", "monthly", "yearly"]
            | NotGiven
        ) = NOT_GIVEN,
        subtitle: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        trial_period: int | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        redirect_back_url: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        is_file: bool | NotGiven = NOT_GIVEN,
        file: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        checkout_text: str | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_callback_url: bool | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        portal_text: str | NotGiven = NOT_GIVEN,
        privacy_policy: str | NotGiven = NOT_GIVEN,
        terms_of_service: str | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        thank_you_text: str | NotGiven = NOT_GIVEN,
        has_product_page: bool | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        design: dict[str, Any] | NotGiven = NOT_GIVEN,
        colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        page_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer:
        """Create a subscription offer.

        Args:
            price: Recurring price in USD.
            trial_period: Trial duration in days.
            redirect_back_url: Return URL used by the customer billing portal.
            body: the whole request body as a ``CreateSubscriptionOfferRequest`` instead of the arguments above

        ``POST /subscriptions``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/subscriptions",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "price": price,
                        "frequency": frequency,
                        "subtitle": subtitle,
                        "description": description,
                        "trialPeriod": trial_period,
                        "published": published,
                        "redirectBackUrl": redirect_back_url,
                        "slug": slug,
                        "thumbnail": thumbnail,
                        "images": images,
                        "isFile": is_file,
                        "file": file,
                        "url": url,
                        "checkoutText": checkout_text,
                        "refundPolicy": refund_policy,
                        "callbackUrl": callback_url,
                        "hasCallbackUrl": has_callback_url,
                        "hasFirstName": has_first_name,
                        "hasLastName": has_last_name,
                        "portalText": portal_text,
                        "privacyPolicy": privacy_policy,
                        "termsOfService": terms_of_service,
                        "ctaText": cta_text,
                        "thankYouText": thank_you_text,
                        "hasProductPage": has_product_page,
                        "showSales": show_sales,
                        "showReviews": show_reviews,
                        "maxPrice": max_price,
                        "minPrice": min_price,
                        "design": design,
                        "colors": colors,
                        "pageStyle": page_style,
                        "checkoutStyle": checkout_style,
                        "checkoutColors": checkout_colors,
                    },
                    ("name", "price", "frequency"),
                ),
                **options,
            ),
            cast_to=SubscriptionOffer,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer:
        """Get a subscription offer.

        Args:
            id: Subscription offer ID.

        ``GET /subscriptions/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/subscriptions/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=SubscriptionOffer,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[SubscriptionOffer]:
        """List subscription offers.

        Subscription offers are the recurring products you sell (SDK `subscriptionOffers`), distinct from buyer subscriptions under `/orders/subscriptions`.

        ``GET /subscriptions``"""
        return _cast(
            list[SubscriptionOffer],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/subscriptions",
                    **options,
                ),
                cast_to=_cast(Any, list[SubscriptionOffer]),
            ),
        )


class AsyncSubscriptionOffersResource(AsyncResource):
    """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        name: str,
        price: float,
        frequency: CreateSubscriptionOfferRequestFrequency | Literal["weekly", "monthly", "yearly"],
        subtitle: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        trial_period: int | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        redirect_back_url: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        is_file: bool | NotGiven = NOT_GIVEN,
        file: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        checkout_text: str | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_callback_url: bool | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        portal_text: str | NotGiven = NOT_GIVEN,
        privacy_policy: str | NotGiven = NOT_GIVEN,
        terms_of_service: str | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        thank_you_text: str | NotGiven = NOT_GIVEN,
        has_product_page: bool | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        design: dict[str, Any] | NotGiven = NOT_GIVEN,
        colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        page_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer: ...

    @overload
    async def create(
        self,
        *,
        body: CreateSubscriptionOfferRequest,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer: ...

    async def create(
        self,
        *,
        body: CreateSubscriptionOfferRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        frequency: (
            CreateSubscriptionOfferRequestFrequency
            | Literal["weekly", "monthly", "yearly"]
            | NotGiven
        ) = NOT_GIVEN,
        subtitle: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        trial_period: int | NotGiven = NOT_GIVEN,
        published: bool | NotGiven = NOT_GIVEN,
        redirect_back_url: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        images: list[str] | NotGiven = NOT_GIVEN,
        is_file: bool | NotGiven = NOT_GIVEN,
        file: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        checkout_text: str | NotGiven = NOT_GIVEN,
        refund_policy: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        has_callback_url: bool | NotGiven = NOT_GIVEN,
        has_first_name: bool | NotGiven = NOT_GIVEN,
        has_last_name: bool | NotGiven = NOT_GIVEN,
        portal_text: str | NotGiven = NOT_GIVEN,
        privacy_policy: str | NotGiven = NOT_GIVEN,
        terms_of_service: str | NotGiven = NOT_GIVEN,
        cta_text: str | NotGiven = NOT_GIVEN,
        thank_you_text: str | NotGiven = NOT_GIVEN,
        has_product_page: bool | NotGiven = NOT_GIVEN,
        show_sales: bool | NotGiven = NOT_GIVEN,
        show_reviews: bool | NotGiven = NOT_GIVEN,
        max_price: float | NotGiven = NOT_GIVEN,
        min_price: float | NotGiven = NOT_GIVEN,
        design: dict[str, Any] | NotGiven = NOT_GIVEN,
        colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        page_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_style: dict[str, Any] | NotGiven = NOT_GIVEN,
        checkout_colors: dict[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer:
        """Create a subscription offer.

        Args:
            price: Recurring price in USD.
            trial_period: Trial duration in days.
            redirect_back_url: Return URL used by the customer billing portal.
            body: the whole request body as a ``CreateSubscriptionOfferRequest`` instead of the arguments above

        ``POST /subscriptions``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/subscriptions",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "price": price,
                        "frequency": frequency,
                        "subtitle": subtitle,
                        "description": description,
                        "trialPeriod": trial_period,
                        "published": published,
                        "redirectBackUrl": redirect_back_url,
                        "slug": slug,
                        "thumbnail": thumbnail,
                        "images": images,
                        "isFile": is_file,
                        "file": file,
                        "url": url,
                        "checkoutText": checkout_text,
                        "refundPolicy": refund_policy,
                        "callbackUrl": callback_url,
                        "hasCallbackUrl": has_callback_url,
                        "hasFirstName": has_first_name,
                        "hasLastName": has_last_name,
                        "portalText": portal_text,
                        "privacyPolicy": privacy_policy,
                        "termsOfService": terms_of_service,
                        "ctaText": cta_text,
                        "thankYouText": thank_you_text,
                        "hasProductPage": has_product_page,
                        "showSales": show_sales,
                        "showReviews": show_reviews,
                        "maxPrice": max_price,
                        "minPrice": min_price,
                        "design": design,
                        "colors": colors,
                        "pageStyle": page_style,
                        "checkoutStyle": checkout_style,
                        "checkoutColors": checkout_colors,
                    },
                    ("name", "price", "frequency"),
                ),
                **options,
            ),
            cast_to=SubscriptionOffer,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> SubscriptionOffer:
        """Get a subscription offer.

        Args:
            id: Subscription offer ID.

        ``GET /subscriptions/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/subscriptions/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=SubscriptionOffer,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[SubscriptionOffer]:
        """List subscription offers.

        Subscription offers are the recurring products you sell (SDK `subscriptionOffers`), distinct from buyer subscriptions under `/orders/subscriptions`.

        ``GET /subscriptions``"""
        return _cast(
            list[SubscriptionOffer],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/subscriptions",
                    **options,
                ),
                cast_to=_cast(Any, list[SubscriptionOffer]),
            ),
        )


class SubscriptionOffersResourceWithRawResponse:
    """The operations of ``SubscriptionOffersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: SubscriptionOffersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncSubscriptionOffersResourceWithRawResponse:
    """The operations of ``AsyncSubscriptionOffersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncSubscriptionOffersResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
