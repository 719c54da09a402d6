"""Client for the Constructs (API version 1.2.3).

Credentials: ``credentials={'apiKeyCookie': ...}`` (a token) or ``CONSTRUCTS_APIKEYCOOKIE_TOKEN``; ``credentials={'apiKeyHeader': ...}`` (a token) or ``CONSTRUCTS_APIKEYHEADER_TOKEN``; ``credentials={'apiKeyQuery': ...}`` (a token) or ``CONSTRUCTS_APIKEYQUERY_TOKEN``; ``credentials={'basic': ...}`` (a ``(user, password)`` pair) or ``CONSTRUCTS_BASIC_USERNAME`` and ``CONSTRUCTS_BASIC_PASSWORD``; ``api_key=`` or ``CONSTRUCTS_API_KEY``; ``credentials={'oauth': ...}`` (a ``(client_id, client_secret)`` pair or an access token) or ``CONSTRUCTS_OAUTH_CLIENT_ID`` and ``CONSTRUCTS_OAUTH_CLIENT_SECRET``; ``credentials={'oidc': ...}`` (a token) or ``CONSTRUCTS_OIDC_TOKEN``.

The base URL comes from ``base_url=``, CONSTRUCTS_BASE_URL, or the API's server."""

from __future__ import annotations

from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from ._exceptions import ERROR_CLASSES
from ._runtime._auth import ApiKeyAuth, BasicAuth, BearerAuth, OAuth2ClientCredentials
from ._runtime._client import AsyncAPIClient, SyncAPIClient
from ._version import __version__

if TYPE_CHECKING:
    from .resources.events import (
        AsyncEventsResource,
        AsyncEventsResourceWithRawResponse,
        EventsResource,
        EventsResourceWithRawResponse,
    )
    from .resources.logs import (
        AsyncLogsResource,
        AsyncLogsResourceWithRawResponse,
        LogsResource,
        LogsResourceWithRawResponse,
    )
    from .resources.misc import (
        AsyncMiscResource,
        AsyncMiscResourceWithRawResponse,
        MiscResource,
        MiscResourceWithRawResponse,
    )
    from .resources.orders import (
        AsyncOrdersResource,
        AsyncOrdersResourceWithRawResponse,
        OrdersResource,
        OrdersResourceWithRawResponse,
    )
    from .resources.product_variants import (
        AsyncProductVariantsResource,
        AsyncProductVariantsResourceWithRawResponse,
        ProductVariantsResource,
        ProductVariantsResourceWithRawResponse,
    )
    from .resources.products import (
        AsyncProductsResource,
        AsyncProductsResourceWithRawResponse,
        ProductsResource,
        ProductsResourceWithRawResponse,
    )
    from .resources.things import (
        AsyncThingsResource,
        AsyncThingsResourceWithRawResponse,
        ThingsResource,
        ThingsResourceWithRawResponse,
    )
    from .resources.webhooks import (
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
        WebhooksResource,
        WebhooksResourceWithRawResponse,
    )
    from .types.multi_status_response_default import MultiStatusResponseDefault

__all__ = ["AsyncConstructs", "Constructs"]


class Constructs(SyncAPIClient):
    """Client for the Constructs (API version 1.2.3).

    Credentials: ``credentials={'apiKeyCookie': ...}`` (a token) or ``CONSTRUCTS_APIKEYCOOKIE_TOKEN``; ``credentials={'apiKeyHeader': ...}`` (a token) or ``CONSTRUCTS_APIKEYHEADER_TOKEN``; ``credentials={'apiKeyQuery': ...}`` (a token) or ``CONSTRUCTS_APIKEYQUERY_TOKEN``; ``credentials={'basic': ...}`` (a ``(user, password)`` pair) or ``CONSTRUCTS_BASIC_USERNAME`` and ``CONSTRUCTS_BASIC_PASSWORD``; ``api_key=`` or ``CONSTRUCTS_API_KEY``; ``credentials={'oauth': ...}`` (a ``(client_id, client_secret)`` pair or an access token) or ``CONSTRUCTS_OAUTH_CLIENT_ID`` and ``CONSTRUCTS_OAUTH_CLIENT_SECRET``; ``credentials={'oidc': ...}`` (a token) or ``CONSTRUCTS_OIDC_TOKEN``.

    The base URL comes from ``base_url=``, CONSTRUCTS_BASE_URL, or the API's server."""

    _default_base_url = "https://eu.example.com/v1"
    _env_base_url = "CONSTRUCTS_BASE_URL"
    _env_api_key = "CONSTRUCTS_API_KEY"
    _api_key_scheme = "bearer"
    _env_credentials = MappingProxyType(
        {
            "apiKeyCookie": "CONSTRUCTS_APIKEYCOOKIE_TOKEN",
            "apiKeyHeader": "CONSTRUCTS_APIKEYHEADER_TOKEN",
            "apiKeyQuery": "CONSTRUCTS_APIKEYQUERY_TOKEN",
            "basic": ("CONSTRUCTS_BASIC_USERNAME", "CONSTRUCTS_BASIC_PASSWORD"),
            "oauth": ("CONSTRUCTS_OAUTH_CLIENT_ID", "CONSTRUCTS_OAUTH_CLIENT_SECRET"),
            "oidc": "CONSTRUCTS_OIDC_TOKEN",
        }
    )
    _env_webhook_secret = "CONSTRUCTS_WEBHOOK_SECRET"
    _security_schemes = MappingProxyType(
        {
            "apiKeyCookie": ApiKeyAuth("cookie", "sid"),
            "apiKeyHeader": ApiKeyAuth("header", "X-API-Key"),
            "apiKeyQuery": ApiKeyAuth("query", "api_key"),
            "basic": BasicAuth(),
            "bearer": BearerAuth(),
            "oauth": OAuth2ClientCredentials(
                "https://auth.example.com/token", scopes=("read", "write")
            ),
            "oidc": BearerAuth(),
        }
    )
    _default_security = (("bearer",),)
    _error_classes = ERROR_CLASSES
    _logger_name = "constructs"
    _user_agent = "constructs-python/" + __version__

    def _default_error_type(self) -> type[MultiStatusResponseDefault]:
        """Error bodies' model, imported on first use: ``import`` of the package builds no model."""
        from .types.multi_status_response_default import MultiStatusResponseDefault

        return MultiStatusResponseDefault

    @cached_property
    def events(self) -> EventsResource:
        """Operations on events."""
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_property
    def logs(self) -> LogsResource:
        """Operations on logs."""
        from .resources.logs import LogsResource

        return LogsResource(self)

    @cached_property
    def misc(self) -> MiscResource:
        """Operations on misc."""
        from .resources.misc import MiscResource

        return MiscResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        """Operations on orders."""
        from .resources.orders import OrdersResource

        return OrdersResource(self)

    @cached_property
    def product_variants(self) -> ProductVariantsResource:
        """Operations on product variants."""
        from .resources.product_variants import ProductVariantsResource

        return ProductVariantsResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        """Things for sale."""
        from .resources.products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def things(self) -> ThingsResource:
        """Operations on things."""
        from .resources.things import ThingsResource

        return ThingsResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Operations on webhooks."""
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> ConstructsWithRawResponse:
        """The same operations, returning the raw response (status, headers, ``.parse()``)."""
        return ConstructsWithRawResponse(self)


class AsyncConstructs(AsyncAPIClient):
    """Client for the Constructs (API version 1.2.3).

    Credentials: ``credentials={'apiKeyCookie': ...}`` (a token) or ``CONSTRUCTS_APIKEYCOOKIE_TOKEN``; ``credentials={'apiKeyHeader': ...}`` (a token) or ``CONSTRUCTS_APIKEYHEADER_TOKEN``; ``credentials={'apiKeyQuery': ...}`` (a token) or ``CONSTRUCTS_APIKEYQUERY_TOKEN``; ``credentials={'basic': ...}`` (a ``(user, password)`` pair) or ``CONSTRUCTS_BASIC_USERNAME`` and ``CONSTRUCTS_BASIC_PASSWORD``; ``api_key=`` or ``CONSTRUCTS_API_KEY``; ``credentials={'oauth': ...}`` (a ``(client_id, client_secret)`` pair or an access token) or ``CONSTRUCTS_OAUTH_CLIENT_ID`` and ``CONSTRUCTS_OAUTH_CLIENT_SECRET``; ``credentials={'oidc': ...}`` (a token) or ``CONSTRUCTS_OIDC_TOKEN``.

    The base URL comes from ``base_url=``, CONSTRUCTS_BASE_URL, or the API's server."""

    _default_base_url = "https://eu.example.com/v1"
    _env_base_url = "CONSTRUCTS_BASE_URL"
    _env_api_key = "CONSTRUCTS_API_KEY"
    _api_key_scheme = "bearer"
    _env_credentials = MappingProxyType(
        {
            "apiKeyCookie": "CONSTRUCTS_APIKEYCOOKIE_TOKEN",
            "apiKeyHeader": "CONSTRUCTS_APIKEYHEADER_TOKEN",
            "apiKeyQuery": "CONSTRUCTS_APIKEYQUERY_TOKEN",
            "basic": ("CONSTRUCTS_BASIC_USERNAME", "CONSTRUCTS_BASIC_PASSWORD"),
            "oauth": ("CONSTRUCTS_OAUTH_CLIENT_ID", "CONSTRUCTS_OAUTH_CLIENT_SECRET"),
            "oidc": "CONSTRUCTS_OIDC_TOKEN",
        }
    )
    _env_webhook_secret = "CONSTRUCTS_WEBHOOK_SECRET"
    _security_schemes = MappingProxyType(
        {
            "apiKeyCookie": ApiKeyAuth("cookie", "sid"),
            "apiKeyHeader": ApiKeyAuth("header", "X-API-Key"),
            "apiKeyQuery": ApiKeyAuth("query", "api_key"),
            "basic": BasicAuth(),
            "bearer": BearerAuth(),
            "oauth": OAuth2ClientCredentials(
                "https://auth.example.com/token", scopes=("read", "write")
            ),
            "oidc": BearerAuth(),
        }
    )
    _default_security = (("bearer",),)
    _error_classes = ERROR_CLASSES
    _logger_name = "constructs"
    _user_agent = "constructs-python/" + __version__

    def _default_error_type(self) -> type[MultiStatusResponseDefault]:
        """Error bodies' model, imported on first use: ``import`` of the package builds no model."""
        from .types.multi_status_response_default import MultiStatusResponseDefault

        return MultiStatusResponseDefault

    @cached_property
    def events(self) -> AsyncEventsResource:
        """Operations on events."""
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def logs(self) -> AsyncLogsResource:
        """Operations on logs."""
        from .resources.logs import AsyncLogsResource

        return AsyncLogsResource(self)

    @cached_property
    def misc(self) -> AsyncMiscResource:
        """Operations on misc."""
        from .resources.misc import AsyncMiscResource

        return AsyncMiscResource(self)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Operations on orders."""
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self)

    @cached_property
    def product_variants(self) -> AsyncProductVariantsResource:
        """Operations on product variants."""
        from .resources.product_variants import AsyncProductVariantsResource

        return AsyncProductVariantsResource(self)

    @cached_property
    def products(self) -> AsyncProductsResource:
        """Things for sale."""
        from .resources.products import AsyncProductsResource

        return AsyncProductsResource(self)

    @cached_property
    def things(self) -> AsyncThingsResource:
        """Operations on things."""
        from .resources.things import AsyncThingsResource

        return AsyncThingsResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Operations on webhooks."""
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncConstructsWithRawResponse:
        """The same operations, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncConstructsWithRawResponse(self)


class ConstructsWithRawResponse:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``."""

    def __init__(self, client: Constructs) -> None:
        self._client = client

    @cached_property
    def events(self) -> EventsResourceWithRawResponse:
        from .resources.events import EventsResourceWithRawResponse

        return EventsResourceWithRawResponse(self._client.events)

    @cached_property
    def logs(self) -> LogsResourceWithRawResponse:
        from .resources.logs import LogsResourceWithRawResponse

        return LogsResourceWithRawResponse(self._client.logs)

    @cached_property
    def misc(self) -> MiscResourceWithRawResponse:
        from .resources.misc import MiscResourceWithRawResponse

        return MiscResourceWithRawResponse(self._client.misc)

    @cached_property
    def orders(self) -> OrdersResourceWithRawResponse:
        from .resources.orders import OrdersResourceWithRawResponse

        return OrdersResourceWithRawResponse(self._client.orders)

    @cached_property
    def product_variants(self) -> ProductVariantsResourceWithRawResponse:
        from .resources.product_variants import ProductVariantsResourceWithRawResponse

        return ProductVariantsResourceWithRawResponse(self._client.product_variants)

    @cached_property
    def products(self) -> ProductsResourceWithRawResponse:
        from .resources.products import ProductsResourceWithRawResponse

        return ProductsResourceWithRawResponse(self._client.products)

    @cached_property
    def things(self) -> ThingsResourceWithRawResponse:
        from .resources.things import ThingsResourceWithRawResponse

        return ThingsResourceWithRawResponse(self._client.things)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        from .resources.webhooks import WebhooksResourceWithRawResponse

        return WebhooksResourceWithRawResponse(self._client.webhooks)


class AsyncConstructsWithRawResponse:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``."""

    def __init__(self, client: AsyncConstructs) -> None:
        self._client = client

    @cached_property
    def events(self) -> AsyncEventsResourceWithRawResponse:
        from .resources.events import AsyncEventsResourceWithRawResponse

        return AsyncEventsResourceWithRawResponse(self._client.events)

    @cached_property
    def logs(self) -> AsyncLogsResourceWithRawResponse:
        from .resources.logs import AsyncLogsResourceWithRawResponse

        return AsyncLogsResourceWithRawResponse(self._client.logs)

    @cached_property
    def misc(self) -> AsyncMiscResourceWithRawResponse:
        from .resources.misc import AsyncMiscResourceWithRawResponse

        return AsyncMiscResourceWithRawResponse(self._client.misc)

    @cached_property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        from .resources.orders import AsyncOrdersResourceWithRawResponse

        return AsyncOrdersResourceWithRawResponse(self._client.orders)

    @cached_property
    def product_variants(self) -> AsyncProductVariantsResourceWithRawResponse:
        from .resources.product_variants import AsyncProductVariantsResourceWithRawResponse

        return AsyncProductVariantsResourceWithRawResponse(self._client.product_variants)

    @cached_property
    def products(self) -> AsyncProductsResourceWithRawResponse:
        from .resources.products import AsyncProductsResourceWithRawResponse

        return AsyncProductsResourceWithRawResponse(self._client.products)

    @cached_property
    def things(self) -> AsyncThingsResourceWithRawResponse:
        from .resources.things import AsyncThingsResourceWithRawResponse

        return AsyncThingsResourceWithRawResponse(self._client.things)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        from .resources.webhooks import AsyncWebhooksResourceWithRawResponse

        return AsyncWebhooksResourceWithRawResponse(self._client.webhooks)
