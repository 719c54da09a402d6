"""A build that starts from the component schemas' conversion kept by an earlier run (``builder.converted``)
gives exactly what a build without any cache gives: the same IR and the same diagnostics, for every shared
document, after edits outside the component schemas (the kept state is taken) and inside them or in what they
reach (it is not)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pfgen_build_helpers import POCKETSFLOW, REAL_SPECS, spec_from_data

from generator.builder import BuildResult, build, converted
from tests.conftest import record_calls

DOCUMENTS = [POCKETSFLOW, *sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))]


def _data(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return json.loads(json.dumps(data, default=str))  # string keys, as loading guarantees


def _build(data: dict[str, Any], uri: str) -> BuildResult:
    return build(spec_from_data(copy.deepcopy(data), uri=uri))


def _fresh(data: dict[str, Any], uri: str, monkeypatch: pytest.MonkeyPatch) -> BuildResult:
    with monkeypatch.context() as off:
        off.setenv("PFGEN_NO_CACHE", "1")
        return _build(data, uri)


def _first_operation(data: dict[str, Any]) -> dict[str, Any] | None:
    for item in (data.get("paths") or {}).values():
        for method in ("get", "post", "put", "patch", "delete"):
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                return item[method]  # type: ignore[no-any-return]
    return None


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_a_build_from_the_kept_conversion_equals_a_fresh_one(path: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path))
    data = _data(path)
    _build(data, "first.json")  # keeps its conversion
    operation = _first_operation(data)
    if operation is not None:  # an edit of an operation: the component schemas are the same
        operation["summary"] = f"{operation.get('summary', '')} (edited)"
        operation.setdefault("parameters", []).append({"name": "extra", "in": "query", "schema": {"type": "string"}})
    loads = record_calls(monkeypatch, converted, "load")
    restored = record_calls(monkeypatch, converted.Converted, "restore")
    kept = _build(data, "second.json")  # another file name: diagnostics name the document being built
    assert loads and (restored or not (data.get("components") or {}).get("schemas"))
    assert kept == _fresh(data, "second.json", monkeypatch)


def test_an_edited_component_or_a_node_it_reaches_is_converted_again(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path))
    data: dict[str, Any] = {
        "openapi": "3.1.0", "info": {"title": "Kept", "version": "1"},
        "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}}}}}}},
        "components": {"schemas": {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}, "bad": {"$ref": "#/nowhere"}}},
            "Inline": {"$ref": "#/paths/~1pets/get/responses/200/content/application~1json/schema"},
        }},
    }
    restored = record_calls(monkeypatch, converted.Converted, "restore")

    def add_age(d: dict[str, Any]) -> None:
        d["components"]["schemas"]["Pet"]["properties"]["age"] = {"type": "integer"}

    def retype_reached(d: dict[str, Any]) -> None:  # what Inline reaches, outside the component schemas
        schema = d["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        schema["properties"]["id"] = {"type": "string"}

    def edit_summary(d: dict[str, Any]) -> None:  # nothing the conversion read
        d["paths"]["/pets"]["get"]["summary"] = "edited"

    for edit, kept in ((None, False), (None, True), (add_age, False), (retype_reached, False), (edit_summary, True)):
        if edit is not None:
            edit(data)
        restored.clear()
        result = _build(data, "spec.json")
        assert result == _fresh(data, "spec.json", monkeypatch)
        assert any(d.code == "ref-not-found" for d in result.diagnostics)  # kept diagnostics come back too
        assert bool(restored) == kept, edit
