"""The ``load`` stage: a local file or raw bytes -> ``SourceDocument`` (decoded, parsed, guarded).

URLs are fetched by ``generator.fetch``, which hands the bytes to ``parse_bytes``.
"""

from __future__ import annotations

from generator.load.document import MediaKind, SourceDocument
from generator.load.limits import DEFAULT_MAX_BYTES, LIMITS, MAX_DEPTH, MAX_EXPANDED_NODES, Limit
from generator.load.read import load_document, parse_bytes, read_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "LIMITS",
    "MAX_DEPTH",
    "MAX_EXPANDED_NODES",
    "Limit",
    "MediaKind",
    "SourceDocument",
    "load_document",
    "parse_bytes",
    "read_bytes",
]
