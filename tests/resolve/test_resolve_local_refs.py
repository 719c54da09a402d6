"""``resolve`` on single documents: local ``$ref`` checking, escaping, what is and is not a ref."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.errors import InputError
from generator.load import SourceDocument, parse_bytes
from generator.resolve import resolve


def _doc(data: dict[str, Any], uri: str = "spec.json") -> Any:
    return parse_bytes(json.dumps(data, indent=2).encode(), uri)


def _spec(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def test_document_without_external_refs_is_not_copied() -> None:
    doc = _doc(_spec({"A": {"type": "string"}, "B": {"$ref": "#/components/schemas/A"}}))
    spec = resolve(doc)
    assert spec.bundled is doc.data
    assert spec.family == "3.1" and spec.spec_version == "3.1.0"
    assert spec.documents == (doc,)
    assert spec.origins == ()
    assert spec.sha256 == doc.sha256


def test_unresolved_local_ref_names_the_ref_the_place_and_the_file() -> None:
    doc = _doc(_spec({"Pet": {"type": "object"}, "B": {"$ref": "#/components/schemas/Pett"}}))
    with pytest.raises(InputError) as err:
        resolve(doc)
    e = err.value
    assert e.code == "ref-not-found"
    assert "#/components/schemas/Pett" in e.message
    assert e.location.file == "spec.json"
    assert e.location.pointer == "/components/schemas/B"
    assert e.location.line is not None
    assert "'Pet'" in e.hint  # closest existing name


def test_every_unresolved_ref_is_listed() -> None:
    doc = _doc(_spec({"A": {"$ref": "#/nope/1"}, "B": {"$ref": "#/components/schemas/Zed"}}))
    with pytest.raises(InputError) as err:
        resolve(doc)
    assert "2 `$ref`s" in err.value.message
    assert [d.location.pointer for d in err.value.diagnostics] == ["/components/schemas/A", "/components/schemas/B"]


def test_json_pointer_escaping_and_percent_decoding() -> None:
    paths = {"/pets/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}}
    schemas = {
        "a/b": {"type": "string"},
        "c~d": {"type": "string"},
        "My Pet": {"type": "string"},
        "Refs": {
            "type": "object",
            "properties": {
                "x": {"$ref": "#/components/schemas/a~1b"},
                "y": {"$ref": "#/components/schemas/c~0d"},
                "z": {"$ref": "#/components/schemas/My%20Pet"},
                "w": {"$ref": "#/paths/~1pets~1%7Bid%7D/get/responses/200"},
                "v": {"$ref": "#/paths/~1pets~1{id}/get/responses/200"},
            },
        },
    }
    doc = _doc(_spec(schemas, paths))
    assert resolve(doc).bundled is doc.data  # valid local refs are left exactly as written


def test_list_indexes_in_pointers() -> None:
    schemas = {"U": {"oneOf": [{"type": "string"}, {"type": "integer"}]}, "I": {"$ref": "#/components/schemas/U/oneOf/1"}}
    resolve(_doc(_spec(schemas)))
    bad = {"U": {"oneOf": [{"type": "string"}]}, "I": {"$ref": "#/components/schemas/U/oneOf/01"}}
    with pytest.raises(InputError):
        resolve(_doc(_spec(bad)))


def test_refs_in_literal_values_are_data_not_refs() -> None:
    schemas = {
        "A": {
            "type": "object",
            "example": {"$ref": "#/does/not/exist"},
            "default": {"$ref": "nowhere.yaml"},
            "enum": [{"$ref": "#/x"}],
            "examples": [{"$ref": "#/y"}],
            "x-examples": {"one": {"$ref": "#/z"}},
            "properties": {
                "$ref": {"type": "string"},  # a property named $ref
            },
        }
    }
    paths = {
        "/a": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"examples": {"e": {"value": {"$ref": "#/nope"}}}}},
                    }
                }
            }
        }
    }
    doc = _doc(_spec(schemas, paths))
    assert resolve(doc).bundled is doc.data


def test_properties_named_like_literal_keywords_are_still_schemas() -> None:
    schemas = {"A": {"type": "object", "properties": {"default": {"$ref": "#/components/schemas/Missing"}}}}
    with pytest.raises(InputError) as err:
        resolve(_doc(_spec(schemas)))
    assert err.value.location.pointer == "/components/schemas/A/properties/default"


def test_example_objects_can_be_refs() -> None:
    paths = {
        "/a": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"examples": {"e": {"$ref": "#/components/examples/Nope"}}}},
                    }
                }
            }
        }
    }
    with pytest.raises(InputError) as err:
        resolve(_doc(_spec({}, paths)))
    assert err.value.code == "ref-not-found"


def test_anchor_refs_are_rewritten_to_pointers_without_touching_the_input() -> None:
    schemas = {"A": {"$anchor": "thing", "type": "string"}, "B": {"$ref": "#thing"}}
    doc = _doc(_spec(schemas))
    before = json.dumps(doc.data)
    spec = resolve(doc)
    assert spec.bundled["components"]["schemas"]["B"] == {"$ref": "#/components/schemas/A"}
    assert json.dumps(doc.data) == before
    assert spec.bundled["info"] is doc.data["info"]  # untouched parts are shared, not copied


def test_unknown_anchor_is_not_found() -> None:
    with pytest.raises(InputError) as err:
        resolve(_doc(_spec({"B": {"$ref": "#nothing"}})))
    assert err.value.code == "ref-not-found"


def test_empty_ref_is_not_found() -> None:
    with pytest.raises(InputError) as err:
        resolve(_doc(_spec({"B": {"$ref": ""}})))
    assert err.value.code == "ref-not-found"


def test_very_deep_documents_do_not_overflow_the_stack() -> None:
    # Deeper than load accepts and than Python's recursion limit: the ref walk is iterative.
    node: dict[str, Any] = {"$ref": "#/components/schemas/Leaf"}
    for _ in range(3000):
        node = {"type": "object", "properties": {"p": node}}
    data = _spec({"Leaf": {"type": "string"}, "Deep": node})
    doc = SourceDocument("deep.json", "json", "", data, "0" * 64)
    assert resolve(doc).bundled is doc.data


def test_swagger_2_local_refs_are_checked() -> None:
    data = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/X"}}}}}},
        "definitions": {"Y": {"type": "string"}},
    }
    with pytest.raises(InputError) as err:
        resolve(_doc(data))
    assert err.value.code == "ref-not-found"
    assert err.value.location.pointer == "/paths/~1a/get/responses/200/schema"
