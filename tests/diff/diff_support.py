"""Build ``ResolvedSpec`` values for the diff tests (through ``resolve`` when it exists, else by hand)."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

from generator.load.document import SourceDocument
from generator.resolve.model import ResolvedSpec

SHARED = Path(__file__).resolve().parents[3] / "shared"  # beside the checkout, as tests/conftest.py finds it
SPECS = SHARED / "specs"
RELEASES = SPECS / "releases"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "diff"


def _family(data: dict[str, Any]) -> tuple[str, str]:
    version = str(data.get("openapi") or data.get("swagger") or "")
    if version.startswith("2"):
        return "2.0", version
    return ("3.1" if version.startswith("3.1") else "3.0"), version


def resolved(data: dict[str, Any], uri: str = "spec.json") -> ResolvedSpec:
    text = json.dumps(data, indent=1, sort_keys=True)
    doc = SourceDocument(uri, "json", text, copy.deepcopy(data), hashlib.sha256(text.encode()).hexdigest())
    try:
        from generator.resolve import resolve  # type: ignore[attr-defined]
    except ImportError:
        from generator.normalize import normalize

        family, version = _family(doc.data)
        normal, _ = normalize(doc.data, family)  # type: ignore[arg-type]
        return ResolvedSpec(root=doc, bundled=doc.data, data=normal, family=family,  # type: ignore[arg-type]
                            spec_version=version)
    return resolve(doc)  # type: ignore[no-any-return]


def load(path: Path | str) -> ResolvedSpec:
    """A shared spec file through the real loader (and resolve when present)."""
    from generator.load import load_document

    doc = load_document(Path(path))
    try:
        from generator.resolve import resolve  # type: ignore[attr-defined]
    except ImportError:
        return resolved(doc.data, str(path))
    return resolve(doc)  # type: ignore[no-any-return]


def api(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, version: str = "3.0.3",
        **extra: Any) -> dict[str, Any]:
    """A small OpenAPI document."""
    doc: dict[str, Any] = {"openapi": version, "info": {"title": "T", "version": "1"}, "paths": paths or {}}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def body_api(schema: Any, where: str, *, version: str = "3.0.3", schemas: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """POST /things whose request body (``where="request"``) or 200 response body is ``schema``."""
    op: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if where == "request":
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema}}}
    else:
        op["responses"]["200"]["content"] = {"application/json": {"schema": schema}}
    return api({"/things": {"post": op}}, schemas, version)


def ids(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Sorted rule ids of the wire changes from ``old`` to ``new`` (docs-changed included)."""
    from generator.diff import diff_specs

    return sorted(c.id for c in diff_specs(resolved(old), resolved(new)).changes)


def changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[Any, ...]:
    from generator.diff import diff_specs

    return diff_specs(resolved(old), resolved(new)).changes
