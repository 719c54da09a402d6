"""One test per schema rule, in both directions (the same edit in a request and a response)."""

from __future__ import annotations

from typing import Any

import pytest
from diff_support import body_api, changes, ids

OBJ = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}


def obj(props: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props, **extra}
    if required:
        out["required"] = required
    return out


S = {"type": "string"}
I = {"type": "integer"}

# (old schema, new schema, request rule ids, response rule ids)
CASES: list[tuple[str, Any, Any, list[str], list[str]]] = [
    ("property added optional", obj({"a": S}), obj({"a": S, "b": S}),
     ["request-property-added"], ["response-property-added"]),
    ("property added required", obj({"a": S}), obj({"a": S, "b": S}, ["b"]),
     ["request-property-added-required"], ["response-property-added"]),
    ("optional property removed", obj({"a": S, "b": S}), obj({"a": S}),
     ["request-property-removed"], ["response-optional-property-removed"]),
    ("required property removed", obj({"a": S, "b": S}, ["b"]), obj({"a": S}),
     ["request-property-removed"], ["response-required-property-removed"]),
    ("optional -> required", obj({"a": S}), obj({"a": S}, ["a"]),
     ["request-property-became-required"], ["response-property-became-required"]),
    ("required -> optional", obj({"a": S}, ["a"]), obj({"a": S}),
     ["request-property-became-optional"], ["response-property-became-optional"]),
    ("nullable added", obj({"a": S}), obj({"a": {**S, "nullable": True}}),
     ["request-nullable-added"], ["response-nullable-added"]),
    ("nullable removed", obj({"a": {**S, "nullable": True}}), obj({"a": S}),
     ["request-nullable-removed"], ["response-nullable-removed"]),
    ("type widened integer -> number", obj({"a": I}), obj({"a": {"type": "number"}}),
     ["request-type-widened"], ["response-type-changed"]),
    ("type narrowed number -> integer", obj({"a": {"type": "number"}}), obj({"a": I}),
     ["request-type-changed"], ["response-type-narrowed"]),
    ("type changed string -> integer", obj({"a": S}), obj({"a": I}),
     ["request-type-changed"], ["response-type-changed"]),
    ("format changed", obj({"a": {**S, "format": "uuid"}}), obj({"a": {**S, "format": "email"}}),
     ["request-format-changed"], ["response-format-changed"]),
    ("format added", obj({"a": S}), obj({"a": {**S, "format": "uuid"}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("format int32 -> int64", obj({"a": {**I, "format": "int32"}}), obj({"a": {**I, "format": "int64"}}),
     ["request-constraint-relaxed"], ["response-constraint-relaxed"]),
    ("enum value added", obj({"a": {**S, "enum": ["x"]}}), obj({"a": {**S, "enum": ["x", "y"]}}),
     ["request-enum-value-added"], ["response-enum-value-added"]),
    ("enum value removed", obj({"a": {**S, "enum": ["x", "y"]}}), obj({"a": {**S, "enum": ["x"]}}),
     ["request-enum-value-removed"], ["response-enum-value-removed"]),
    ("const changed", obj({"a": {"const": "x"}}), obj({"a": {"const": "y"}}),
     ["request-constraint-changed"], ["response-constraint-changed"]),
    ("maxLength decreased", obj({"a": {**S, "maxLength": 10}}), obj({"a": {**S, "maxLength": 5}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("maxLength increased", obj({"a": {**S, "maxLength": 5}}), obj({"a": {**S, "maxLength": 10}}),
     ["request-constraint-relaxed"], ["response-constraint-relaxed"]),
    ("minimum added", obj({"a": I}), obj({"a": {**I, "minimum": 1}}),
     ["request-constraint-set"], ["response-constraint-tightened"]),
    ("minimum raised", obj({"a": {**I, "minimum": 0}}), obj({"a": {**I, "minimum": 1}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("minLength set (from its implicit 0)", obj({"a": S}), obj({"a": {**S, "minLength": 1}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("maximum removed", obj({"a": {**I, "maximum": 9}}), obj({"a": I}),
     ["request-constraint-relaxed"], ["response-constraint-relaxed"]),
    ("pattern added", obj({"a": S}), obj({"a": {**S, "pattern": "^[a-z]+$"}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("pattern relaxed to .*", obj({"a": {**S, "pattern": "^[a-z]+$"}}), obj({"a": {**S, "pattern": ".*"}}),
     ["request-constraint-relaxed"], ["response-constraint-relaxed"]),
    ("minItems increased", obj({"a": {"type": "array", "items": S, "minItems": 1}}),
     obj({"a": {"type": "array", "items": S, "minItems": 2}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("uniqueItems set", obj({"a": {"type": "array", "items": S}}),
     obj({"a": {"type": "array", "items": S, "uniqueItems": True}}),
     ["request-constraint-set"], ["response-constraint-tightened"]),
    ("multipleOf set", obj({"a": I}), obj({"a": {**I, "multipleOf": 5}}),
     ["request-constraint-set"], ["response-constraint-tightened"]),
    ("multipleOf 5 -> 10", obj({"a": {**I, "multipleOf": 5}}), obj({"a": {**I, "multipleOf": 10}}),
     ["request-constraint-tightened"], ["response-constraint-tightened"]),
    ("multipleOf 10 -> 5", obj({"a": {**I, "multipleOf": 10}}), obj({"a": {**I, "multipleOf": 5}}),
     ["request-constraint-relaxed"], ["response-constraint-relaxed"]),
    ("multipleOf 2 -> 3", obj({"a": {**I, "multipleOf": 2}}), obj({"a": {**I, "multipleOf": 3}}),
     ["request-constraint-changed"], ["response-constraint-changed"]),
    ("pattern replaced", obj({"a": {**S, "pattern": "^a"}}), obj({"a": {**S, "pattern": "^b"}}),
     ["request-pattern-changed"], ["response-pattern-changed"]),
    ("pattern removed", obj({"a": {**S, "pattern": "^a"}}), obj({"a": S}),
     ["request-constraint-relaxed"], ["response-constraint-relaxed"]),
    ("additionalProperties forbidden", obj({"a": S}), obj({"a": S}, additionalProperties=False),
     ["request-constraint-set"], ["additional-properties-changed"]),
    ("default changed", obj({"a": {**S, "default": "x"}}), obj({"a": {**S, "default": "y"}}),
     ["request-default-changed"], ["response-default-changed"]),
    ("array items type changed", obj({"a": {"type": "array", "items": S}}),
     obj({"a": {"type": "array", "items": I}}), ["request-type-changed"], ["response-type-changed"]),
    ("map values: property added", obj({"a": {"type": "object", "additionalProperties": obj({"x": S})}}),
     obj({"a": {"type": "object", "additionalProperties": obj({"x": S, "y": S}, ["y"])}}),
     ["request-property-added-required"], ["response-property-added"]),
    ("variant added", obj({"a": {"oneOf": [S, I]}}), obj({"a": {"oneOf": [S, I, {"type": "boolean"}]}}),
     ["request-variant-added"], ["response-variant-added"]),
    ("variant removed", obj({"a": {"oneOf": [S, I, {"type": "boolean"}]}}), obj({"a": {"oneOf": [S, I]}}),
     ["request-variant-removed"], ["response-variant-removed"]),
    ("plain -> union", obj({"a": S}), obj({"a": {"anyOf": [S, I]}}),
     ["request-variant-added"], ["response-variant-added"]),
    ("property deprecated", obj({"a": S}), obj({"a": {**S, "deprecated": True}}),
     ["property-deprecated"], ["property-deprecated"]),
    ("became readOnly", obj({"a": S, "b": S}), obj({"a": S, "b": {**S, "readOnly": True}}),
     ["request-property-became-read-only"], []),
    ("became writeOnly", obj({"a": S, "b": S}), obj({"a": S, "b": {**S, "writeOnly": True}}),
     [], ["response-property-became-write-only"]),
    ("no longer readOnly", obj({"a": S, "b": {**S, "readOnly": True}}), obj({"a": S, "b": S}),
     ["property-access-changed"], []),
    ("readOnly property added as required", obj({"a": S}), obj({"a": S, "id": {**S, "readOnly": True}}, ["id"]),
     [], ["response-property-added"]),
    # Required means it must be sent, default or not (oasdiff: new-required-request-property-with-default).
    ("required property with default added", obj({"a": S}), obj({"a": S, "b": {**S, "default": "x"}}, ["b"]),
     ["request-property-added-required"], ["response-property-added"]),
    ("discriminator property changed",
     {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "kind"}},
     {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "type"}},
     ["discriminator-property-changed"], ["discriminator-property-changed"]),
    ("discriminator mapping changed",
     {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "k", "mapping": {"a": "#/components/schemas/A"}}},
     {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "k", "mapping": {"b": "#/components/schemas/A"}}},
     ["discriminator-changed"], ["discriminator-changed"]),
    ("description only", obj({"a": S}), obj({"a": {**S, "description": "now documented"}}),
     ["docs-changed"], ["docs-changed"]),
]
SCHEMAS = {"A": obj({"k": S, "kind": S, "type": S})}


@pytest.mark.parametrize("name,old,new,request_ids,response_ids", CASES, ids=[c[0] for c in CASES])
def test_rule_in_request_and_response(name: str, old: Any, new: Any, request_ids: list[str],
                                      response_ids: list[str]) -> None:
    assert ids(body_api(old, "request", schemas=SCHEMAS), body_api(new, "request", schemas=SCHEMAS)) == \
        sorted(request_ids)
    assert ids(body_api(old, "response", schemas=SCHEMAS), body_api(new, "response", schemas=SCHEMAS)) == \
        sorted(response_ids)


def test_direction_twins_have_different_levels() -> None:
    old, new = obj({"a": {**S, "enum": ["x"]}}), obj({"a": {**S, "enum": ["x", "y"]}})
    (req,) = changes(body_api(old, "request"), body_api(new, "request"))
    (rsp,) = changes(body_api(old, "response"), body_api(new, "response"))
    assert (req.level, rsp.level) == ("info", "warning")
    old, new = obj({"a": S}, ["a"]), obj({"a": S})
    (req,) = changes(body_api(old, "request"), body_api(new, "request"))
    (rsp,) = changes(body_api(old, "response"), body_api(new, "response"))
    assert (req.level, rsp.level) == ("info", "breaking")


def test_messages_locations_and_operation() -> None:
    old = obj({"items": {"type": "array", "items": obj({"status": {**S, "enum": ["a"]}})}})
    new = obj({"items": {"type": "array", "items": obj({"status": {**S, "enum": ["a", "b"]}})}})
    (c,) = changes(body_api(old, "response"), body_api(new, "response"))
    assert c.operation == "POST /things"
    assert c.message == 'Response 200 body `items[].status`: enum value "b" added.'
    assert c.location == ("/paths/~1things/post/responses/200/content/application~1json/schema/properties/items"
                          "/items/properties/status")
    assert c.scope == "wire"


def test_removal_location_points_into_old() -> None:
    old = {"$ref": "#/components/schemas/Thing"}
    a = body_api(old, "response", schemas={"Thing": obj({"a": S, "gone": S}, ["gone"])})
    b = body_api(old, "response", schemas={"Thing": obj({"a": S})})
    (c,) = changes(a, b)
    assert c.id == "response-required-property-removed"
    assert c.location == "/components/schemas/Thing/properties/gone"


def test_recursion_through_refs_allof_and_cycles() -> None:
    node = obj({"name": S, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}})
    base = {"Node": node, "Tree": {"allOf": [{"$ref": "#/components/schemas/Node"}, obj({"size": I})]}}
    changed_node = obj({"name": S, "label": S,
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}})
    a = body_api({"$ref": "#/components/schemas/Tree"}, "response", schemas=base)
    b = body_api({"$ref": "#/components/schemas/Tree"}, "response", schemas={**base, "Node": changed_node})
    found = changes(a, b)
    assert [(c.id, c.message) for c in found] == [
        ("response-property-added", "Response 200 body `label`: added."),
    ]


def test_component_rename_is_not_a_wire_change() -> None:
    a = body_api({"$ref": "#/components/schemas/Order"}, "response", schemas={"Order": OBJ})
    b = body_api({"$ref": "#/components/schemas/PurchaseOrder"}, "response", schemas={"PurchaseOrder": OBJ})
    assert changes(a, b) == ()


def test_nullable_spellings_30_vs_31_are_equivalent() -> None:
    s30 = obj({"a": {**S, "nullable": True}, "r": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/A"}]},
               "e": {"type": "integer", "minimum": 1, "exclusiveMinimum": True}, "c": {"enum": ["x"]}})
    s31 = obj({"a": {"type": ["string", "null"]}, "r": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]},
               "e": {"type": "integer", "exclusiveMinimum": 1}, "c": {"const": "x"}})
    for where in ("request", "response"):
        old = body_api(s30, where, schemas=SCHEMAS)
        new = body_api(s31, where, version="3.1.0", schemas=SCHEMAS)
        assert [c for c in changes(old, new) if c.id != "docs-changed"] == [], where


def test_nullable_beside_ref_is_honoured_like_build() -> None:
    a = body_api(obj({"m": {"$ref": "#/components/schemas/M", "nullable": True}}), "response",
                 schemas={"M": {"type": "string", "enum": ["GET"]}})
    b = body_api(obj({"m": {"$ref": "#/components/schemas/M"}}), "response",
                 schemas={"M": {"type": "string", "enum": ["GET"]}})
    assert ids(a, b) == ["response-nullable-removed"]


def test_docs_changes_are_summarised_once_per_operation() -> None:
    a = body_api(obj({"a": S, "b": S}), "response")
    b = body_api(obj({"a": {**S, "description": "x"}, "b": {**S, "title": "B"}}), "response")
    b["paths"]["/things"]["post"]["summary"] = "Create a thing"
    (c,) = changes(a, b)
    assert c.id == "docs-changed" and c.level == "info"
    assert c.location == "/paths/~1things/post"
    assert "operation summary" in c.message and "`a`" in c.message and "`b`" in c.message
