"""Per-call options and the base classes of generated resources.

Every generated method ends in ``**options: Unpack[CallOptions]``, so each call can override headers, query,
body fields, the timeout and the retry count without each method repeating five parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

import httpx

from ._types import NotGiven

if TYPE_CHECKING:
    from ._client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncResource",
    "CallOptions",
    "CallOptionsRenamedBoth",
    "CallOptionsRenamedRetries",
    "CallOptionsRenamedTimeout",
    "SyncResource",
    "plain_options",
]


class _ExtraOptions(TypedDict, total=False):
    extra_headers: Mapping[str, str | None] | None
    """Headers to add (a ``None`` value removes a header the client would send)."""
    extra_query: Mapping[str, object] | None
    """Query parameters to add."""
    extra_body: Mapping[str, object] | None
    """JSON body properties to add or override."""


class _Timeout(TypedDict, total=False):
    timeout: float | httpx.Timeout | None | NotGiven
    """Timeout for this call in seconds (``None`` for none)."""


class _Retries(TypedDict, total=False):
    max_retries: int | NotGiven
    """Retries for this call (default: the client's ``max_retries``)."""


class _RequestTimeout(TypedDict, total=False):
    request_timeout: float | httpx.Timeout | None | NotGiven
    """Timeout for this call in seconds (``None`` for none); ``timeout`` is a parameter of this operation."""


class _RequestRetries(TypedDict, total=False):
    request_max_retries: int | NotGiven
    """Retries for this call; ``max_retries`` is a parameter of this operation."""


class CallOptions(_ExtraOptions, _Timeout, _Retries, total=False):
    """Options every generated method accepts as keyword arguments."""


# An operation with a parameter of its own named ``timeout`` or ``max_retries`` keeps that name; its call
# option is the one renamed (``request_timeout``, ``request_max_retries``), and ``plain_options`` maps it back.


class CallOptionsRenamedTimeout(_ExtraOptions, _RequestTimeout, _Retries, total=False):
    """``CallOptions`` of a method whose own parameter is called ``timeout``."""


class CallOptionsRenamedRetries(_ExtraOptions, _Timeout, _RequestRetries, total=False):
    """``CallOptions`` of a method whose own parameter is called ``max_retries``."""


class CallOptionsRenamedBoth(_ExtraOptions, _RequestTimeout, _RequestRetries, total=False):
    """``CallOptions`` of a method whose own parameters are called ``timeout`` and ``max_retries``."""


_RENAMED = {"request_timeout": "timeout", "request_max_retries": "max_retries"}


def plain_options(
    options: CallOptionsRenamedTimeout | CallOptionsRenamedRetries | CallOptionsRenamedBoth,
) -> CallOptions:
    """The ``CallOptions`` a renamed set stands for."""
    plain: dict[str, object] = {_RENAMED.get(key, key): value for key, value in options.items()}
    return plain  # type: ignore[return-value]


class SyncResource:
    """A group of operations bound to a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    """A group of operations bound to an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
