"""Typed Python client for the Pocketsflow API.

Start with ``Pocketsflow()`` (or ``AsyncPocketsflow()``); every error it raises is a ``PocketsflowError``.
"""

from ._client import AsyncPocketsflow, Pocketsflow
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    PocketsflowError,
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
    "AsyncPocketsflow",
    "AuthenticationError",
    "BadRequestError",
    "ClientHooks",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "Pocketsflow",
    "PocketsflowError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
]
