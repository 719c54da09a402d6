"""Typed Python client for the Constructs.

Start with ``Constructs()`` (or ``AsyncConstructs()``); every error it raises is a ``ConstructsError``.
"""

from ._client import AsyncConstructs, Constructs
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ConstructsError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._runtime._client import ClientHooks
from ._runtime._types import NOT_GIVEN, NotGiven
from ._version import API_VERSION, __version__

__all__ = [
    "API_VERSION",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncConstructs",
    "AuthenticationError",
    "BadRequestError",
    "ClientHooks",
    "ConflictError",
    "Constructs",
    "ConstructsError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
]
