"""The ``fetch`` stage: find the OpenAPI document behind a docs URL and keep dated snapshots of it.

``discover`` walks from a docs page to the document (never running JavaScript); ``fetch_source`` adds local
files and parsing; ``store_snapshot`` writes ``specs/<api>/<version>.<ext>`` and its index; ``newest_snapshot``
lets any command take a snapshot folder as its SPEC. The network sits behind ``Transport`` so tests can fake it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_exports

if TYPE_CHECKING:
    from generator.fetch.discover import Discovered, discover, sibling_urls, sniff
    from generator.fetch.source import Fetched, fetch_source, parse_document
    from generator.fetch.store import (
        StoreResult,
        api_slug,
        newest_snapshot,
        read_index,
        store_snapshot,
    )
    from generator.fetch.transport import (
        DEFAULT_MAX_SIZE,
        DEFAULT_TIMEOUT,
        FetchResponse,
        HttpxTransport,
        Transport,
    )
    from generator.fetch.urls import is_url

# Imported on first use: reading a local file needs neither discovery nor httpx.
_WHERE: dict[str, str] = {
    "DEFAULT_MAX_SIZE": "generator.fetch.transport",
    "DEFAULT_TIMEOUT": "generator.fetch.transport",
    "Discovered": "generator.fetch.discover",
    "FetchResponse": "generator.fetch.transport",
    "Fetched": "generator.fetch.source",
    "HttpxTransport": "generator.fetch.transport",
    "StoreResult": "generator.fetch.store",
    "Transport": "generator.fetch.transport",
    "api_slug": "generator.fetch.store",
    "discover": "generator.fetch.discover",
    "fetch_source": "generator.fetch.source",
    "is_url": "generator.fetch.urls",
    "newest_snapshot": "generator.fetch.store",
    "parse_document": "generator.fetch.source",
    "read_index": "generator.fetch.store",
    "sibling_urls": "generator.fetch.discover",
    "sniff": "generator.fetch.discover",
    "store_snapshot": "generator.fetch.store",
}
__getattr__ = lazy_exports(__name__, _WHERE)

__all__ = [
    "DEFAULT_MAX_SIZE",
    "DEFAULT_TIMEOUT",
    "Discovered",
    "FetchResponse",
    "Fetched",
    "HttpxTransport",
    "StoreResult",
    "Transport",
    "api_slug",
    "discover",
    "fetch_source",
    "is_url",
    "newest_snapshot",
    "parse_document",
    "read_index",
    "sibling_urls",
    "sniff",
    "store_snapshot",
]
