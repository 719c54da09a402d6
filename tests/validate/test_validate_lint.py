"""One triggering and one clean minimal document per lint rule (both Swagger 2.0 and OpenAPI 3.x shapes)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.validate import RULES
from generator.validate.lint import lint

OK = {"200": {"description": "ok"}}


def v3(paths: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths or {}}
    doc.update(extra)
    return doc


def v2(paths: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths or {}}
    doc.update(extra)
    return doc


def pid(name: str = "id", required: bool = True) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": required, "schema": {"type": "string"}}


def op(**fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"responses": copy.deepcopy(OK)}
    out.update(fields)
    return out


def schema_doc(schema: dict[str, Any]) -> dict[str, Any]:
    return v3(components={"schemas": {"S": schema}})


# (rule id, family, bad document, pointer of the expected finding, good document)
CASES: list[tuple[str, str, dict[str, Any], str, dict[str, Any]]] = [
    (
        "duplicate-operation-id", "3.0",
        v3({"/a": {"get": op(operationId="x")}, "/b": {"get": op(operationId="x")}}),
        "/paths/~1b/get/operationId",
        v3({"/a": {"get": op(operationId="x")}, "/b": {"get": op(operationId="y")}}),
    ),
    (
        "operation-id-case-collision", "3.0",
        v3({"/a": {"get": op(operationId="getUser")}, "/b": {"get": op(operationId="get_user")}}),
        "/paths/~1b/get/operationId",
        v3({"/a": {"get": op(operationId="getUser")}, "/b": {"get": op(operationId="getUsers")}}),
    ),
    (
        "path-param-undeclared", "3.0",
        v3({"/a/{id}": {"get": op()}}),
        "/paths/~1a~1{id}/get",
        v3({"/a/{id}": {"parameters": [pid()], "get": op()}}),
    ),
    (
        "path-param-undeclared", "2.0",
        v2({"/a/{id}": {"get": op(parameters=[{"$ref": "#/parameters/Other"}])}},
           parameters={"Other": {"name": "other", "in": "query", "type": "string"}}),
        "/paths/~1a~1{id}/get",
        v2({"/a/{id}": {"get": op(parameters=[{"$ref": "#/parameters/Id"}])}},
           parameters={"Id": {"name": "id", "in": "path", "required": True, "type": "string"}}),
    ),
    (
        "path-param-unused", "3.0",
        v3({"/a": {"get": op(parameters=[pid()])}}),
        "/paths/~1a/get/parameters/0",
        v3({"/a/{id}": {"get": op(parameters=[pid()])}}),
    ),
    (
        "path-param-unused", "2.0",
        v2({"/a": {"parameters": [{"$ref": "#/parameters/Id"}], "get": op(), "put": op()}},
           parameters={"Id": {"name": "id", "in": "path", "required": True, "type": "string"}}),
        "/paths/~1a/parameters/0",
        v2({"/a/{id}": {"parameters": [{"$ref": "#/parameters/Id"}], "get": op()}},
           parameters={"Id": {"name": "id", "in": "path", "required": True, "type": "string"}}),
    ),
    (
        "path-param-not-required", "3.0",
        v3({"/a/{id}": {"get": op(parameters=[pid(required=False)])}}),
        "/paths/~1a~1{id}/get/parameters/0",
        v3({"/a/{id}": {"get": op(parameters=[pid()])}}),
    ),
    (
        "path-template-malformed", "3.0",
        v3({"/a/{id": {"get": op()}}),
        "/paths/~1a~1{id",
        v3({"/a/{id}": {"get": op(parameters=[pid()])}}),
    ),
    (
        "path-template-malformed", "3.0",
        v3({"/a/{id}/b/{id}": {"get": op(parameters=[pid()])}}),
        "/paths/~1a~1{id}~1b~1{id}",
        v3({"/a/{id}/b/{b}": {"get": op(parameters=[pid(), pid("b")])}}),
    ),
    (
        "equivalent-path-templates", "3.0",
        v3({"/a/{id}": {"get": op(parameters=[pid()])}, "/a/{name}": {"put": op(parameters=[pid("name")])}}),
        "/paths/~1a~1{name}",
        v3({"/a/{id}": {"get": op(parameters=[pid()])}, "/a/{id}/b": {"put": op(parameters=[pid()])}}),
    ),
    (
        "operation-no-responses", "3.0",
        v3({"/a": {"get": {"operationId": "x"}}}),
        "/paths/~1a/get",
        v3({"/a": {"get": op(operationId="x")}}),
    ),
    (
        "operation-no-responses", "2.0",
        v2({"/a": {"get": {"responses": {"x-note": 1}}}}),
        "/paths/~1a/get/responses",
        v2({"/a": {"get": op()}}),
    ),
    (
        "required-property-missing", "3.0",
        schema_doc({"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "string"}}}),
        "/components/schemas/S/required/1",
        schema_doc({"type": "object", "required": ["a", "b"], "properties": {"a": {}},
                    "allOf": [{"properties": {"b": {}}}]}),
    ),
    (
        "required-property-missing", "2.0",
        v2(definitions={"S": {"type": "object", "required": ["zz"], "properties": {"a": {"type": "string"}}}}),
        "/definitions/S/required/0",
        v2(definitions={"S": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}}),
    ),
    (
        "security-scheme-undefined", "3.0",
        v3({"/a": {"get": op(security=[{"oauth2": ["read"]}])}},
           components={"securitySchemes": {"key": {"type": "apiKey", "name": "k", "in": "header"}}}),
        "/paths/~1a/get/security/0/oauth2",
        v3({"/a": {"get": op(security=[{"key": []}])}},
           components={"securitySchemes": {"key": {"type": "apiKey", "name": "k", "in": "header"}}}),
    ),
    (
        "security-scheme-undefined", "2.0",
        v2({"/a": {"get": op()}}, security=[{"basic": []}]),
        "/security/0/basic",
        v2({"/a": {"get": op()}}, security=[{"basic": []}], securityDefinitions={"basic": {"type": "basic"}}),
    ),
    (
        "duplicate-parameter", "3.0",
        v3({"/a": {"get": op(parameters=[
            {"name": "X-Id", "in": "header", "schema": {"type": "string"}},
            {"name": "x-id", "in": "header", "schema": {"type": "string"}},
        ])}}),
        "/paths/~1a/get/parameters/1",
        v3({"/a": {"get": op(parameters=[
            {"name": "id", "in": "header", "schema": {"type": "string"}},
            {"name": "id", "in": "query", "schema": {"type": "string"}},
        ])}}),
    ),
    (
        "duplicate-parameter", "2.0",
        v2({"/a": {"get": op(parameters=[{"$ref": "#/parameters/Q"}, {"name": "q", "in": "query", "type": "string"}])}},
           parameters={"Q": {"name": "q", "in": "query", "type": "string"}}),
        "/paths/~1a/get/parameters/1",
        # Overriding a path-level parameter at operation level is allowed.
        v2({"/a": {"parameters": [{"$ref": "#/parameters/Q"}],
                   "get": op(parameters=[{"name": "q", "in": "query", "type": "integer"}])}},
           parameters={"Q": {"name": "q", "in": "query", "type": "string"}}),
    ),
    (
        "body-parameter-conflict", "2.0",
        v2({"/a": {"post": op(parameters=[
            {"name": "b", "in": "body", "schema": {}}, {"name": "f", "in": "formData", "type": "string"}])}}),
        "/paths/~1a/post/parameters/0",
        v2({"/a": {"post": op(parameters=[{"name": "b", "in": "body", "schema": {}}])}}),
    ),
    (
        "enum-duplicate-value", "3.0",
        schema_doc({"type": "string", "enum": ["a", "b", "a"]}),
        "/components/schemas/S/enum/2",
        schema_doc({"type": "integer", "enum": [1, True, 1.5]}),
    ),
    (
        "enum-duplicate-value", "2.0",
        v2({"/a": {"get": op(parameters=[{"name": "q", "in": "query", "type": "string", "enum": ["x", "x"]}])}}),
        "/paths/~1a/get/parameters/0/enum/1",
        v2({"/a": {"get": op(parameters=[{"name": "q", "in": "query", "type": "string", "enum": ["x", "y"]}])}}),
    ),
    (
        "default-not-in-enum", "3.0",
        schema_doc({"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"], "default": "c"}}}),
        "/components/schemas/S/properties/s/default",
        schema_doc({"type": "object", "properties": {
            "s": {"type": "string", "enum": ["a", "b"], "default": "a"},
            "n": {"type": "string", "nullable": True, "enum": ["a"], "default": None},
        }}),
    ),
    (
        "invalid-response-code", "3.0",
        v3({"/a": {"get": {"responses": {"200": {"description": "ok"}, "20": {"description": "?"}}}}}),
        "/paths/~1a/get/responses/20",
        v3({"/a": {"get": {"responses": {"2XX": {"description": "ok"}, "default": {"description": "e"},
                                         "x-note": 1}}}}),
    ),
    (
        "invalid-response-code", "2.0",
        v2({"/a": {"get": {"responses": {"2XX": {"description": "ok"}}}}}),
        "/paths/~1a/get/responses/2XX",
        v2({"/a": {"get": {"responses": {"204": {"description": "ok"}}}}}),
    ),
    (
        "server-variable-undefined", "3.0",
        v3(servers=[{"url": "https://{region}.example.com"}]),
        "/servers/0/url",
        v3(servers=[{"url": "https://{region}.example.com", "variables": {"region": {"default": "eu"}}}]),
    ),
]


def _codes(doc: dict[str, Any], family: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in lint(doc, family):
        found.setdefault(finding.code, []).append(finding.pointer)
    return found


@pytest.mark.parametrize(
    ("rule", "family", "bad", "pointer", "good"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_fires_on_bad_and_not_on_good(
    rule: str, family: str, bad: dict[str, Any], pointer: str, good: dict[str, Any]
) -> None:
    assert pointer in _codes(bad, family).get(rule, []), _codes(bad, family)
    assert rule not in _codes(good, family), _codes(good, family)


def test_every_rule_has_a_case_and_a_stable_kebab_case_id() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule_id in ids:
        assert rule_id == rule_id.lower() and " " not in rule_id
    covered = {case[0] for case in CASES}
    assert covered == set(ids)


def test_rule_severities_match_the_findings() -> None:
    severities = {rule.id: rule.severity for rule in RULES}
    for rule, family, bad, _pointer, _good in CASES:
        for finding in lint(bad, family):
            assert finding.severity == severities[finding.code]
    assert severities["duplicate-operation-id"] == "error"
    assert severities["equivalent-path-templates"] == "warning"
    assert severities["operation-id-case-collision"] == "warning"


def test_property_names_that_look_like_keywords_are_still_walked() -> None:
    # A property called "default" or "example" is a name, not data: schemas under it are linted.
    doc = schema_doc({"type": "object", "properties": {
        "default": {"type": "string", "enum": ["a", "a"]},
        "example": {"type": "object", "required": ["q"], "properties": {"p": {}}},
    }})
    found = _codes(doc, "3.0")
    assert found["enum-duplicate-value"] == ["/components/schemas/S/properties/default/enum/1"]
    assert found["required-property-missing"] == ["/components/schemas/S/properties/example/required/0"]


def test_examples_and_extensions_are_data_not_schemas() -> None:
    doc = schema_doc({"type": "object", "example": {"enum": ["a", "a"]}, "x-meta": {"enum": [1, 1]},
                      "properties": {"a": {}}, "required": ["a"]})
    assert _codes(doc, "3.0") == {}


def test_path_item_refs_are_followed() -> None:
    doc = v3({"/a/{id}": {"$ref": "#/components/pathItems/A"}},
             components={"pathItems": {"A": {"get": op(operationId="x")}}})
    doc["openapi"] = "3.1.0"
    assert _codes(doc, "3.1")["path-param-undeclared"] == ["/components/pathItems/A/get"]


def test_ref_cycles_do_not_hang() -> None:
    doc = v3({"/a": {"get": op(parameters=[{"$ref": "#/components/parameters/A"}])}},
             components={"parameters": {"A": {"$ref": "#/components/parameters/B"},
                                        "B": {"$ref": "#/components/parameters/A"}},
                         "schemas": {"S": {"allOf": [{"$ref": "#/components/schemas/S"}],
                                           "properties": {}, "required": ["x"]}}})
    found = _codes(doc, "3.0")
    assert found["required-property-missing"] == ["/components/schemas/S/required/0"]
