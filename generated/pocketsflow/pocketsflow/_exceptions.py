"""Errors raised by this client.

Every error is a ``PocketsflowError``. HTTP errors are ``APIStatusError`` subclasses by status (``NotFoundError``
for 404, ``RateLimitError`` for 429, ``InternalServerError`` for 5xx, ...) carrying ``status_code``, ``headers``,
``request_id``, the raw body text and the body parsed into the API's error model when it declares one.
"""

from __future__ import annotations

from ._runtime import _exceptions as _rt

__all__ = [
    "ERROR_CLASSES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "PocketsflowError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


class PocketsflowError(_rt.ClientError):
    """Base class of every error this client raises."""


class MissingCredentialsError(PocketsflowError, _rt.MissingCredentialsError):
    """No credentials were configured for an operation that needs them."""


class WebhookVerificationError(PocketsflowError, _rt.WebhookVerificationError):
    """A webhook delivery's signature is missing or wrong, or its payload cannot be parsed."""


class APIError(PocketsflowError, _rt.APIError):
    """A request failed: no response, a bad response, or an error status."""


class APIConnectionError(APIError, _rt.APIConnectionError):
    """The API could not be reached."""


class APITimeoutError(APIConnectionError, _rt.APITimeoutError):
    """The request timed out."""


class APIResponseValidationError(APIError, _rt.APIResponseValidationError):
    """A response body did not match the schema the API declares."""


class APIStatusError(APIError, _rt.APIStatusError):
    """The API answered with an error status."""


class BadRequestError(APIStatusError, _rt.BadRequestError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError, _rt.AuthenticationError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError, _rt.PermissionDeniedError):
    """403 Forbidden."""


class NotFoundError(APIStatusError, _rt.NotFoundError):
    """404 Not Found."""


class ConflictError(APIStatusError, _rt.ConflictError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError, _rt.UnprocessableEntityError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError, _rt.RateLimitError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError, _rt.InternalServerError):
    """5xx: the API failed."""


ERROR_CLASSES = _rt.ErrorClasses.collect(
    PocketsflowError,
    MissingCredentialsError,
    WebhookVerificationError,
    APIError,
    APIConnectionError,
    APITimeoutError,
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
)
