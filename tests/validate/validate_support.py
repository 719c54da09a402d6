"""Build ``ResolvedSpec`` values straight from text for the validate tests (no load/resolve needed)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from generator.load.document import SourceDocument
from generator.resolve.model import ResolvedSpec

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "validate"
SHARED = Path(__file__).resolve().parents[3] / "shared"   # read-only inputs beside the repository


def _strings(value: Any) -> Any:
    # What the loader does: mapping keys become strings (asana writes response codes as YAML integers).
    if isinstance(value, dict):
        return {str(k): _strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strings(v) for v in value]
    return value


def family_of(data: dict[str, Any]) -> str:
    version = str(data.get("openapi") or data.get("swagger") or "")
    if version.startswith("2"):
        return "2.0"
    return "3.1" if version.startswith("3.1") else "3.0"


def document(text: str, uri: str = "spec.yaml") -> SourceDocument:
    media = "json" if uri.endswith(".json") else "yaml"
    data = json.loads(text) if media == "json" else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return SourceDocument(uri, media, text, _strings(data), hashlib.sha256(text.encode()).hexdigest())


def spec_from_text(text: str, uri: str = "spec.yaml", **kwargs: Any) -> ResolvedSpec:
    doc = document(text, uri)
    family = family_of(doc.data)
    version = str(doc.data.get("openapi") or doc.data.get("swagger"))
    return ResolvedSpec(
        root=doc, bundled=doc.data, data=doc.data, family=family, spec_version=version, **kwargs  # type: ignore[arg-type]
    )


def spec_from_data(data: dict[str, Any], uri: str = "spec.json") -> ResolvedSpec:
    return spec_from_text(json.dumps(data, indent=2), uri)


def spec_from_file(path: Path | str) -> ResolvedSpec:
    path = Path(path)
    return spec_from_text(path.read_text(encoding="utf-8"), str(path))


def load_spec(path: Path | str) -> ResolvedSpec:
    """Through the real ``load`` (and ``resolve`` once it exists); hand-built from the loaded document otherwise."""
    try:
        from generator.load import load_document
    except ImportError:
        return spec_from_file(path)
    doc = load_document(path)
    try:
        from generator.resolve import resolve  # type: ignore[attr-defined]
    except ImportError:
        data = doc.data
        version = str(data.get("openapi") or data.get("swagger"))
        return ResolvedSpec(
            root=doc, bundled=data, data=data, family=family_of(data), spec_version=version  # type: ignore[arg-type]
        )
    return resolve(doc)  # type: ignore[no-any-return]
