"""Client for the Pocketsflow API (API version 1.0.0).

Credentials: ``api_key=`` or ``POCKETSFLOW_API_KEY``.

The base URL comes from ``base_url=``, POCKETSFLOW_BASE_URL, or the API's server."""

from __future__ import annotations

from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from ._exceptions import ERROR_CLASSES
from ._runtime._auth import BearerAuth
from ._runtime._client import AsyncAPIClient, SyncAPIClient
from ._version import __version__

if TYPE_CHECKING:
    from .resources.checkout import (
        AsyncCheckoutResource,
        AsyncCheckoutResourceWithRawResponse,
        CheckoutResource,
        CheckoutResourceWithRawResponse,
    )
    from .resources.customers import (
        AsyncCustomersResource,
        AsyncCustomersResourceWithRawResponse,
        CustomersResource,
        CustomersResourceWithRawResponse,
    )
    from .resources.discounts import (
        AsyncDiscountsResource,
        AsyncDiscountsResourceWithRawResponse,
        DiscountsResource,
        DiscountsResourceWithRawResponse,
    )
    from .resources.images import (
        AsyncImagesResource,
        AsyncImagesResourceWithRawResponse,
        ImagesResource,
        ImagesResourceWithRawResponse,
    )
    from .resources.link_in_bio import (
        AsyncLinkInBioResource,
        AsyncLinkInBioResourceWithRawResponse,
        LinkInBioResource,
        LinkInBioResourceWithRawResponse,
    )
    from .resources.orders import (
        AsyncOrdersResource,
        AsyncOrdersResourceWithRawResponse,
        OrdersResource,
        OrdersResourceWithRawResponse,
    )
    from .resources.payments import (
        AsyncPaymentsResource,
        AsyncPaymentsResourceWithRawResponse,
        PaymentsResource,
        PaymentsResourceWithRawResponse,
    )
    from .resources.posts import (
        AsyncPostsResource,
        AsyncPostsResourceWithRawResponse,
        PostsResource,
        PostsResourceWithRawResponse,
    )
    from .resources.products import (
        AsyncProductsResource,
        AsyncProductsResourceWithRawResponse,
        ProductsResource,
        ProductsResourceWithRawResponse,
    )
    from .resources.refunds import (
        AsyncRefundsResource,
        AsyncRefundsResourceWithRawResponse,
        RefundsResource,
        RefundsResourceWithRawResponse,
    )
    from .resources.reviews import (
        AsyncReviewsResource,
        AsyncReviewsResourceWithRawResponse,
        ReviewsResource,
        ReviewsResourceWithRawResponse,
    )
    from .resources.subscribers import (
        AsyncSubscribersResource,
        AsyncSubscribersResourceWithRawResponse,
        SubscribersResource,
        SubscribersResourceWithRawResponse,
    )
    from .resources.subscription_offers import (
        AsyncSubscriptionOffersResource,
        AsyncSubscriptionOffersResourceWithRawResponse,
        SubscriptionOffersResource,
        SubscriptionOffersResourceWithRawResponse,
    )
    from .resources.subscriptions import (
        AsyncSubscriptionsResource,
        AsyncSubscriptionsResourceWithRawResponse,
        SubscriptionsResource,
        SubscriptionsResourceWithRawResponse,
    )
    from .resources.upsells import (
        AsyncUpsellsResource,
        AsyncUpsellsResourceWithRawResponse,
        UpsellsResource,
        UpsellsResourceWithRawResponse,
    )
    from .resources.users import (
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
        UsersResource,
        UsersResourceWithRawResponse,
    )
    from .resources.variants import (
        AsyncVariantsResource,
        AsyncVariantsResourceWithRawResponse,
        VariantsResource,
        VariantsResourceWithRawResponse,
    )
    from .resources.webhooks import (
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
        WebhooksResource,
        WebhooksResourceWithRawResponse,
    )
    from .types.error import Error

__all__ = ["AsyncPocketsflow", "Pocketsflow"]


class Pocketsflow(SyncAPIClient):
    """Client for the Pocketsflow API (API version 1.0.0).

    Credentials: ``api_key=`` or ``POCKETSFLOW_API_KEY``.

    The base URL comes from ``base_url=``, POCKETSFLOW_BASE_URL, or the API's server."""

    _default_base_url = "https://api.pocketsflow.com"
    _env_base_url = "POCKETSFLOW_BASE_URL"
    _env_api_key = "POCKETSFLOW_API_KEY"
    _api_key_scheme = "bearerAuth"
    _env_webhook_secret = "POCKETSFLOW_WEBHOOK_SECRET"
    _security_schemes = MappingProxyType({"bearerAuth": BearerAuth()})
    _default_security = (("bearerAuth",),)
    _error_classes = ERROR_CLASSES
    _logger_name = "pocketsflow"
    _user_agent = "pocketsflow-python/" + __version__

    def _default_error_type(self) -> type[Error]:
        """Error bodies' model, imported on first use: ``import`` of the package builds no model."""
        from .types.error import Error

        return Error

    @cached_property
    def checkout(self) -> CheckoutResource:
        """Create custom checkout sessions."""
        from .resources.checkout import CheckoutResource

        return CheckoutResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        """Access customer information and purchase history."""
        from .resources.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def discounts(self) -> DiscountsResource:
        """Create and manage discount codes and promotions."""
        from .resources.discounts import DiscountsResource

        return DiscountsResource(self)

    @cached_property
    def images(self) -> ImagesResource:
        """Upload and manage media assets. No endpoint is documented; all paths are guesses."""
        from .resources.images import ImagesResource

        return ImagesResource(self)

    @cached_property
    def link_in_bio(self) -> LinkInBioResource:
        """Programmatically manage your creator page. No endpoint is documented; all paths are guesses."""
        from .resources.link_in_bio import LinkInBioResource

        return LinkInBioResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        """View and manage orders across your account."""
        from .resources.orders import OrdersResource

        return OrdersResource(self)

    @cached_property
    def payments(self) -> PaymentsResource:
        """Payment records, used to reconcile subscription renewals."""
        from .resources.payments import PaymentsResource

        return PaymentsResource(self)

    @cached_property
    def posts(self) -> PostsResource:
        """Newsletter content (Posts & Subscribers). Only `POST /newsletters/send` is documented."""
        from .resources.posts import PostsResource

        return PostsResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        """Create, update, and manage your digital products and subscriptions."""
        from .resources.products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def refunds(self) -> RefundsResource:
        """Process customer refunds."""
        from .resources.refunds import RefundsResource

        return RefundsResource(self)

    @cached_property
    def reviews(self) -> ReviewsResource:
        """Access product reviews and ratings."""
        from .resources.reviews import ReviewsResource

        return ReviewsResource(self)

    @cached_property
    def subscribers(self) -> SubscribersResource:
        """Newsletter subscribers (Posts & Subscribers). No endpoint is documented; all paths are guesses."""
        from .resources.subscribers import SubscribersResource

        return SubscribersResource(self)

    @cached_property
    def subscription_offers(self) -> SubscriptionOffersResource:
        """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""
        from .resources.subscription_offers import SubscriptionOffersResource

        return SubscriptionOffersResource(self)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""
        from .resources.subscriptions import SubscriptionsResource

        return SubscriptionsResource(self)

    @cached_property
    def upsells(self) -> UpsellsResource:
        """Configure upsell offers for your products."""
        from .resources.upsells import UpsellsResource

        return UpsellsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """The authenticated account and its settings."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def variants(self) -> VariantsResource:
        """Priced variants of a product."""
        from .resources.variants import VariantsResource

        return VariantsResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Set up webhooks to receive real-time event notifications."""
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> PocketsflowWithRawResponse:
        """The same operations, returning the raw response (status, headers, ``.parse()``)."""
        return PocketsflowWithRawResponse(self)


class AsyncPocketsflow(AsyncAPIClient):
    """Client for the Pocketsflow API (API version 1.0.0).

    Credentials: ``api_key=`` or ``POCKETSFLOW_API_KEY``.

    The base URL comes from ``base_url=``, POCKETSFLOW_BASE_URL, or the API's server."""

    _default_base_url = "https://api.pocketsflow.com"
    _env_base_url = "POCKETSFLOW_BASE_URL"
    _env_api_key = "POCKETSFLOW_API_KEY"
    _api_key_scheme = "bearerAuth"
    _env_webhook_secret = "POCKETSFLOW_WEBHOOK_SECRET"
    _security_schemes = MappingProxyType({"bearerAuth": BearerAuth()})
    _default_security = (("bearerAuth",),)
    _error_classes = ERROR_CLASSES
    _logger_name = "pocketsflow"
    _user_agent = "pocketsflow-python/" + __version__

    def _default_error_type(self) -> type[Error]:
        """Error bodies' model, imported on first use: ``import`` of the package builds no model."""
        from .types.error import Error

        return Error

    @cached_property
    def checkout(self) -> AsyncCheckoutResource:
        """Create custom checkout sessions."""
        from .resources.checkout import AsyncCheckoutResource

        return AsyncCheckoutResource(self)

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        """Access customer information and purchase history."""
        from .resources.customers import AsyncCustomersResource

        return AsyncCustomersResource(self)

    @cached_property
    def discounts(self) -> AsyncDiscountsResource:
        """Create and manage discount codes and promotions."""
        from .resources.discounts import AsyncDiscountsResource

        return AsyncDiscountsResource(self)

    @cached_property
    def images(self) -> AsyncImagesResource:
        """Upload and manage media assets. No endpoint is documented; all paths are guesses."""
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self)

    @cached_property
    def link_in_bio(self) -> AsyncLinkInBioResource:
        """Programmatically manage your creator page. No endpoint is documented; all paths are guesses."""
        from .resources.link_in_bio import AsyncLinkInBioResource

        return AsyncLinkInBioResource(self)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """View and manage orders across your account."""
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self)

    @cached_property
    def payments(self) -> AsyncPaymentsResource:
        """Payment records, used to reconcile subscription renewals."""
        from .resources.payments import AsyncPaymentsResource

        return AsyncPaymentsResource(self)

    @cached_property
    def posts(self) -> AsyncPostsResource:
        """Newsletter content (Posts & Subscribers). Only `POST /newsletters/send` is documented."""
        from .resources.posts import AsyncPostsResource

        return AsyncPostsResource(self)

    @cached_property
    def products(self) -> AsyncProductsResource:
        """Create, update, and manage your digital products and subscriptions."""
        from .resources.products import AsyncProductsResource

        return AsyncProductsResource(self)

    @cached_property
    def refunds(self) -> AsyncRefundsResource:
        """Process customer refunds."""
        from .resources.refunds import AsyncRefundsResource

        return AsyncRefundsResource(self)

    @cached_property
    def reviews(self) -> AsyncReviewsResource:
        """Access product reviews and ratings."""
        from .resources.reviews import AsyncReviewsResource

        return AsyncReviewsResource(self)

    @cached_property
    def subscribers(self) -> AsyncSubscribersResource:
        """Newsletter subscribers (Posts & Subscribers). No endpoint is documented; all paths are guesses."""
        from .resources.subscribers import AsyncSubscribersResource

        return AsyncSubscribersResource(self)

    @cached_property
    def subscription_offers(self) -> AsyncSubscriptionOffersResource:
        """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""
        from .resources.subscription_offers import AsyncSubscriptionOffersResource

        return AsyncSubscriptionOffersResource(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""
        from .resources.subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self)

    @cached_property
    def upsells(self) -> AsyncUpsellsResource:
        """Configure upsell offers for your products."""
        from .resources.upsells import AsyncUpsellsResource

        return AsyncUpsellsResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """The authenticated account and its settings."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def variants(self) -> AsyncVariantsResource:
        """Priced variants of a product."""
        from .resources.variants import AsyncVariantsResource

        return AsyncVariantsResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Set up webhooks to receive real-time event notifications."""
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncPocketsflowWithRawResponse:
        """The same operations, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncPocketsflowWithRawResponse(self)


class PocketsflowWithRawResponse:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``."""

    def __init__(self, client: Pocketsflow) -> None:
        self._client = client

    @cached_property
    def checkout(self) -> CheckoutResourceWithRawResponse:
        from .resources.checkout import CheckoutResourceWithRawResponse

        return CheckoutResourceWithRawResponse(self._client.checkout)

    @cached_property
    def customers(self) -> CustomersResourceWithRawResponse:
        from .resources.customers import CustomersResourceWithRawResponse

        return CustomersResourceWithRawResponse(self._client.customers)

    @cached_property
    def discounts(self) -> DiscountsResourceWithRawResponse:
        from .resources.discounts import DiscountsResourceWithRawResponse

        return DiscountsResourceWithRawResponse(self._client.discounts)

    @cached_property
    def images(self) -> ImagesResourceWithRawResponse:
        from .resources.images import ImagesResourceWithRawResponse

        return ImagesResourceWithRawResponse(self._client.images)

    @cached_property
    def link_in_bio(self) -> LinkInBioResourceWithRawResponse:
        from .resources.link_in_bio import LinkInBioResourceWithRawResponse

        return LinkInBioResourceWithRawResponse(self._client.link_in_bio)

    @cached_property
    def orders(self) -> OrdersResourceWithRawResponse:
        from .resources.orders import OrdersResourceWithRawResponse

        return OrdersResourceWithRawResponse(self._client.orders)

    @cached_property
    def payments(self) -> PaymentsResourceWithRawResponse:
        from .resources.payments import PaymentsResourceWithRawResponse

        return PaymentsResourceWithRawResponse(self._client.payments)

    @cached_property
    def posts(self) -> PostsResourceWithRawResponse:
        from .resources.posts import PostsResourceWithRawResponse

        return PostsResourceWithRawResponse(self._client.posts)

    @cached_property
    def products(self) -> ProductsResourceWithRawResponse:
        from .resources.products import ProductsResourceWithRawResponse

        return ProductsResourceWithRawResponse(self._client.products)

    @cached_property
    def refunds(self) -> RefundsResourceWithRawResponse:
        from .resources.refunds import RefundsResourceWithRawResponse

        return RefundsResourceWithRawResponse(self._client.refunds)

    @cached_property
    def reviews(self) -> ReviewsResourceWithRawResponse:
        from .resources.reviews import ReviewsResourceWithRawResponse

        return ReviewsResourceWithRawResponse(self._client.reviews)

    @cached_property
    def subscribers(self) -> SubscribersResourceWithRawResponse:
        from .resources.subscribers import SubscribersResourceWithRawResponse

        return SubscribersResourceWithRawResponse(self._client.subscribers)

    @cached_property
    def subscription_offers(self) -> SubscriptionOffersResourceWithRawResponse:
        from .resources.subscription_offers import SubscriptionOffersResourceWithRawResponse

        return SubscriptionOffersResourceWithRawResponse(self._client.subscription_offers)

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithRawResponse:
        from .resources.subscriptions import SubscriptionsResourceWithRawResponse

        return SubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def upsells(self) -> UpsellsResourceWithRawResponse:
        from .resources.upsells import UpsellsResourceWithRawResponse

        return UpsellsResourceWithRawResponse(self._client.upsells)

    @cached_property
    def users(self) -> UsersResourceWithRawResponse:
        from .resources.users import UsersResourceWithRawResponse

        return UsersResourceWithRawResponse(self._client.users)

    @cached_property
    def variants(self) -> VariantsResourceWithRawResponse:
        from .resources.variants import VariantsResourceWithRawResponse

        return VariantsResourceWithRawResponse(self._client.variants)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        from .resources.webhooks import WebhooksResourceWithRawResponse

        return WebhooksResourceWithRawResponse(self._client.webhooks)


class AsyncPocketsflowWithRawResponse:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``."""

    def __init__(self, client: AsyncPocketsflow) -> None:
        self._client = client

    @cached_property
    def checkout(self) -> AsyncCheckoutResourceWithRawResponse:
        from .resources.checkout import AsyncCheckoutResourceWithRawResponse

        return AsyncCheckoutResourceWithRawResponse(self._client.checkout)

    @cached_property
    def customers(self) -> AsyncCustomersResourceWithRawResponse:
        from .resources.customers import AsyncCustomersResourceWithRawResponse

        return AsyncCustomersResourceWithRawResponse(self._client.customers)

    @cached_property
    def discounts(self) -> AsyncDiscountsResourceWithRawResponse:
        from .resources.discounts import AsyncDiscountsResourceWithRawResponse

        return AsyncDiscountsResourceWithRawResponse(self._client.discounts)

    @cached_property
    def images(self) -> AsyncImagesResourceWithRawResponse:
        from .resources.images import AsyncImagesResourceWithRawResponse

        return AsyncImagesResourceWithRawResponse(self._client.images)

    @cached_property
    def link_in_bio(self) -> AsyncLinkInBioResourceWithRawResponse:
        from .resources.link_in_bio import AsyncLinkInBioResourceWithRawResponse

        return AsyncLinkInBioResourceWithRawResponse(self._client.link_in_bio)

    @cached_property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        from .resources.orders import AsyncOrdersResourceWithRawResponse

        return AsyncOrdersResourceWithRawResponse(self._client.orders)

    @cached_property
    def payments(self) -> AsyncPaymentsResourceWithRawResponse:
        from .resources.payments import AsyncPaymentsResourceWithRawResponse

        return AsyncPaymentsResourceWithRawResponse(self._client.payments)

    @cached_property
    def posts(self) -> AsyncPostsResourceWithRawResponse:
        from .resources.posts import AsyncPostsResourceWithRawResponse

        return AsyncPostsResourceWithRawResponse(self._client.posts)

    @cached_property
    def products(self) -> AsyncProductsResourceWithRawResponse:
        from .resources.products import AsyncProductsResourceWithRawResponse

        return AsyncProductsResourceWithRawResponse(self._client.products)

    @cached_property
    def refunds(self) -> AsyncRefundsResourceWithRawResponse:
        from .resources.refunds import AsyncRefundsResourceWithRawResponse

        return AsyncRefundsResourceWithRawResponse(self._client.refunds)

    @cached_property
    def reviews(self) -> AsyncReviewsResourceWithRawResponse:
        from .resources.reviews import AsyncReviewsResourceWithRawResponse

        return AsyncReviewsResourceWithRawResponse(self._client.reviews)

    @cached_property
    def subscribers(self) -> AsyncSubscribersResourceWithRawResponse:
        from .resources.subscribers import AsyncSubscribersResourceWithRawResponse

        return AsyncSubscribersResourceWithRawResponse(self._client.subscribers)

    @cached_property
    def subscription_offers(self) -> AsyncSubscriptionOffersResourceWithRawResponse:
        from .resources.subscription_offers import AsyncSubscriptionOffersResourceWithRawResponse

        return AsyncSubscriptionOffersResourceWithRawResponse(self._client.subscription_offers)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithRawResponse:
        from .resources.subscriptions import AsyncSubscriptionsResourceWithRawResponse

        return AsyncSubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def upsells(self) -> AsyncUpsellsResourceWithRawResponse:
        from .resources.upsells import AsyncUpsellsResourceWithRawResponse

        return AsyncUpsellsResourceWithRawResponse(self._client.upsells)

    @cached_property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        from .resources.users import AsyncUsersResourceWithRawResponse

        return AsyncUsersResourceWithRawResponse(self._client.users)

    @cached_property
    def variants(self) -> AsyncVariantsResourceWithRawResponse:
        from .resources.variants import AsyncVariantsResourceWithRawResponse

        return AsyncVariantsResourceWithRawResponse(self._client.variants)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        from .resources.webhooks import AsyncWebhooksResourceWithRawResponse

        return AsyncWebhooksResourceWithRawResponse(self._client.webhooks)
