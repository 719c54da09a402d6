"""The spec a release is generated from, and the copy of it kept inside the output for the next run's diff.

The copy (``.pfgen/spec.json`` or ``.pfgen/spec.yaml``) is a generated, manifest-listed file holding the exact
bytes of the source document, so the next regeneration can diff the API it was generated from against the new
one. A multi-file spec cannot be kept byte for byte as one file; its bundled form (every external ``$ref`` pulled
in) is kept instead, as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

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
