"""Typed Python client for the Features API.

Start with ``Features()`` (or ``AsyncFeatures()``); every error it raises is a ``FeaturesError``.
"""

from ._client import AsyncFeatures, Features
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FeaturesError,
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
    "AsyncFeatures",
    "AuthenticationError",
    "BadRequestError",
    "ClientHooks",
    "ConflictError",
    "Features",
    "FeaturesError",
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
