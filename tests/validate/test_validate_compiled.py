"""The compiled (jsonschema-rs) fast paths change how long validation takes, never what it reports."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest
from validate_support import FIXTURES, SHARED, load_spec, spec_from_data, spec_from_file

from generator.validate import compiled
from generator.validate.schema_check import check_schema

FIXTURE_FILES = sorted(p for p in FIXTURES.glob("*") if p.name.startswith(("invalid", "valid")))
SHARED_FILES = sorted(p for p in (SHARED / "specs").glob("*") if p.suffix in (".json", ".yaml"))


def _both(doc: dict[str, Any], family: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], list[Any]]:
    fast = check_schema(doc, family)
    with monkeypatch.context() as m:
        m.setattr(compiled, "_module", lambda: None)
        m.setattr(compiled, "_COMPILED", {})
        slow = check_schema(doc, family)
    return fast, slow


@pytest.mark.parametrize("path", FIXTURE_FILES + SHARED_FILES, ids=lambda p: p.name)
def test_same_findings_with_and_without_the_compiled_validator(path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    spec = spec_from_file(path) if path.parent == FIXTURES else load_spec(path)
    before = copy.deepcopy(spec.bundled)
    fast, slow = _both(spec.bundled, spec.family, monkeypatch)
    assert fast == slow
    assert spec.bundled == before  # pruning works on copies


def _doc(version: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Good": {"type": "string"}, "Odd": schema}},
    }


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_pattern_python_rejects_is_still_reported(version, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Valid for the compiled (ECMA) engine, but not for Python's ``re``, which openapi-spec-validator uses.
    spec = spec_from_data(_doc(version, {"type": "string", "pattern": "(?<=a+)b"}))
    fast, slow = _both(spec.bundled, spec.family, monkeypatch)
    assert fast == slow
    assert any(f.pointer.startswith("/components/schemas/Odd") for f in fast)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_invalid_schemas_and_entries_are_found_among_valid_ones(version, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = _doc(version, {"type": "object", "properties": {"a": {"type": 5}}, "required": "a"})
    data["paths"] = {
        "/ok": {"get": {"responses": {"200": {"description": "fine"}}}},
        "/bad": {"get": {"responses": {"200": {"content": {}}}}},   # a response without its description
    }
    spec = spec_from_data(data)
    fast, slow = _both(spec.bundled, spec.family, monkeypatch)
    assert fast == slow
    pointers = {f.pointer for f in fast}
    assert any(p.startswith("/paths/~1bad") for p in pointers)
    assert any(p.startswith("/components/schemas/Odd") for p in pointers)
    assert not any(p.startswith(("/paths/~1ok", "/components/schemas/Good")) for p in pointers)


def test_values_the_compiled_validator_cannot_take_go_the_python_way(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # YAML turns an unquoted date into a ``datetime.date``, which has no JSON form.
    data = _doc("3.0.3", {"type": "string", "format": "date", "example": datetime.date(2024, 1, 2), "maxLength": -1})
    fast, slow = _both(data, "3.0", monkeypatch)
    assert fast == slow
    assert any(f.pointer.startswith("/components/schemas/Odd") for f in fast)


def test_prune_keeps_only_entries_with_errors_and_copies() -> None:
    doc = {
        "openapi": "3.0.3",
        "paths": {"/a": {"x": 1}, "/b": {"y": 2}},
        "components": {"schemas": {"A": {}, "B": {}}, "responses": {"R": {}}},
    }
    frozen = json.dumps(doc, sort_keys=True)
    pruned = compiled.prune(doc, "3.0", [("paths", "/b", "y"), ("components", "schemas", "A", "type"), ()])
    assert pruned == {
        "openapi": "3.0.3",
        "paths": {"/b": {"y": 2}},
        "components": {"schemas": {"A": {}}, "responses": {}},
    }
    assert json.dumps(doc, sort_keys=True) == frozen
    # An error about a map itself keeps the whole map.
    assert compiled.prune(doc, "3.0", [("paths",)])["paths"] == doc["paths"]
