"""One reading of "or null" for the whole generator: the build stage (the IR) and the wire diff both take it
from ``generator.normalize.schema``, so a spelling the client treats as nullable is the one the diff treats as
nullable. Each spelling below is checked through both stages, against the expected answer."""

from __future__ import annotations

import json
from typing import Any

import pytest

import generator.builder.schemas as build_schemas
import generator.diff.view as diff_view
from generator.builder import BuildOptions, build
from generator.diff.view import Document, Views
from generator.load import parse_bytes
from generator.normalize import schema as facts
from generator.resolve import resolve

OBJ = {"type": "object", "properties": {"a": {"type": "string"}}}
SPELLINGS: list[tuple[str, str, Any, bool]] = [
    ("3.0 nullable", "3.0.3", {"type": "string", "nullable": True}, True),
    ("3.0 not nullable", "3.0.3", {"type": "string"}, False),
    ("3.1 type list", "3.1.0", {"type": ["string", "null"]}, True),
    ("enum with null", "3.0.3", {"type": "string", "enum": ["a", None], "nullable": True}, True),
    ("3.1 enum with null", "3.1.0", {"enum": ["a", None]}, True),
    ("oneOf with a null branch", "3.1.0", {"oneOf": [{"type": "string"}, {"type": "null"}]}, True),
    ("anyOf without null", "3.1.0", {"anyOf": [{"type": "string"}, {"type": "integer"}]}, False),
    ("x-nullable", "3.0.3", {"type": "string", "x-nullable": True}, True),
    ("$ref beside nullable", "3.0.3", {"$ref": "#/components/schemas/Obj", "nullable": True}, True),
    ("$ref beside a 3.1 null type", "3.1.0", {"$ref": "#/components/schemas/Obj", "type": ["object", "null"]}, True),
    ("plain $ref", "3.0.3", {"$ref": "#/components/schemas/Obj"}, False),
    ("const null", "3.1.0", {"const": None}, True),
]


def _spec(version: str, schema: Any) -> Any:
    doc = {"openapi": version, "info": {"title": "t", "version": "1"},
           "paths": {"/x": {"get": {"operationId": "getX", "responses": {"200": {"description": "ok", "content": {
               "application/json": {"schema": {"type": "object", "properties": {"v": schema}}}}}}}}},
           "components": {"schemas": {"Obj": OBJ}}}
    return resolve(parse_bytes(json.dumps(doc).encode(), "spec.json"))


def _built_nullable(spec: Any) -> bool:
    api = build(spec, BuildOptions()).api
    owner = next(s for s in api.schemas if any(f.wire_name == "v" for f in s.fields))
    t = next(f for f in owner.fields if f.wire_name == "v").type
    return t.nullable or t.kind == "null"


def _diff_nullable(spec: Any) -> bool:
    doc = Document(spec.data)
    body = doc.data["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    views = Views(doc)
    view = views.get(body["properties"]["v"], "/v")
    return view.nullable or view.types == frozenset()


@pytest.mark.parametrize(("name", "version", "schema", "nullable"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_build_and_diff_read_null_the_same_way(name: str, version: str, schema: Any, nullable: bool) -> None:
    spec = _spec(version, schema)
    assert _built_nullable(spec) == nullable, "build"
    assert _diff_nullable(spec) == nullable, "diff"


def test_both_stages_use_the_one_module() -> None:
    import importlib
    import pkgutil

    import generator.builder as builder_pkg

    seen = set()
    for info in pkgutil.iter_modules(builder_pkg.__path__):
        module = importlib.import_module(f"generator.builder.{info.name}")
        for name in ("is_null_schema", "node_nullable", "marks_nullable", "declared_types"):
            if hasattr(module, name):
                assert getattr(module, name) is getattr(facts, name), f"builder.{info.name}.{name}"
                seen.add(name)
    assert seen >= {"is_null_schema", "node_nullable", "marks_nullable", "declared_types"}
    assert build_schemas.SchemaConverter is not None
    for name in ("is_null_schema", "marks_nullable", "declared_types", "allowed_values"):
        assert getattr(diff_view, name) is getattr(facts, name)


@pytest.mark.parametrize(("node", "expected"), [
    ({"type": "string"}, (["string"], False)),
    ({"type": "null"}, ([], True)),
    ({"type": ["integer", "null", "integer"]}, (["integer"], True)),
    ({"type": 5}, (None, False)),
    ({}, (None, False)),
])
def test_declared_types(node: dict[str, Any], expected: tuple[Any, bool]) -> None:
    assert facts.declared_types(node) == expected


def test_allowed_values_prefers_const_and_separates_null() -> None:
    assert facts.allowed_values({"enum": ["a", None], "const": "b"}) == (["b"], False, True)
    assert facts.allowed_values({"enum": ["a", None]}) == (["a"], True, False)
    assert facts.allowed_values({"type": "string"}) is None
