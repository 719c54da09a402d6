"""Client for the Features API (API version 2.1.0).

Credentials: ``credentials={'basic': ...}`` (a ``(user, password)`` pair) or ``FEATURES_BASIC_USERNAME`` and ``FEATURES_BASIC_PASSWORD``; ``api_key=`` or ``FEATURES_API_KEY``; ``credentials={'cookieKey': ...}`` (a token) or ``FEATURES_COOKIEKEY_TOKEN``; ``credentials={'headerKey': ...}`` (a token) or ``FEATURES_HEADERKEY_TOKEN``; ``credentials={'oauth': ...}`` (a ``(client_id, client_secret)`` pair or an access token) or ``FEATURES_OAUTH_CLIENT_ID`` and ``FEATURES_OAUTH_CLIENT_SECRET``; ``credentials={'queryKey': ...}`` (a token) or ``FEATURES_QUERYKEY_TOKEN``.

The base URL comes from ``base_url=``, FEATURES_BASE_URL, or the API's server."""

from __future__ import annotations

from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from ._exceptions import ERROR_CLASSES
from ._runtime._auth import ApiKeyAuth, BasicAuth, BearerAuth, OAuth2ClientCredentials
from ._runtime._client import AsyncAPIClient, SyncAPIClient
from ._version import __version__

if TYPE_CHECKING:
    from .resources.auth_variants import (
        AsyncAuthVariantsResource,
        AsyncAuthVariantsResourceWithRawResponse,
        AuthVariantsResource,
        AuthVariantsResourceWithRawResponse,
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
    from .types.problem import Problem

__all__ = ["AsyncFeatures", "Features"]


class Features(SyncAPIClient):
    """Client for the Features API (API version 2.1.0).

    Credentials: ``credentials={'basic': ...}`` (a ``(user, password)`` pair) or ``FEATURES_BASIC_USERNAME`` and ``FEATURES_BASIC_PASSWORD``; ``api_key=`` or ``FEATURES_API_KEY``; ``credentials={'cookieKey': ...}`` (a token) or ``FEATURES_COOKIEKEY_TOKEN``; ``credentials={'headerKey': ...}`` (a token) or ``FEATURES_HEADERKEY_TOKEN``; ``credentials={'oauth': ...}`` (a ``(client_id, client_secret)`` pair or an access token) or ``FEATURES_OAUTH_CLIENT_ID`` and ``FEATURES_OAUTH_CLIENT_SECRET``; ``credentials={'queryKey': ...}`` (a token) or ``FEATURES_QUERYKEY_TOKEN``.

    The base URL comes from ``base_url=``, FEATURES_BASE_URL, or the API's server."""

    _default_base_url = "https://eu.features.example/v1"
    _env_base_url = "FEATURES_BASE_URL"
    _env_api_key = "FEATURES_API_KEY"
    _api_key_scheme = "bearer"
    _env_credentials = MappingProxyType(
        {
            "basic": ("FEATURES_BASIC_USERNAME", "FEATURES_BASIC_PASSWORD"),
            "cookieKey": "FEATURES_COOKIEKEY_TOKEN",
            "headerKey": "FEATURES_HEADERKEY_TOKEN",
            "oauth": ("FEATURES_OAUTH_CLIENT_ID", "FEATURES_OAUTH_CLIENT_SECRET"),
            "queryKey": "FEATURES_QUERYKEY_TOKEN",
        }
    )
    _env_webhook_secret = "FEATURES_WEBHOOK_SECRET"
    _security_schemes = MappingProxyType(
        {
            "basic": BasicAuth(),
            "bearer": BearerAuth(),
            "cookieKey": ApiKeyAuth("cookie", "sid"),
            "headerKey": ApiKeyAuth("header", "X-API-Key"),
            "oauth": OAuth2ClientCredentials(
                "https://auth.features.example/token", scopes=("things:read",)
            ),
            "queryKey": ApiKeyAuth("query", "api_key"),
        }
    )
    _default_security = (("bearer",),)
    _error_classes = ERROR_CLASSES
    _logger_name = "features"
    _user_agent = "features-python/" + __version__

    def _default_error_type(self) -> type[Problem]:
        """Error bodies' model, imported on first use: ``import`` of the package builds no model."""
        from .types.problem import Problem

        return Problem

    @cached_property
    def auth_variants(self) -> AuthVariantsResource:
        """One operation per security scheme."""
        from .resources.auth_variants import AuthVariantsResource

        return AuthVariantsResource(self)

    @cached_property
    def things(self) -> ThingsResource:
        """Things you can list, fetch, create and upload."""
        from .resources.things import ThingsResource

        return ThingsResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Operations on webhooks."""
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> FeaturesWithRawResponse:
        """The same operations, returning the raw response (status, headers, ``.parse()``)."""
        return FeaturesWithRawResponse(self)


class AsyncFeatures(AsyncAPIClient):
    """Client for the Features API (API version 2.1.0).

    Credentials: ``credentials={'basic': ...}`` (a ``(user, password)`` pair) or ``FEATURES_BASIC_USERNAME`` and ``FEATURES_BASIC_PASSWORD``; ``api_key=`` or ``FEATURES_API_KEY``; ``credentials={'cookieKey': ...}`` (a token) or ``FEATURES_COOKIEKEY_TOKEN``; ``credentials={'headerKey': ...}`` (a token) or ``FEATURES_HEADERKEY_TOKEN``; ``credentials={'oauth': ...}`` (a ``(client_id, client_secret)`` pair or an access token) or ``FEATURES_OAUTH_CLIENT_ID`` and ``FEATURES_OAUTH_CLIENT_SECRET``; ``credentials={'queryKey': ...}`` (a token) or ``FEATURES_QUERYKEY_TOKEN``.

    The base URL comes from ``base_url=``, FEATURES_BASE_URL, or the API's server."""

    _default_base_url = "https://eu.features.example/v1"
    _env_base_url = "FEATURES_BASE_URL"
    _env_api_key = "FEATURES_API_KEY"
    _api_key_scheme = "bearer"
    _env_credentials = MappingProxyType(
        {
            "basic": ("FEATURES_BASIC_USERNAME", "FEATURES_BASIC_PASSWORD"),
            "cookieKey": "FEATURES_COOKIEKEY_TOKEN",
            "headerKey": "FEATURES_HEADERKEY_TOKEN",
            "oauth": ("FEATURES_OAUTH_CLIENT_ID", "FEATURES_OAUTH_CLIENT_SECRET"),
            "queryKey": "FEATURES_QUERYKEY_TOKEN",
        }
    )
    _env_webhook_secret = "FEATURES_WEBHOOK_SECRET"
    _security_schemes = MappingProxyType(
        {
            "basic": BasicAuth(),
            "bearer": BearerAuth(),
            "cookieKey": ApiKeyAuth("cookie", "sid"),
            "headerKey": ApiKeyAuth("header", "X-API-Key"),
            "oauth": OAuth2ClientCredentials(
                "https://auth.features.example/token", scopes=("things:read",)
            ),
            "queryKey": ApiKeyAuth("query", "api_key"),
        }
    )
    _default_security = (("bearer",),)
    _error_classes = ERROR_CLASSES
    _logger_name = "features"
    _user_agent = "features-python/" + __version__

    def _default_error_type(self) -> type[Problem]:
        """Error bodies' model, imported on first use: ``import`` of the package builds no model."""
        from .types.problem import Problem

        return Problem

    @cached_property
    def auth_variants(self) -> AsyncAuthVariantsResource:
        """One operation per security scheme."""
        from .resources.auth_variants import AsyncAuthVariantsResource

        return AsyncAuthVariantsResource(self)

    @cached_property
    def things(self) -> AsyncThingsResource:
        """Things you can list, fetch, create and upload."""
        from .resources.things import AsyncThingsResource

        return AsyncThingsResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Operations on webhooks."""
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncFeaturesWithRawResponse:
        """The same operations, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncFeaturesWithRawResponse(self)


class FeaturesWithRawResponse:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``."""

    def __init__(self, client: Features) -> None:
        self._client = client

    @cached_property
    def auth_variants(self) -> AuthVariantsResourceWithRawResponse:
        from .resources.auth_variants import AuthVariantsResourceWithRawResponse

        return AuthVariantsResourceWithRawResponse(self._client.auth_variants)

    @cached_property
    def things(self) -> ThingsResourceWithRawResponse:
        from .resources.things import ThingsResourceWithRawResponse

        return ThingsResourceWithRawResponse(self._client.things)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        from .resources.webhooks import WebhooksResourceWithRawResponse

        return WebhooksResourceWithRawResponse(self._client.webhooks)


class AsyncFeaturesWithRawResponse:
    """``client.with_raw_response.<resource>.<method>(...)`` returns an ``APIResponse``."""

    def __init__(self, client: AsyncFeatures) -> None:
        self._client = client

    @cached_property
    def auth_variants(self) -> AsyncAuthVariantsResourceWithRawResponse:
        from .resources.auth_variants import AsyncAuthVariantsResourceWithRawResponse

        return AsyncAuthVariantsResourceWithRawResponse(self._client.auth_variants)

    @cached_property
    def things(self) -> AsyncThingsResourceWithRawResponse:
        from .resources.things import AsyncThingsResourceWithRawResponse

        return AsyncThingsResourceWithRawResponse(self._client.things)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        from .resources.webhooks import AsyncWebhooksResourceWithRawResponse

        return AsyncWebhooksResourceWithRawResponse(self._client.webhooks)
