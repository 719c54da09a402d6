"""OpenAPI Overlay 1.0: repeatable edits (``update`` / ``remove`` at JSONPath targets) applied before validation.

``apply_overlays`` works on plain data; ``apply_to_document`` wraps it for the pipeline, which calls it on the root
document right after ``load`` and before ``validate``/``resolve``. Once an overlay has changed the document, the
returned ``SourceDocument`` holds the overlaid data re-serialised as indented JSON, so the line and column numbers
in later messages refer to that overlaid text (the JSON pointers stay meaningful), not to the original file.
Overlays are applied in the order given, each action to the result of the previous one; the input is never
mutated. See ``generator.overlay.apply`` for the exact merge rules and ``generator.overlay.jsonpath`` for the
supported JSONPath (RFC 9535).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from generator.errors import Diagnostic
from generator.load import SourceDocument
from generator.overlay.apply import apply_loaded
from generator.overlay.jsonpath import JSONPath, JSONPathSyntaxError, Node, compile_path, to_pointer
from generator.overlay.model import Overlay, OverlayAction
from generator.overlay.read import load_overlay, parse_overlay

__all__ = [
    "JSONPath",
    "JSONPathSyntaxError",
    "Node",
    "Overlay",
    "OverlayAction",
    "apply_overlays",
    "apply_to_document",
    "compile_path",
    "load_overlay",
    "parse_overlay",
    "to_pointer",
]


def apply_overlays(
    data: Any, overlays: Sequence[str | os.PathLike[str] | Overlay]
) -> tuple[Any, tuple[Diagnostic, ...]]:
    """Apply overlay files (paths, or already loaded ``Overlay`` values) to ``data``, in order.

    Every overlay is loaded and checked before any action runs, so a broken second overlay fails fast. Raises
    ``InputError`` (``overlay-invalid``, ``overlay-update-conflict``) or ``IOFailure`` (unreadable file); returns
    the new data and warnings such as ``overlay-target-unmatched``. ``data`` is not modified.
    """
    result, diagnostics, _changed = apply_loaded(data, _load_all(overlays))
    return result, diagnostics


def apply_to_document(
    doc: SourceDocument, overlays: Sequence[str | os.PathLike[str] | Overlay]
) -> tuple[SourceDocument, tuple[Diagnostic, ...]]:
    """``doc`` with ``overlays`` applied.

    When no action changed anything, ``doc`` itself is returned. Otherwise the new document keeps ``doc.uri``, its
    ``text`` is the result as ``json.dumps(indent=2)`` (so positions in messages refer to the overlaid document),
    ``media_type`` is ``json``, and ``sha256`` is over that text, so caches and manifests see the change.
    """
    if not overlays:
        return doc, ()
    result, diagnostics, changed = apply_loaded(doc.data, _load_all(overlays))
    if not changed:
        return doc, diagnostics
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    new_doc = replace(  # replace() keeps any other field of the document (uri, diagnostics, ...)
        doc,
        media_type="json",
        text=text,
        data=result,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return new_doc, diagnostics


def _load_all(overlays: Sequence[str | os.PathLike[str] | Overlay]) -> list[Overlay]:
    return [o if isinstance(o, Overlay) else load_overlay(o) for o in overlays]
