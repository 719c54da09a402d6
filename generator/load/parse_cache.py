"""Parsed YAML, cached by the document's bytes: PyYAML takes ~0.7 s for a 3 MB spec, reading JSON ~40 ms.

Only YAML is cached (JSON parses as fast as the cache would read). The key covers the bytes, PyYAML's version,
the source of the loader and the guards' limits, so a changed loader never serves stale data; the same bytes
under another name (the copy a release keeps in ``.pfgen/``) share the entry, and the loader's warnings get the
name they are read under. Entries are only written after the document passed every guard (size, depth, alias
expansion), so what the cache holds is as safe as what the parser produced.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.cachefiles import decode_diagnostic, encode_diagnostic, read_json, write_json
from generator.errors import Diagnostic
from generator.load.limits import MAX_DEPTH_LIMIT, MAX_EXPANDED

SECTION = "yaml"
FORMAT = 2
# Smaller documents parse in a few milliseconds: not worth a file each.
MIN_BYTES = 64 * 1024


@functools.lru_cache(maxsize=1)
def _loader_fingerprint() -> str:
    import yaml  # already imported by the loader

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(str(getattr(yaml, "__version__", "")).encode())
    for path in sorted(here.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key_for(raw: bytes) -> str | None:
    if len(raw) < MIN_BYTES:
        return None
    digest = hashlib.sha256()
    # The guards' limits are part of the key: an entry admitted under a larger limit is not served under a
    # smaller one.
    guards = f"{MAX_DEPTH_LIMIT.value()}:{MAX_EXPANDED.value()}"
    for part in (str(FORMAT), _loader_fingerprint(), guards):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    digest.update(raw)
    return digest.hexdigest()


def load(key: str | None, uri: str) -> tuple[Any, tuple[Diagnostic, ...]] | None:
    if key is None:
        return None
    entry = read_json(SECTION, key)
    try:
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
            return None
        was = entry["uri"]
        diagnostics = tuple(_renamed(decode_diagnostic(d), was, uri) for d in entry["diagnostics"])
        return entry["data"], diagnostics
    except (KeyError, TypeError, ValueError):
        return None


def _renamed(diag: Diagnostic, was: str, uri: str) -> Diagnostic:
    if diag.location.file != was:
        return diag
    return replace(diag, location=replace(diag.location, file=uri))


def store(key: str | None, uri: str, data: Any, diagnostics: tuple[Diagnostic, ...]) -> None:
    if key is None:
        return
    try:
        payload = {"format": FORMAT, "key": key, "uri": uri, "data": data,
                   "diagnostics": [encode_diagnostic(d) for d in diagnostics]}
        write_json(SECTION, key, payload)
    except (TypeError, ValueError):
        pass  # a value JSON cannot hold: simply not cached
