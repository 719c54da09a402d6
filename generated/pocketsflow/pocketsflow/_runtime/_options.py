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

__all__ = ["AsyncResource", "CallOptions", "SyncResource"]


class CallOptions(TypedDict, total=False):
    """Options every generated method accepts as keyword arguments."""

    extra_headers: Mapping[str, str | None] | None
    """Headers to add (a ``None`` value removes a header the client would send)."""
    extra_query: Mapping[str, object] | None
    """Query parameters to add."""
    extra_body: Mapping[str, object] | None
    """JSON body properties to add or override."""
    timeout: float | httpx.Timeout | None | NotGiven
    """Timeout for this call in seconds (``None`` for none)."""
    max_retries: int | NotGiven
    """Retries for this call (default: the client's ``max_retries``)."""


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
