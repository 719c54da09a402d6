"""Static runtime shared by every generated client (copied verbatim into ``<package>/_runtime``).

Imports only the standard library, httpx, pydantic v2 and typing_extensions. Generated modules
import from here; see each module's docstring for the hook it expects.
"""

from __future__ import annotations

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
from ._response import APIResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ._retry import DEFAULT_MAX_RETRIES
from ._types import NOT_GIVEN, FileTypes, NotGiven, NotGivenOr
from ._webhooks import UnknownEvent, unwrap, verify_signature

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
