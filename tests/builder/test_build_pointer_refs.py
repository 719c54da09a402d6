"""``$ref`` fragments are URI fragments: percent-encoded names resolve, everywhere, through the one pointer module."""

from __future__ import annotations

import re
from pathlib import Path

from pfgen_build_helpers import spec_from_data

from generator.builder import build
from generator.pointer import canonical_ref, ref_tokens

DOC = {
    "openapi": "3.0.3",
    "info": {"title": "Pct", "version": "1"},
    "paths": {"/x": {"get": {
        "operationId": "getX",
        "parameters": [{"$ref": "#/components/parameters/My%20Param"}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/My%20Thing"}}}}},
    }}},
    "components": {
        "parameters": {"My Param": {"name": "q", "in": "query", "schema": {"type": "string"}}},
        "schemas": {"My Thing": {"type": "object", "properties": {
            "child": {"$ref": "#/components/schemas/a~1b%7E0c"}}},
            "a/b~c": {"type": "string"}},
    },
}


def test_percent_encoded_refs_build_like_plain_ones() -> None:
    api = build(spec_from_data(DOC)).api
    op = api.operations[0]
    assert [p.wire_name for p in op.parameters] == ["q"]  # the referenced parameter was dropped
    response = op.responses[0].contents[0].type
    assert response.kind == "ref" and api.schema(response.name).name == "MyThing"  # was Any


def test_canonical_refs() -> None:
    assert ref_tokens("#/components/schemas/My%20Thing") == ("components", "schemas", "My Thing")
    assert canonical_ref("#/components/schemas/My%20Thing") == "#/components/schemas/My Thing"
    assert canonical_ref("#/a~1b%7E0c") == "#/a~1b~0c"
    assert canonical_ref("other.yaml#/x") == "other.yaml#/x"


def test_one_pointer_implementation() -> None:
    """Only generator/pointer.py spells RFC 6901 escapes; every other module calls it."""
    root = Path(__file__).resolve().parents[2] / "generator"
    spelled = [
        str(path.relative_to(root)) for path in sorted(root.rglob("*.py"))
        if path.name != "pointer.py" and re.search(r"""["']~[01]["']""", path.read_text(encoding="utf-8"))
    ]
    assert spelled == []
