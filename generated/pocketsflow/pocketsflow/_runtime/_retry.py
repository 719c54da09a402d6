"""When and how long to wait before retrying a request.

Retried: connection errors, timeouts, and responses 408, 409, 429 and >= 500, unless the server
says otherwise with ``x-should-retry: true|false`` (which wins either way). The delay honours
``retry-after-ms`` then ``Retry-After`` (seconds or an HTTP date), clamped to
``MAX_RETRY_AFTER``; otherwise exponential backoff ``min(0.5 * 2**n, 8)`` seconds times a jitter
factor in ``(0.75, 1]``. Clock, sleep and random source are injected by the client so tests run
on a fake clock.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Callable, Mapping

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "retry_after",
    "retry_delay",
    "should_retry_status",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
DEFAULT_MAX_RETRIES = 2


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # httpx.Headers is case-insensitive already; plain dicts from tests may not be.
    value = headers.get(name)
    if value is None:
        value = headers.get(name.title())
    return value


def should_retry_status(status_code: int, headers: Mapping[str, str]) -> bool:
    explicit = _header(headers, "x-should-retry")
    if explicit is not None:
        lowered = explicit.strip().lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
    return status_code in (408, 409, 429) or status_code >= 500


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return max(value, 0.0) if math.isfinite(value) else None


def retry_after(headers: Mapping[str, str] | None, now: float) -> float | None:
    """Seconds the server asked us to wait, or None when it did not say (or said nonsense)."""
    if not headers:
        return None
    millis = _header(headers, "retry-after-ms")
    if millis is not None:
        seconds = _number(millis)
        if seconds is not None:
            return seconds / 1000.0
    value = _header(headers, "retry-after")
    if value is None:
        return None
    value = value.strip()
    seconds = _number(value)
    if seconds is not None:
        return seconds
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(float(email.utils.mktime_tz(parsed)) - now, 0.0)


def retry_delay(
    retries_taken: int,
    headers: Mapping[str, str] | None,
    *,
    now: float,
    random: Callable[[], float],
) -> float:
    """Seconds to sleep before retry number ``retries_taken + 1``."""
    asked = retry_after(headers, now)
    if asked is not None:
        return min(asked, MAX_RETRY_AFTER)
    base = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    return base * (1.0 - 0.25 * random())
