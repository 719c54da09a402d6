"""The ``fetch`` stage: find the OpenAPI document behind a docs URL and keep dated snapshots of it.

``discover`` walks from a docs page to the document (never running JavaScript); ``fetch_source`` adds local
files and parsing; ``store_snapshot`` writes ``specs/<api>/<version>.<ext>`` and its index; ``newest_snapshot``
lets any command take a snapshot folder as its SPEC. The network sits behind ``Transport`` so tests can fake it.
"""

from __future__ import annotations

from generator.fetch.discover import Discovered, discover, sibling_urls, sniff
from generator.fetch.source import Fetched, check_document, fetch_source, is_url, parse_document
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
    "check_document",
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
