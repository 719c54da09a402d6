"""Helpers for the build tests: load a document straight into a ResolvedSpec (no load/resolve stage needed)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from generator.builder import BuildOptions, BuildResult, build
from generator.ir.model import ApiSpec, Schema, TypeRef
from generator.load.document import SourceDocument
from generator.resolve.model import ResolvedSpec

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "builder"
SHARED = ROOT.parent / "shared"
POCKETSFLOW = SHARED / "pocketsflow" / "docs.json"
REAL_SPECS = SHARED / "specs"


def _string_keys(x: Any) -> Any:
    # What ``load`` guarantees (YAML can produce integer keys such as ``200:``).
    if isinstance(x, dict):
        return {str(k): _string_keys(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_string_keys(v) for v in x]
    return x


def spec_from_data(data: dict[str, Any], uri: str = "inline.json", text: str = "") -> ResolvedSpec:
    version = str(data.get("openapi") or data.get("swagger") or "3.1.0")
    family = "2.0" if version.startswith("2") else "3.1" if version.startswith("3.1") else "3.0"
    text = text or json.dumps(data, sort_keys=True)
    doc = SourceDocument(uri, "json", text, data, hashlib.sha256(text.encode()).hexdigest())
    normalised = data
    if family == "2.0":
        from generator.normalize import normalize

        normalised, _ = normalize(data, "2.0")
    return ResolvedSpec(doc, data, normalised, family, version)  # type: ignore[arg-type]


def load_spec(path: Path) -> ResolvedSpec:
    text = path.read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=yaml.CSafeLoader) if path.suffix in (".yaml", ".yml") else json.loads(text)
    return spec_from_data(_string_keys(raw), path.name, text)


def build_file(path: Path, options: BuildOptions | None = None) -> BuildResult:
    return build(load_spec(path), options or BuildOptions())


def field_type(api: ApiSpec, schema: str, wire: str) -> TypeRef:
    return field(api.schema(schema), wire).type


def field(schema: Schema, wire: str):  # type: ignore[no-untyped-def]
    for f in schema.fields:
        if f.wire_name == wire:
            return f
    raise KeyError(wire)


def op(api: ApiSpec, op_id: str):  # type: ignore[no-untyped-def]
    for o in api.operations:
        if o.id == op_id:
            return o
    raise KeyError(op_id)
