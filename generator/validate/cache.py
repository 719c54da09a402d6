"""A small on-disk cache of validation results: validating a 3 MB document takes seconds, reading JSON does not.

Entries are JSON files named by a key that covers everything the result depends on: the bundled document, the
source texts (for positions), the family, the lint switch, the openapi-spec-validator version, pfgen's version
and a fingerprint of this package's own source (so editing a rule never serves stale results). Storage, the
cache folder and ``PFGEN_NO_CACHE`` are ``generator.cachefiles``'s.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator import __version__
from generator.cachefiles import (
    decode_diagnostic,
    encode_diagnostic,
    fingerprint,
    read_json,
    section_dir,
    write_json,
)
from generator.errors import Diagnostic

FORMAT = 1
SECTION = "validate"


def cache_dir() -> Path | None:
    return section_dir(SECTION)


# What a validation result depends on besides the documents' texts: this package, the loading and bundling that
# turn the texts into the validated document (with the digests and a watch's sharing of unchanged parts, which
# must hand on exactly what was parsed), the position finders, and the libraries that judge the document
# (openapi-spec-validator and the JSON Schema machinery under it).
CODE = ("validate", "load", "resolve", "pointer", "ir.model", "reuse", "digests")
DISTRIBUTIONS = ("openapi_spec_validator", "openapi_schema_validator", "jsonschema", "jsonschema_rs", "PyYAML")


def code_fingerprint() -> str:
    return fingerprint(CODE, DISTRIBUTIONS)


def validator_version() -> str:
    """openapi-spec-validator's version, without importing it (~0.35 s, paid only when validation runs)."""
    from generator.dist import dist_version

    return dist_version("openapi_spec_validator")


def make_key(parts: list[str]) -> str:
    digest = hashlib.sha256()
    for part in [str(FORMAT), __version__, code_fingerprint(), *parts]:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def load(key: str) -> tuple[Diagnostic, ...] | None:
    raw = read_json(SECTION, key)
    try:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT or raw.get("key") != key:
            return None
        return tuple(decode_diagnostic(item) for item in raw["diagnostics"])
    except (ValueError, KeyError, TypeError):
        return None  # truncated or foreign: a miss, and the next store replaces it


def store(key: str, diagnostics: tuple[Diagnostic, ...]) -> None:
    write_json(SECTION, key, {"format": FORMAT, "key": key, "diagnostics": [encode_diagnostic(d) for d in diagnostics]})
