"""The spec a release is generated from, and the copy of it kept inside the output for the next run's diff.

The copy (``.pfgen/spec.json`` or ``.pfgen/spec.yaml``) is a generated, manifest-listed file holding the exact
bytes of the source document, so the next regeneration can diff the API it was generated from against the new
one. A multi-file spec cannot be kept byte for byte as one file; its bundled form (every external ``$ref`` pulled
in) is kept instead, as JSON.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cachedir import read_marshal, write_marshal
from generator.cachefiles import fingerprint, section_dir
from generator.load import SourceDocument, parse_bytes, read_bytes
from generator.pipeline import LoadedSpec
from generator.render.model import RenderedFile

STORED_SPEC_DIR = ".pfgen"
STORED_SPEC_NAMES = (f"{STORED_SPEC_DIR}/spec.json", f"{STORED_SPEC_DIR}/spec.yaml")


@dataclass(frozen=True, slots=True, eq=False)
class SpecInput:
    """A parsed source document with the exact bytes it was parsed from."""

    doc: SourceDocument
    raw: bytes

    @property
    def label(self) -> str:
        return self.doc.uri


def read_spec_input(source: str) -> SpecInput:
    """A file, a snapshot folder (its newest snapshot) or a URL (a docs page is followed to its document)."""
    from generator.fetch.urls import is_url

    if is_url(source):
        from generator.fetch.source import fetch_source
        from generator.fetch.transport import HttpxTransport

        with HttpxTransport() as transport:
            fetched = fetch_source(source, transport)
        return SpecInput(fetched.doc, fetched.raw)
    path = Path(source)
    if path.is_dir():
        from generator.fetch.store import newest_snapshot

        path = newest_snapshot(path)
        source = str(path)
    raw = read_bytes(path, display_uri=source)  # every guard of the load stage (size, depth, encoding)
    doc = parse_bytes(raw, source)
    return SpecInput(doc, raw)


def stored_spec_file(loaded: LoadedSpec, spec: SpecInput) -> RenderedFile:
    """The copy of the spec for the output; byte-identical to the source unless the spec spans several files."""
    if len(loaded.resolved.documents) > 1:
        bundled = json.dumps(loaded.resolved.bundled, indent=2, ensure_ascii=False) + "\n"
        return RenderedFile(STORED_SPEC_NAMES[0], bundled.encode("utf-8"), "binary")
    name = STORED_SPEC_NAMES[0] if spec.doc.media_type == "json" else STORED_SPEC_NAMES[1]
    return RenderedFile(name, spec.raw, "binary")



def read_stored_spec(output: Path, files: Mapping[str, str]) -> SpecInput | None:
    """The spec copy a previous generation left in ``output`` (per its manifest's file list), or None."""
    for name in STORED_SPEC_NAMES:
        if name not in files:
            continue
        path = output / name
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        return SpecInput(parse_bytes(raw, str(path), media_type="json" if name.endswith(".json") else "yaml"), raw)
    return None


# The resolved data of the copy, kept in pfgen's cache for the next one-shot run's diff: loading and resolving the
# copy again costs ~25 ms for a 1.4 MB document, reading it back ~4 ms. One marshal file (trusted like
# ``__pycache__``, ``cachedir.read_marshal``) per output folder, holding the last run's copy only.
KEPT_SECTION = "previous-spec"
# What the resolved data of a document depends on, as code (tests/test_cachefiles.py checks the list).
KEPT_CODE = ("pipeline.spec", "load", "normalize", "resolve", "overlay", "pointer", "errors", "codes", "digests", "reuse",
             "ir")


def _kept_file(output: Path) -> Path | None:
    where = section_dir(KEPT_SECTION)
    if where is None:
        return None
    name = hashlib.sha256(str(output.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return where / f"{name}-{importlib.util.MAGIC_NUMBER.hex()}.marshal"


def _kept_digest(key: tuple[object, ...]) -> str:
    return hashlib.sha256(f"{fingerprint(KEPT_CODE)}\0{key!r}".encode("utf-8", "surrogatepass")).hexdigest()


def keep_resolved_data(output: Path, key: tuple[object, ...], data: dict[str, Any]) -> None:
    """Keep ``data`` (the resolved spec whose copy this run stores in ``output``) for ``kept_resolved_data``;
    ``key`` covers the copy's bytes and whatever else decides what loading it gives (overlays, ref options).
    Nothing when caching is off or the data is not plain JSON-like values."""
    path = _kept_file(output)
    if path is None:
        return
    try:
        write_marshal(path, {"key": _kept_digest(key), "data": data})
    except ValueError:  # a value marshal cannot write (a YAML date), or too deeply nested
        return


def kept_resolved_data(output: Path, key: tuple[object, ...]) -> dict[str, Any] | None:
    """The resolved data ``keep_resolved_data`` kept for ``output`` under an equal ``key``, or None."""
    path = _kept_file(output)
    entry = read_marshal(path) if path is not None else None
    if not isinstance(entry, dict) or entry.get("key") != _kept_digest(key) or not isinstance(entry.get("data"), dict):
        return None
    data: dict[str, Any] = entry["data"]
    return data
