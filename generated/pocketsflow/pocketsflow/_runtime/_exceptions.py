"""The error tree raised by the client runtime, and the hook that renames it per package.

Runtime tree (all static)::

    ClientError
    +-- MissingCredentialsError
    +-- WebhookVerificationError
    +-- APIError                      (message, request, body)
        +-- APIConnectionError
        |   +-- APITimeoutError
        +-- APIResponseValidationError
        +-- APIStatusError            (status_code, headers, request_id, body_text, body)
            +-- BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
                NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
                RateLimitError 429, InternalServerError >= 500

Naming per client (e.g. ``PocketsflowError`` as the root): the generated ``_exceptions.py``
declares one subclass per runtime class, inheriting from its generated parent *and* the runtime
class, and hands them to :meth:`ErrorClasses.collect`::

    from ._runtime import _exceptions as _rt

    class PocketsflowError(_rt.ClientError): ...
    class MissingCredentialsError(PocketsflowError, _rt.MissingCredentialsError): ...
    class WebhookVerificationError(PocketsflowError, _rt.WebhookVerificationError): ...
    class APIError(PocketsflowError, _rt.APIError): ...
    class APIConnectionError(APIError, _rt.APIConnectionError): ...
    class APITimeoutError(APIConnectionError, _rt.APITimeoutError): ...
    class APIResponseValidationError(APIError, _rt.APIResponseValidationError): ...
    class APIStatusError(APIError, _rt.APIStatusError): ...
    class BadRequestError(APIStatusError, _rt.BadRequestError): ...
    ...  # one line per status class
    ERROR_CLASSES = _rt.ErrorClasses.collect(PocketsflowError, MissingCredentialsError, ...)

and the generated client sets ``_error_classes = ERROR_CLASSES``. The runtime only ever raises
``self._error_classes.get(<runtime class>)(...)``, so every error the client raises is an
instance of the generated class: ``except pocketsflow.NotFoundError`` and
``except pocketsflow.PocketsflowError`` both work, as does ``except <pkg>._runtime.NotFoundError``.
``collect`` checks the tree at import time (every runtime class covered, all under one root).
Without the hook the runtime classes themselves are raised.

Messages and reprs never contain credentials: status errors name the method and the URL path
(no query string, which may carry an API key) plus the server's message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

__all__ = [
    "RUNTIME_ERROR_CLASSES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ErrorClasses",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "status_error_class",
]

_E = TypeVar("_E", bound="ClientError")

# Header names servers commonly use for a request/trace id, in lookup order.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


class ClientError(Exception):
    """Root of every error the client runtime raises."""


class MissingCredentialsError(ClientError):
    """No configured credentials satisfy the operation's security requirement."""

    def __init__(self, message: str, *, schemes: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.schemes = schemes


class WebhookVerificationError(ClientError):
    """A webhook payload failed signature verification or could not be parsed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIError(ClientError):
    """A request was made and failed (connection, timeout, bad status or bad payload)."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request=request, message=message)


class APIResponseValidationError(APIError):
    """The response body does not match the declared schema."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx/5xx status.

    ``body`` is the error body parsed into the declared error model when one is declared and
    matches, otherwise the decoded JSON, otherwise the text. ``body_text`` is the raw text.
    """

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    body_text: str

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = _request_id(response.headers)
        self.body_text = response.text


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


RUNTIME_ERROR_CLASSES: tuple[type[ClientError], ...] = (
    ClientError,
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
_RUNTIME_SET = frozenset(RUNTIME_ERROR_CLASSES)

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The runtime class for an error status (before per-package renaming)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


@dataclass(frozen=True)
class ErrorClasses:
    """Maps each runtime error class to the class actually raised (a generated subclass)."""

    mapping: Mapping[type[ClientError], type[ClientError]]

    def get(self, cls: type[_E]) -> type[_E]:
        found = self.mapping.get(cls)
        return found if found is not None else cls  # type: ignore[return-value]

    def for_status(self, status_code: int) -> type[APIStatusError]:
        return self.get(status_error_class(status_code))

    @classmethod
    def collect(cls, *classes: type[ClientError], require_all: bool = True) -> ErrorClasses:
        """Build the mapping from generated subclasses (each mapped to its nearest runtime base).

        Raises ``TypeError`` at import time when the generated tree is inconsistent: a class
        that does not derive from a runtime class, two classes for one runtime class, a runtime
        class left out (with ``require_all``), or a class not under the generated root.
        """
        mapping: dict[type[ClientError], type[ClientError]] = {}
        for generated in classes:
            base = next((b for b in generated.__mro__ if b in _RUNTIME_SET), None)
            if base is None:  # pragma: no cover - the annotation already forbids it
                raise TypeError(f"{generated.__name__} does not derive from a runtime error class")
            if base in mapping:
                raise TypeError(
                    f"{generated.__name__} and {mapping[base].__name__} both map to {base.__name__}"
                )
            mapping[base] = generated
        if require_all:
            missing = [c.__name__ for c in RUNTIME_ERROR_CLASSES if c not in mapping]
            if missing:
                raise TypeError(f"missing generated error classes for: {', '.join(missing)}")
        root = mapping.get(ClientError)
        if root is not None:
            stray = [c.__name__ for c in mapping.values() if not issubclass(c, root)]
            if stray:
                raise TypeError(f"not derived from {root.__name__}: {', '.join(stray)}")
        return cls(mapping)


DEFAULT_ERROR_CLASSES = ErrorClasses({})


def error_message(response: httpx.Response, body: Any) -> str:
    """``"404 Not Found for GET /orders/x: Order not found"``: no query string, no headers."""
    request = response.request
    reason = response.reason_phrase or "Error"
    text = f"{response.status_code} {reason} for {request.method} {request.url.path}"
    detail = _detail(body)
    return f"{text}: {detail}" if detail else text


def _detail(body: Any) -> str | None:
    if isinstance(body, Mapping):
        for key in ("message", "error", "detail", "error_description", "title"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, Mapping):
                nested = _detail(value)
                if nested:
                    return nested
        return None
    for attr in ("message", "error", "detail"):
        value = getattr(body, attr, None)
        if isinstance(value, str) and value:
            return value
    if isinstance(body, str) and body and len(body) <= 500:
        return body
    return None
