"""Static runtime shared by every generated client (copied verbatim into ``<package>/_runtime``).

Imports only the standard library, httpx, pydantic v2 and typing_extensions. Generated modules
import from here; see each module's docstring for the hook it expects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._auth import (
        ApiKeyAuth,
        BasicAuth,
        BearerAuth,
        Credential,
        OAuth2ClientCredentials,
        SecurityRequirement,
        SecurityScheme,
    )
    from ._client import DEFAULT_TIMEOUT, AsyncAPIClient, RequestOptions, SyncAPIClient
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientError,
        ConflictError,
        ErrorClasses,
        InternalServerError,
        MissingCredentialsError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
        WebhookVerificationError,
    )
    from ._models import APIModel
    from ._pagination import AsyncPage, AsyncPaginator, Pagination, SyncPage
    from ._params import QueryParam
    from ._response import (
        APIResponse,
        async_to_raw_response_wrapper,
        to_raw_response_wrapper,
    )
    from ._retry import DEFAULT_MAX_RETRIES
    from ._types import NOT_GIVEN, FileTypes, NotGiven, NotGivenOr
    from ._webhooks import UnknownEvent, unwrap, verify_signature

# Loaded on first use: ``import <package>`` should not pay for modules (asyncio, pydantic's model machinery)
# that a program may never touch.
_WHERE: dict[str, str] = {
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIModel": "._models",
    "APIResponse": "._response",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "ApiKeyAuth": "._auth",
    "AsyncAPIClient": "._client",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BasicAuth": "._auth",
    "BearerAuth": "._auth",
    "ClientError": "._exceptions",
    "ConflictError": "._exceptions",
    "Credential": "._auth",
    "DEFAULT_MAX_RETRIES": "._retry",
    "DEFAULT_TIMEOUT": "._client",
    "ErrorClasses": "._exceptions",
    "FileTypes": "._types",
    "InternalServerError": "._exceptions",
    "MissingCredentialsError": "._exceptions",
    "NOT_GIVEN": "._types",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "NotGivenOr": "._types",
    "OAuth2ClientCredentials": "._auth",
    "Pagination": "._pagination",
    "PermissionDeniedError": "._exceptions",
    "QueryParam": "._params",
    "RateLimitError": "._exceptions",
    "RequestOptions": "._client",
    "SecurityRequirement": "._auth",
    "SecurityScheme": "._auth",
    "SyncAPIClient": "._client",
    "SyncPage": "._pagination",
    "UnknownEvent": "._webhooks",
    "UnprocessableEntityError": "._exceptions",
    "WebhookVerificationError": "._exceptions",
    "async_to_raw_response_wrapper": "._response",
    "to_raw_response_wrapper": "._response",
    "unwrap": "._webhooks",
    "verify_signature": "._webhooks",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIModel",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKeyAuth",
    "AsyncAPIClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "ClientError",
    "ConflictError",
    "Credential",
    "ErrorClasses",
    "FileTypes",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "NotGivenOr",
    "OAuth2ClientCredentials",
    "Pagination",
    "PermissionDeniedError",
    "QueryParam",
    "RateLimitError",
    "RequestOptions",
    "SecurityRequirement",
    "SecurityScheme",
    "SyncAPIClient",
    "SyncPage",
    "UnknownEvent",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
    "unwrap",
    "verify_signature",
]
