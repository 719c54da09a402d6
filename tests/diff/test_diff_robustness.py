"""`pfgen diff` never crashes, whatever the two documents contain.

Property: small valid seed pairs (oasdiff-style fixture cases for OpenAPI 3.0/3.1, and hand-written 3.0, 3.1
and Swagger 2.0 pairs) get random structural mutations at random JSON paths (keys deleted, values replaced by
null/numbers/strings/lists/dicts/booleans, dangling/self/cyclic ``$ref``s, duplicated templated paths,
non-string keys, odd ``x-sunset``/``x-stability-level``/``deprecated`` values, malformed schema keywords, ...).
Both documents are written to files and diffed through the CLI in-process (``pfgen diff OLD NEW --format
json``). The run must end with the diff (exit 0) or one error line (exit 1 unusable input, 2 usage/IO): no
exception escaping the command, no traceback, and no ``error[internal]`` line (the CLI's catch-all turns an
unexpected exception, a pfgen bug, into that line and exit 2, so exit codes alone would hide a crash).

A second property keeps the documents (mostly) valid: odd but legal names, x- extensions, numbers beyond the
float range, $ref cycles, wrapped and deeply nested schemas. ``pfgen diff`` builds the generated SDK's surface only
for valid documents, so that is how the build stage gets exercised.

CI runs 60 derandomized examples of each property. To hunt for more crashes locally::

    PFGEN_ROBUSTNESS_EXAMPLES=2000 .venv/bin/python -m pytest tests/diff/test_diff_robustness.py -k property

(with the variable set, the run is random rather than derandomized; repeat it for other seeds).
``test_known_crash`` replays the minimal reproducers found that way; each fails until its bug is fixed.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import os
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "diff" / "oasdiff"
SEED_FILES = ("deprecation.yaml", "stability.yaml", "request_parameters.yaml", "response_properties.yaml",
              "request_2020_12.yaml", "security.yaml", "paths.yaml", "extensible_enum.yaml")
_ENV_EXAMPLES = os.environ.get("PFGEN_ROBUSTNESS_EXAMPLES", "").strip()
MAX_EXAMPLES = int(_ENV_EXAMPLES) if _ENV_EXAMPLES else 60
EXIT_CODES = (0, 1, 2)

Json = Any
Path_ = tuple[Any, ...]   # a JSON path: dict keys and list indexes


# ---------------------------------------------------------------------------------------------------------------
# Seeds


def _info() -> dict[str, Any]:
    return {"title": "T", "version": "1"}


def _ok(schema: Json | None = None) -> dict[str, Any]:
    resp: dict[str, Any] = {"description": "ok"}
    if schema is not None:
        resp["content"] = {"application/json": {"schema": schema}}
    return resp


_PET_30 = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "integer", "format": "int64"},
        "name": {"type": "string", "nullable": True, "maxLength": 10},
        "kind": {"type": "string", "enum": ["cat", "dog"]},
        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
        "owner": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "deprecated": True,
                  "x-sunset": "2099-12-31"},
    },
}

HAND_30 = {
    "openapi": "3.0.3",
    "info": _info(),
    "servers": [{"url": "https://api.example.com/v1"}],
    "security": [{"key": []}],
    "tags": [{"name": "pets", "description": "Pets"}],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "tags": ["pets"],
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    {"$ref": "#/components/parameters/Trace"},
                ],
                "responses": {"200": _ok({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}),
                              "default": {"$ref": "#/components/responses/Error"}},
            },
            "post": {
                "operationId": "createPet",
                "x-stability-level": "beta",
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"201": _ok({"$ref": "#/components/schemas/Pet"})},
            },
        },
        "/pets/{petId}": {
            "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getPet",
                "deprecated": True,
                "x-sunset": "2099-12-31",
                "responses": {"200": _ok({"$ref": "#/components/schemas/Pet"}),
                              "404": {"description": "missing",
                                      "headers": {"X-Rate": {"schema": {"type": "integer"}}}}},
            },
        },
    },
    "components": {
        "schemas": {
            "Pet": _PET_30,
            "Tag": {"type": "object", "properties": {"label": {"type": "string"}},
                    "additionalProperties": False},
            "Owner": {"type": "object", "properties": {"name": {"type": "string", "pattern": "^[a-z]+$"}},
                      "x-extensible-enum": ["a", "b"]},
            "Shape": {"oneOf": [{"$ref": "#/components/schemas/Tag"}, {"$ref": "#/components/schemas/Owner"}],
                      "discriminator": {"propertyName": "label",
                                        "mapping": {"t": "#/components/schemas/Tag"}}},
        },
        "parameters": {"Trace": {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}},
        "responses": {"Error": _ok({"type": "object", "properties": {"message": {"type": "string"}}})},
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://a/token",
                                                                        "scopes": {"read": "r"}}}},
        },
    },
}


def _hand_30_revision() -> dict[str, Any]:
    doc = copy.deepcopy(HAND_30)
    pets = doc["paths"]["/pets"]
    pets["get"]["parameters"][0]["schema"]["maximum"] = 50
    pets["get"]["parameters"].append({"name": "q", "in": "query", "required": True, "schema": {"type": "string"}})
    pet = doc["components"]["schemas"]["Pet"]
    pet["properties"]["kind"]["enum"] = ["cat"]
    pet["properties"]["age"] = {"type": "integer", "readOnly": True}
    pet["required"] = ["id", "name"]
    doc["paths"]["/pets/{petId}"]["get"]["x-sunset"] = "2020-01-01"
    doc["paths"]["/pets"]["post"]["x-stability-level"] = "stable"
    doc["servers"] = [{"url": "https://api.example.com/v2"}]
    return doc


HAND_31 = {
    "openapi": "3.1.0",
    "info": _info(),
    "paths": {
        "/items/{id}": {
            "put": {
                "operationId": "putItem",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": ["string", "null"]}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                "responses": {"200": _ok({"$ref": "#/components/schemas/Item"})},
            },
        },
    },
    "webhooks": {
        "itemChanged": {"post": {"requestBody": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Item"}}}}, "responses": {"204": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "const": "x"},
                    "count": {"type": ["integer", "null"], "exclusiveMinimum": 0},
                    "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "number"}]},
                    "meta": {"type": "object", "patternProperties": {"^x-": {"type": "string"}},
                             "dependentRequired": {"a": ["b"]}, "propertyNames": {"maxLength": 3}},
                    "either": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "self": {"$ref": "#/components/schemas/Item"},
                },
                "unevaluatedProperties": False,
            },
        },
    },
}


def _hand_31_revision() -> dict[str, Any]:
    doc = copy.deepcopy(HAND_31)
    item = doc["components"]["schemas"]["Item"]
    item["properties"]["count"]["type"] = "integer"
    item["properties"]["pair"]["prefixItems"].append({"type": "boolean"})
    item["properties"]["meta"]["dependentRequired"] = {"a": ["b", "c"]}
    item["required"] = ["id", "count"]
    doc["webhooks"]["itemChanged"]["post"]["deprecated"] = True
    return doc


HAND_20 = {
    "swagger": "2.0",
    "info": _info(),
    "host": "api.example.com",
    "basePath": "/v1",
    "schemes": ["https"],
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                            "oauth": {"type": "oauth2", "flow": "application", "tokenUrl": "https://a/token",
                                      "scopes": {"read": "r"}}},
    "security": [{"key": []}],
    "paths": {
        "/users": {
            "get": {
                "operationId": "listUsers",
                "parameters": [{"name": "ids", "in": "query", "type": "array", "items": {"type": "integer"},
                                "collectionFormat": "csv"},
                               {"$ref": "#/parameters/Page"}],
                "responses": {"200": {"description": "ok",
                                      "schema": {"type": "array", "items": {"$ref": "#/definitions/User"}}}},
            },
            "post": {
                "operationId": "createUser",
                "parameters": [{"name": "body", "in": "body", "required": True,
                                "schema": {"$ref": "#/definitions/User"}}],
                "responses": {"201": {"description": "ok", "schema": {"$ref": "#/definitions/User"},
                                      "headers": {"X-Id": {"type": "string"}}}},
            },
        },
        "/users/{userId}": {
            "delete": {
                "operationId": "deleteUser",
                "consumes": ["application/x-www-form-urlencoded"],
                "parameters": [{"name": "userId", "in": "path", "required": True, "type": "string"},
                               {"name": "reason", "in": "formData", "type": "string"}],
                "responses": {"204": {"description": "gone"}},
            },
        },
    },
    "parameters": {"Page": {"name": "page", "in": "query", "type": "integer", "minimum": 1}},
    "definitions": {
        "User": {"type": "object", "required": ["id"], "x-nullable": True,
                 "properties": {"id": {"type": "integer"}, "email": {"type": "string", "format": "email"},
                                "role": {"type": "string", "enum": ["admin", "user"]},
                                "friends": {"type": "array", "items": {"$ref": "#/definitions/User"}}},
                 "discriminator": "role"},
    },
}


def _hand_20_revision() -> dict[str, Any]:
    doc = copy.deepcopy(HAND_20)
    doc["basePath"] = "/v2"
    doc["paths"]["/users"]["get"]["parameters"][0]["collectionFormat"] = "multi"
    doc["definitions"]["User"]["properties"]["role"]["enum"] = ["admin"]
    doc["definitions"]["User"]["required"] = ["id", "email"]
    del doc["paths"]["/users/{userId}"]["delete"]["parameters"][1]
    return doc


HAND_PAGED = {
    "openapi": "3.0.3",
    "info": _info(),
    "paths": {
        "/orders": {
            "get": {
                "operationId": "listOrders",
                "tags": ["orders"],
                "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}},
                               {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
                               {"name": "X-Request-Id", "in": "header", "schema": {"type": "string"}}],
                "responses": {"200": {
                    "description": "ok",
                    "headers": {"Link": {"schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrderPage"}}}}},
            },
        },
        "/events": {
            "get": {
                "operationId": "listEvents",
                "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}},
                               {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
                "responses": {"200": _ok({"type": "object", "properties": {
                    "items": {"type": "array", "items": {"type": "object", "properties": {
                        "kind": {"type": "string", "enum": ["a", "b"]}}}},
                    "next_cursor": {"type": "string", "nullable": True}}})},
            },
            "post": {
                "operationId": "createEvent",
                "requestBody": {"content": {
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "file": {"type": "string", "format": "binary"}, "note": {"type": "string"}}}},
                    "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                        "note": {"type": "string"}}}}}},
                "responses": {"204": {"description": "ok"}},
            },
        },
    },
    "components": {"schemas": {
        "Order": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"}, "total": {"type": "number", "multipleOf": 0.01},
            "status": {"type": "string", "enum": ["open", "closed"], "x-enum-varnames": ["OPEN", "CLOSED"]}}},
        "OrderPage": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}},
            "pagination": {"type": "object", "properties": {"total": {"type": "integer"},
                                                            "total_pages": {"type": "integer"}}}}},
    }},
}


def _hand_paged_revision() -> dict[str, Any]:
    doc = copy.deepcopy(HAND_PAGED)
    order = doc["components"]["schemas"]["Order"]
    order["properties"]["status"]["enum"].append("void")
    order["properties"]["status"]["x-enum-varnames"].append("VOID")
    order["properties"]["note"] = {"type": "string"}
    doc["paths"]["/events"]["get"]["parameters"][1]["schema"]["maximum"] = 50
    return doc


def _fixture_pairs() -> list[tuple[str, Json, Json]]:
    pairs: list[tuple[str, Json, Json]] = []
    for name in SEED_FILES:
        cases = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))["cases"]
        pairs += [(f"{name}#{i}", case["base"], case["revision"]) for i, case in enumerate(cases)]
    return pairs


HAND_SEEDS: list[tuple[str, Json, Json]] = [
    ("hand-3.0", HAND_30, _hand_30_revision()),
    ("hand-3.1", HAND_31, _hand_31_revision()),
    ("hand-2.0", HAND_20, _hand_20_revision()),
    ("hand-2.0-vs-3.0", HAND_20, HAND_30),
    ("hand-3.0-vs-3.1", HAND_30, HAND_31),
    ("hand-paged", HAND_PAGED, _hand_paged_revision()),
]
FIXTURE_SEEDS = _fixture_pairs()


# ---------------------------------------------------------------------------------------------------------------
# Mutations


_NAN, _INF = float("nan"), float("inf")
ODD_VALUES: tuple[Json, ...] = (
    None, True, False, 0, -1, 1.5, 10**30, -(10**30), 10**400, _NAN, _INF, -_INF, "", "x", "null", "{id}", "#/", "~1",
    "a b/ü\u0000", "\ud800", "x\udfff/", "class", "1abc", [], [None], [1, "a"], [[]], {}, {"": None}, {"a": {"b": []}},
    _dt.date(2020, 1, 1), _dt.datetime(2099, 12, 31, 23, 59, 59),
)

# Keyword -> odd values for it (besides the generic ODD_VALUES).
KEYWORD_VALUES: dict[str, tuple[Json, ...]] = {
    "type": (["foo"], ["string", "foo"], [], ["null"], ["string", "null", "integer"], 1, "null", "foo",
             "array", "object", "file", {"type": "string"}, [["string"]]),
    "enum": (None, "a", {}, [], [None], [{"a": 1}], [[1]], [1, "1", True, 1.0], [_NAN], [_INF], [10**30]),
    "const": (None, {}, [1], _NAN),
    "required": ("a", [1], None, [[]], True, ["a", "a"], {}, {"a": True}, [None]),
    "properties": ([], "x", {"a": 1}, {"a": None}, {"a": True}, {"a": False}, {"a": {"type": "foo"}},
                   {"": {}}, {"a": []}, None),
    "items": ([{"type": "string"}], [], True, False, 1, {}, None, "x", [1]),
    "prefixItems": ({}, [1], True, [None], "x"),
    "allOf": ({}, [], [1], [None], "x", [{}], [{"$ref": "#/nope"}], [True], [False], [[]]),
    "oneOf": ({}, [], [1], [None], [{"type": "null"}], [{"$ref": "#"}], [False]),
    "anyOf": ({}, [], [None], [{"type": "null"}, {"type": "null"}], "x"),
    "not": ([], 1, True, None),
    "additionalProperties": (1, "x", [], None, {"type": 1}, {"$ref": "#/nope"}),
    "format": (1, [], "int128", "date-time", "binary", None, {}),
    "minimum": ("a", True, 10**400, -_INF, None, [], _NAN),
    "maximum": ("a", False, -(10**400), _INF, {}, 1.5),
    "exclusiveMinimum": (True, False, "x", 5, None, _NAN),
    "exclusiveMaximum": (True, "x", [], -1),
    "multipleOf": (0, -1, "x", 0.0, 1e-300, _INF, 10**400, 1e308, 0.1),
    "minLength": ("x", -1, 1.5, None, 10**30, True, _NAN),
    "maxLength": ("x", -1, 1.5, [], _INF, 10**400),
    "minItems": ("x", -5, 2.5), "maxItems": (None, [], 10**30),
    "minProperties": ("x", -1), "maxProperties": (1.5, None),
    "uniqueItems": ("x", None, 1, []),
    "pattern": (1, "[", "(?P<", None, "\\", "(a+)+$", ""),
    "nullable": ("yes", 1, None, []),
    "x-nullable": ("x", 1, None),
    "discriminator": ("x", 1, [], {"propertyName": 1}, {"propertyName": "a", "mapping": []},
                      {"mapping": {"a": 1}}, {"propertyName": "kind", "mapping": {"a": "#/nope"}},
                      {"propertyName": None}, {"propertyName": "a", "mapping": {"x": "Unknown"}}),
    "default": (None, [], {}, _NAN, _dt.date(2020, 1, 1)),
    "readOnly": ("x", None, 1), "writeOnly": ("x", [], True),
    "patternProperties": ([], {"[": {}}, {"a": 1}, "x", {"a": None}),
    "dependentRequired": ({"a": "b"}, [], {"a": [1]}, {"a": None}, "x"),
    "dependentSchemas": ([], {"a": 1}, "x"),
    "propertyNames": (1, [], "x"),
    "contains": (1, [], None), "if": (1,), "then": ([],), "else": ("x",),
    "unevaluatedProperties": (1, "x", []), "unevaluatedItems": (None, 3),
    "contentMediaType": (1, []), "contentEncoding": ([], None), "contentSchema": (1, "x"),
    "x-extensible-enum": ("x", None, [1, None], {}, [[]], [{"a": 1}]),
    "x-enum-varnames": ("x", [1], [None, None]), "x-enum-descriptions": ({}, [1]),
    "deprecated": ("yes", 1, None, [], {}, _dt.date(2020, 1, 1), "2020-01-01", 0),
    "x-sunset": (123, 1.5, _dt.date(2020, 1, 1), _dt.date(2099, 12, 31), _dt.datetime(2020, 1, 1, 12, 0),
                 "garbage", "", None, [], {}, "2020-02-30", "9999-99-99", True, 10**30, "0000-01-01",
                 "99999-01-01", "2020-01-01T00:00:00Z", "-2020-01-01", "2020-1-1", ["2020-01-01"],
                 "2021-W01", "\u0661\u0662\u0663\u0664-01-01", "2020-01-01\n", "+2020-01-01"),
    "x-stability-level": (1, None, "draft", "alpha", "beta", "stable", "bogus", [], {}, True, "STABLE",
                          ["draft"], "", " stable"),
    "title": (1, None, [], {}), "description": (1, None, [], {"a": 1}), "summary": (1, None, []),
    "example": (_NAN, {}, None), "examples": ("x", [], {"a": 1}, {"a": None}, {"a": {"value": _NAN}}),
    "externalDocs": ("x", {"url": 1}, []),
    "$comment": (1, []),
    # operations and friends
    "parameters": ("x", [1], [None], [{}], [{"name": 1, "in": "query"}], [{"name": "a", "in": "nowhere"}],
                   [{"name": "a", "in": "path", "required": False}], [{"$ref": "#/nope"}], {},
                   [{"name": "a", "in": "query", "schema": 1}], [{"name": "a", "in": "query", "content": []}],
                   [{"name": "a", "in": "query", "content": {"application/json": {}, "text/plain": {}}}],
                   [{"name": "a", "in": "query"}, {"name": "a", "in": "query"}],
                   [{"name": "", "in": "header"}], [{"name": "a", "in": "body"}],
                   [{"name": "a", "in": "query", "type": "array"}], [{"in": "query"}]),
    "responses": ({}, [], None, {"200": None}, {"default": "x"}, {"2XX": {"description": "x"}}, {"abc": {}},
                  {"200": {"description": "ok", "content": []}}, {"200": []}, {"999": {"description": "x"}},
                  {"200": {"$ref": "#/nope"}}, {"200": {"description": "ok", "schema": 1}}, "x"),
    "requestBody": (None, [], "x", {"content": None}, {"content": {"application/json": None}},
                    {"content": {"application/json": {"schema": 1}}}, {"$ref": "#/nope"}, {"content": {}},
                    {"required": "x", "content": {"*/*": {}}}),
    "content": ([], None, {"": {}}, {"application/json": []}, {"*/*": {"schema": True}}, "x",
                {"application/json": {"schema": {"$ref": "#"}}}, {"not a media type": {}},
                {"application/json": {"encoding": []}}),
    "schema": (1, "x", [], True, False, None, {"$ref": "#"}, {"type": "foo"}),
    "security": ("x", [1], [{"x": "y"}], [{"x": None}], {}, [[]], [{"key": ["a", 1]}], [{}], None),
    "servers": ("x", [{"url": 1}], [None], {}, [{"url": "{v}", "variables": []}], [{"url": ""}],
                [{"url": "/"}, {"url": "//"}], [{"url": "{v}", "variables": {"v": {"default": 1}}}]),
    "tags": ("x", [1], [None], {}, [{"name": 1}], [{"name": "a"}, {"name": "a"}]),
    "operationId": (1, None, [], "", "class", "a b", "1x", "listPets", "__init__", "a" * 300),
    "callbacks": ([], {"a": 1}, {"a": {"{$request.body#/x}": {"post": 1}}}),
    "headers": ([], {"a": 1}, {"a": {"schema": 1}}, {"a": {"$ref": "#/nope"}}, "x"),
    "links": ([], {"a": 1}, "x"),
    "encoding": ([], {"a": 1}),
    "style": (1, "bogus", None), "explode": ("x", None), "allowReserved": (1,), "allowEmptyValue": ("x",),
    "in": (1, None, "path", "cookie", "body", "formData", "bogus"),
    "name": (1, None, "", "{x}", "a.b", "class"),
    "collectionFormat": (1, "bogus", "multi", None),
    "components": ([], "x", {"schemas": []}, {"schemas": {"A": None}}, {"securitySchemes": {"a": 1}},
                   {"securitySchemes": {"a": {"type": "oauth2", "flows": []}}}, {"parameters": {"P": 1}},
                   {"responses": {"R": []}}, {"schemas": {"": {}}}),
    "webhooks": ([], {"a": 1}, {"a": {"post": []}}, "x", {"a": {"$ref": "#/nope"}}),
    "paths": ([], None, {"x": {}}, {"/a": None}, {"/a": []}, {"/a": {"get": None}},
              {"/a/{b}": {"get": {"responses": {}}}}, "x", {"/a": {"parameters": "x", "get": {}}},
              {"/{a}": {"get": {"responses": {"200": {"description": "x"}}}},
               "/{b}": {"get": {"responses": {"200": {"description": "x"}}}}}),
    "get": (None, [], "x", 1, {}), "post": (None, [], {"responses": None}), "delete": ({"responses": []},),
    "info": (None, [], {"version": 1}, {}, {"title": [], "version": None}, "x"),
    "openapi": ("3.1.0", "3.0.0", "3.0.3", "3.2.0", "2.0", 3.1, 3, None, "4.0.0", "3.1", "x", ""),
    "swagger": ("2.0", 2, 2.0, "3.0.0", None, "1.2"),
    "definitions": ([], "x", {"A": None}, {"A": 1}),
    "securityDefinitions": ([], {"a": 1}, {"a": {"type": "oauth2", "flow": 1}}),
    "securitySchemes": ([], {"a": 1}, {"a": {"type": 1}}, {"a": {"type": "http", "scheme": 1}},
                        {"a": {"type": "oauth2", "flows": {"implicit": []}}}),
    "flows": ([], "x", {"implicit": None}, {"password": {"tokenUrl": 1}}),
    "scopes": ([], "x", {"a": 1}),
    "scheme": (1, None, ""), "tokenUrl": (1, None), "openIdConnectUrl": ([],),
    "consumes": ("x", [1], None, []), "produces": ("x", [None], {}),
    "basePath": (1, None, "", "x", "//"), "host": (1, "", "a/b"), "schemes": ("x", [1], []),
    "variables": ([], "x", {"v": 1}),
    "url": (1, None, "", "{x}"),
    "propertyName": (1, None, []), "mapping": ([], "x", {"a": 1}),
    "additionalItems": (1, "x"),
    "x-example": (_NAN,), "x-examples": ("x",),
    "x-pfgen-name": (1, "", "class", []),
    "$ref": ("#/nope", 1, None, "", "#", "#/", "#/paths/~2", "#/components/schemas/%ZZ", "##", ["#/a"]),
    "$id": (1, "http://x/y"), "$schema": (1, "x"), "$anchor": (1,), "$defs": ([], {"a": 1}),
}
KEYWORDS = tuple(KEYWORD_VALUES)

# $ref targets; "@self", "@parent", "@other", "@component" are computed from the document and the node.
REF_KINDS = ("@self", "@parent", "@other", "@component", "@cycle", "#/components/schemas/DoesNotExist",
             "#/definitions/DoesNotExist", "other.yaml#/A", "./missing.json", "http://127.0.0.1:9/x.json",
             "file:///etc/passwd", "#/paths/~2", "#foo", "", "#", "#/", "#/components/schemas/%ZZ", "##",
             "#/info/title", "#/paths", "#/components/schemas/Pet/properties/name/maxLength",
             # odd relative/absolute/URL spellings, and the files beside the document
             "a\u0000.yaml", "%00", "\ud800", "#/\ud800", "http://[::1", "http://[x]/", "https://", "http:x",
             "data:text/plain,x", "mailto:a", "git:main:x.yaml", "C:\\x", "//host/x", "~/x", "%", "%zz", "a" * 300,
             ".", "..", "cache/", "base.json", "base.yaml#/paths", "revision.json#/components",
             "revision.yaml", "a.yaml#/x#y", " ", "\n")
NON_STRING_KEYS: tuple[Any, ...] = (1, 200, 0, -1, 1.5, True, False, None)

MUTATION_KINDS = ("delete", "replace", "set_keyword", "set_keyword", "set_keyword", "ref", "ref_sibling",
                  "dup_path", "odd_key", "graft", "empty_container", "alias")


def walk(node: Json, path: Path_ = ()) -> Iterator[Path_]:
    """Every JSON path in ``node`` (preorder, the root first); a container shared by several places (an "alias"
    mutation) is entered once, so cycles end."""
    seen: set[int] = set()
    stack: list[tuple[Json, Path_]] = [(node, path)]
    while stack:
        node, path = stack.pop()
        yield path
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
            stack.extend((value, (*path, key)) for key, value in reversed(items))


def get_at(doc: Json, path: Path_) -> Json:
    for token in path:
        doc = doc[token]
    return doc


def has_path(doc: Json, path: Path_) -> bool:
    for token in path:
        in_dict = isinstance(doc, dict) and token in doc
        in_list = isinstance(doc, list) and isinstance(token, int) and 0 <= token < len(doc)
        if in_dict or in_list:
            doc = doc[token]
        else:
            return False
    return True


def set_at(doc: Json, path: Path_, value: Json) -> Json:
    if not path:
        return value
    get_at(doc, path[:-1])[path[-1]] = value
    return doc


def delete_at(doc: Json, path: Path_) -> Json:
    if path:
        del get_at(doc, path[:-1])[path[-1]]
    return doc


def pointer(path: Path_) -> str:
    return "#" + "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in path)


def _pick(items: list[Any], selector: int) -> Any:
    return items[selector % len(items)] if items else None


def _dict_paths(doc: Json) -> list[Path_]:
    return [p for p in walk(doc) if isinstance(get_at(doc, p), dict)]


def _ref_value(doc: Json, path: Path_, kind: str, selector: int) -> Json:
    if kind == "@self":
        return pointer(path)
    if kind == "@parent":
        return pointer(path[: selector % (len(path) + 1)])
    if kind == "@other":
        return pointer(_pick(list(walk(doc)), selector))
    if kind == "@component":
        names = [pointer(("components", "schemas", n)) for n in (doc.get("components") or {}).get("schemas") or {}
                 ] if isinstance(doc, dict) and isinstance(doc.get("components"), dict) and isinstance(
            doc["components"].get("schemas"), dict) else []
        if isinstance(doc, dict) and isinstance(doc.get("definitions"), dict):
            names += [pointer(("definitions", n)) for n in doc["definitions"]]
        return _pick(names, selector) or "#/components/schemas/Missing"
    return kind


def apply_mutation(doc: Json, mutation: tuple[Any, ...], anchor: Path_ | None = None) -> tuple[Json, Path_ | None]:
    """Apply one planned mutation; ``anchor`` forces the node (when it exists in ``doc``). Returns the new
    document and the node it touched."""
    kind, selector, arg1, arg2 = mutation
    paths = list(walk(doc))
    dicts = _dict_paths(doc)
    use = anchor if anchor is not None and has_path(doc, anchor) else None

    if kind == "delete":
        path = use if use is not None else _pick(paths[1:], selector)
        return (delete_at(doc, path) if path else doc), path
    if kind == "replace":
        path = use if use is not None else _pick(paths, selector)
        return set_at(doc, path, copy.deepcopy(arg1)), path
    if kind == "empty_container":
        path = use if use is not None else _pick(paths, selector)
        node = get_at(doc, path)
        value = {} if isinstance(node, list) else [] if isinstance(node, dict) else ({} if arg2 else [])
        return set_at(doc, path, value), path
    if kind == "set_keyword":
        key, value = arg1
        holders = [p for p in dicts if key in get_at(doc, p)]
        path = use if use is not None else _pick(holders if (holders and arg2) else dicts, selector)
        node = get_at(doc, path) if path is not None else None
        if isinstance(node, dict):
            node[key] = copy.deepcopy(value)
        return doc, path
    if kind in ("ref", "ref_sibling"):
        ref_kind = arg1
        path = use if use is not None else _pick(dicts if kind == "ref_sibling" else paths, selector)
        if path is None:
            return doc, None
        if ref_kind == "@cycle":
            # Two nodes that are not inside each other become {$ref: other}.
            path_b = _pick([p for p in paths if p[: len(path)] != path and path[: len(p)] != p], selector // 7)
            if path_b is None:
                return set_at(doc, path, {"$ref": pointer(path)}), path
            doc = set_at(doc, path, {"$ref": pointer(path_b)})
            return set_at(doc, path_b, {"$ref": pointer(path)}), path
        value = _ref_value(doc, path, ref_kind, selector // 3)
        if kind == "ref_sibling" and isinstance(get_at(doc, path), dict):
            get_at(doc, path)["$ref"] = value
            return doc, path
        return set_at(doc, path, {"$ref": value}), path
    if kind == "dup_path":
        return _dup_path(doc, selector, arg2), None
    if kind == "odd_key":
        path = use if use is not None else _pick(dicts, selector)
        node = get_at(doc, path) if path is not None else None
        if isinstance(node, dict):
            siblings = list(node.values())
            node[arg1] = copy.deepcopy(_pick(siblings, selector) if (siblings and arg2) else {})
        return doc, path
    if kind == "graft":
        source = _pick(paths, selector)
        target = use if use is not None else _pick(paths, selector // 5 + 1)
        return set_at(doc, target, copy.deepcopy(get_at(doc, source))), target
    if kind == "alias":
        # The same node at two places: written as a YAML anchor and alias (a cycle when the target lies inside
        # the source).
        source = _pick(paths, selector)
        target = use if use is not None else _pick(paths[1:], selector // 5 + 1)
        if target is None:
            return doc, None
        return set_at(doc, target, get_at(doc, source)), target
    raise AssertionError(kind)


def _dup_path(doc: Json, selector: int, rename_param: bool) -> Json:
    """Copy a path item (or webhook) under a templated twin: ``/a/{id}`` also as ``/a/{id2}`` (optionally with its
    path parameter renamed too), ``/a`` also as ``/a/{x}``."""
    if not isinstance(doc, dict):
        return doc
    section = _pick([s for s in ("paths", "webhooks") if isinstance(doc.get(s), dict) and doc[s]], selector)
    if section is None:
        return doc
    items = doc[section]
    key = _pick(list(items), selector // 2)
    text = str(key)
    variants = ([text.replace("{", "{x").replace("}", "2}")] if "{" in text else []) + [
        text.rstrip("/") + "/{other}", text + "/", text.upper(), "/{a}/{a}", text.replace("/", "//")]
    new_key = _pick(variants, selector // 3)
    item = copy.deepcopy(items[key])
    if rename_param:
        for param_path in walk(item):
            node = get_at(item, param_path)
            if isinstance(node, dict) and node.get("in") == "path" and isinstance(node.get("name"), str):
                node["name"] = "x" + node["name"] + "2"
    items[new_key] = item
    return doc


@st.composite
def mutations(draw: st.DrawFn) -> tuple[Any, ...]:
    kind = draw(st.sampled_from(MUTATION_KINDS))
    selector = draw(st.integers(0, 10**6))
    arg1: Any = None
    arg2 = draw(st.booleans())
    if kind == "replace":
        arg1 = draw(st.sampled_from(ODD_VALUES))
    elif kind == "set_keyword":
        key = draw(st.sampled_from(KEYWORDS))
        value = draw(st.one_of(st.sampled_from(KEYWORD_VALUES[key]), st.sampled_from(ODD_VALUES)))
        arg1 = (key, value)
    elif kind in ("ref", "ref_sibling"):
        arg1 = draw(st.sampled_from(REF_KINDS))
    elif kind == "odd_key":
        arg1 = draw(st.sampled_from(NON_STRING_KEYS))
    return (kind, selector, arg1, arg2)


@st.composite
def mutated_pairs(draw: st.DrawFn) -> tuple[str, Json, Json]:
    """(seed name, base, revision): a seed pair with 1-6 mutations, each on the base, the revision or both."""
    # Half the time one of the few hand-written pairs (the only Swagger 2.0 ones), else one of ~300 fixture cases.
    name, base, revision = draw(st.one_of(st.sampled_from(HAND_SEEDS), st.sampled_from(FIXTURE_SEEDS)))
    base, revision = copy.deepcopy(base), copy.deepcopy(revision)
    for _ in range(draw(st.integers(1, 6))):
        side = draw(st.sampled_from(("base", "revision", "both", "both")))
        mutation = draw(mutations())
        if side == "base":
            base, _ = apply_mutation(base, mutation)
        elif side == "revision":
            revision, _ = apply_mutation(revision, mutation)
        else:
            base, touched = apply_mutation(base, mutation)
            revision, _ = apply_mutation(revision, mutation, anchor=touched)
    return name, base, revision


# Mutations that keep a document valid (mostly): `pfgen diff` builds the SDK surface of valid documents only, so
# the build stage is reached through these. Odd but legal names, x- extensions (free-form everywhere), numbers
# beyond the float range, $refs between existing components, cycles, wrapped schemas, duplicated operationIds.

ODD_NAMES = ("class", "None", "self", "_", "__init__", "1", "a-b", "a_b", "aB", "A b", "ü", "", " ", "get",
             "from", "x" * 200, "a.b", "$", "-", "fooBar", "foo_bar", "FooBar", "data", "items", "next_cursor",
             "page", "limit", "\ud800")
EXTENSIONS: dict[str, tuple[Json, ...]] = {
    key: KEYWORD_VALUES.get(key, ()) + ODD_VALUES for key in (
        "x-pfgen-name", "x-pfgen-body-name", "x-enum-varnames", "x-enumNames", "x-enum-descriptions",
        "x-enumDescriptions", "x-nullable", "x-extensible-enum", "x-sunset", "x-stability-level", "x-example",
        "x-examples", "x-pfgen-source-version")
}
EXTENSIONS["x-pfgen-name"] += ("a.b", "a.", ".b", "a.b.c", "class.def", "1.2", " . ", "orders.list")
ODD_ENUMS: tuple[Json, ...] = (["a", 1, None, True, 1.5, "1"], ["a-b", "a_b", "A B", "a b"], ["", " "],
                               ["class", "None", "self"], [None], [10**400], [-0.0, 0], ["ü", "\ud800"],
                               ["x" * 300], [True, False], [1, 1.0], [{}, []], ["1", "2", "_"])
VALID_NUMBERS: dict[str, tuple[Json, ...]] = {
    "minimum": (10**400, -(10**400), 1e308, -1e-308, 0, 2**63),
    "maximum": (10**400, -(10**400), 1e-320, 2**64),
    "multipleOf": (10**400, 1e-300, 1e308, 0.1, 3, 2**70),
    "maxLength": (10**400, 0, 2**63), "minLength": (10**400, 0),
    "maxItems": (10**400, 0), "minItems": (10**400,), "maxProperties": (10**400,),
}
VALID_KINDS = ("ext", "ext", "rename", "enum", "number", "ref_component", "wrap", "dup_operation_id",
               "nullable", "dup_path", "deepen")
DEPTHS = (2, 20, 120, 200, 340, 450)   # the loader refuses documents nested deeper than 500 levels


def _is_schema(node: Json) -> bool:
    return isinstance(node, dict) and any(k in node for k in ("type", "properties", "$ref", "allOf", "items"))


def _component_refs(doc: Json) -> list[str]:
    comps = doc.get("components") if isinstance(doc, dict) else None
    schemas = comps.get("schemas") if isinstance(comps, dict) else None
    refs = [pointer(("components", "schemas", n)) for n in schemas] if isinstance(schemas, dict) else []
    if isinstance(doc, dict) and isinstance(doc.get("definitions"), dict):
        refs += [pointer(("definitions", n)) for n in doc["definitions"]]
    return refs


def apply_valid_mutation(doc: Json, mutation: tuple[Any, ...], anchor: Path_ | None = None
                         ) -> tuple[Json, Path_ | None]:
    kind, selector, arg1, arg2 = mutation
    if kind == "dup_path":
        return _dup_path(doc, selector, True), None
    dicts = _dict_paths(doc)
    schemas = [p for p in dicts if _is_schema(get_at(doc, p)) and "properties" not in p[-1:]]
    use = anchor if anchor is not None and has_path(doc, anchor) else None

    def pick(candidates: list[Path_]) -> Path_ | None:
        return use if use is not None else _pick(candidates, selector)

    if kind == "ext":
        key, value = arg1
        # Objects (not maps of names, not example values): nodes holding one of these keys.
        objects = [p for p in dicts if {"type", "$ref", "responses", "operationId", "description", "in",
                                        "schema", "content", "properties", "openapi", "swagger"} & set(get_at(doc, p))]
        path = pick(objects)
        if path is not None:
            get_at(doc, path)[key] = copy.deepcopy(value)
        return doc, path
    if kind == "rename":
        # A property key, a parameter name (not in: path) or an operationId becomes an odd legal name.
        holders = [p for p in dicts if (p[-1:] == ("properties",)) or "operationId" in get_at(doc, p)
                   or get_at(doc, p).get("in") in ("query", "header", "cookie")]
        path = pick(holders)
        if path is None:
            return doc, None
        node = get_at(doc, path)
        if path[-1:] == ("properties",) and node:
            old = _pick(list(node), selector // 3)
            node[arg1] = node.pop(old)
            if arg2:   # and keep the old one too: two spellings that mangle alike
                node[old] = copy.deepcopy(node[arg1])
        elif "operationId" in node:
            node["operationId"] = arg1
        elif "in" in node:
            node["name"] = arg1
        return doc, path
    if kind == "enum":
        path = pick(schemas)
        if path is not None:
            get_at(doc, path)["enum"] = copy.deepcopy(arg1)
        return doc, path
    if kind == "number":
        key, value = arg1
        path = pick(schemas)
        if path is not None:
            get_at(doc, path)[key] = value
        return doc, path
    if kind == "ref_component":
        path = pick(schemas)
        ref = _pick(_component_refs(doc), selector // 3)
        if path is None or ref is None:
            return doc, path
        return set_at(doc, path, {"$ref": ref}), path
    if kind == "wrap":
        path = pick(schemas)
        if path is None:
            return doc, None
        node = get_at(doc, path)
        ref = _pick(_component_refs(doc), selector // 3)
        other = {"$ref": ref} if ref else {"type": "object"}
        if arg1 == "allOf":
            wrapped = {"allOf": [node, other]}
        elif arg1 == "oneOf":
            wrapped = {"oneOf": [node, other], **({"discriminator": {"propertyName": "kind"}} if arg2 else {})}
        elif arg1 == "anyOf":
            wrapped = {"anyOf": [node, {"type": "string"}]}
        elif arg1 == "array":
            wrapped = {"type": "array", "items": node}
        else:   # "object": the node becomes one property of an object, required or not
            wrapped = {"type": "object", "properties": {"value": node}, **({"required": ["value"]} if arg2 else {})}
        return set_at(doc, path, wrapped), path
    if kind == "deepen":
        # The schema inside many array schemas (one JSON level each) or allOfs (two levels each).
        path = pick(schemas)
        if path is None:
            return doc, None
        depth, wrap = arg1
        node = get_at(doc, path)
        for _ in range(depth if wrap == "items" else depth // 2):
            node = {"type": "array", "items": node} if wrap == "items" else {"allOf": [node]}
        return set_at(doc, path, node), path
    if kind == "dup_operation_id":
        ops = [p for p in dicts if isinstance(get_at(doc, p).get("operationId"), str)]
        if len(ops) >= 2:
            first, second = _pick(ops, selector), _pick(ops, selector // 5 + 1)
            get_at(doc, second)["operationId"] = get_at(doc, first)["operationId"]
        return doc, None
    if kind == "nullable":
        path = pick(schemas)
        if path is not None:
            node = get_at(doc, path)
            t = node.get("type")
            if isinstance(doc, dict) and str(doc.get("openapi", "")).startswith("3.1") and isinstance(t, str):
                node["type"] = [t, "null"]
            else:
                node["nullable" if "openapi" in doc else "x-nullable"] = arg2
        return doc, path
    raise AssertionError(kind)


@st.composite
def valid_mutations(draw: st.DrawFn) -> tuple[Any, ...]:
    kind = draw(st.sampled_from(VALID_KINDS))
    selector = draw(st.integers(0, 10**6))
    arg2 = draw(st.booleans())
    arg1: Any = None
    if kind == "ext":
        key = draw(st.sampled_from(tuple(EXTENSIONS)))
        arg1 = (key, draw(st.sampled_from(EXTENSIONS[key])))
    elif kind == "rename":
        arg1 = draw(st.sampled_from(ODD_NAMES))
    elif kind == "enum":
        arg1 = draw(st.sampled_from(ODD_ENUMS))
    elif kind == "number":
        key = draw(st.sampled_from(tuple(VALID_NUMBERS)))
        arg1 = (key, draw(st.sampled_from(VALID_NUMBERS[key])))
    elif kind == "wrap":
        arg1 = draw(st.sampled_from(("allOf", "oneOf", "anyOf", "array", "object")))
    elif kind == "deepen":
        arg1 = (draw(st.sampled_from(DEPTHS)), draw(st.sampled_from(("items", "allOf"))))
    return (kind, selector, arg1, arg2)


@st.composite
def valid_mutated_pairs(draw: st.DrawFn) -> tuple[str, Json, Json]:
    """A hand-written seed pair with 1-4 (mostly) validity-preserving mutations."""
    name, base, revision = draw(st.sampled_from(HAND_SEEDS))
    base, revision = copy.deepcopy(base), copy.deepcopy(revision)
    for _ in range(draw(st.integers(1, 4))):
        side = draw(st.sampled_from(("base", "revision", "both")))
        mutation = draw(valid_mutations())
        if side == "base":
            base, _ = apply_valid_mutation(base, mutation)
        elif side == "revision":
            revision, _ = apply_valid_mutation(revision, mutation)
        else:
            base, touched = apply_valid_mutation(base, mutation)
            revision, _ = apply_valid_mutation(revision, mutation, anchor=touched)
    return name, base, revision


# ---------------------------------------------------------------------------------------------------------------
# Running the CLI


def _needs_yaml(node: Json) -> bool:
    """Values only YAML can carry to the loader: dates, non-string mapping keys, shared (aliased) containers."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, (_dt.date, _dt.datetime)):
            return True
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                return True
            seen.add(id(node))
        if isinstance(node, dict):
            if any(not isinstance(k, str) for k in node):
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


class RawJson(str):
    """A document given as its JSON text, for what Python cannot serialise (an integer of 5000 digits)."""


def write_document(folder: Path, stem: str, doc: Json) -> Path:
    """JSON, as the CLI reads it; YAML only for documents holding dates or non-string keys (JSON has neither)."""
    if isinstance(doc, RawJson):
        path = folder / f"{stem}.json"
        path.write_text(doc, encoding="utf-8")
    elif _needs_yaml(doc):
        path = folder / f"{stem}.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    else:
        path = folder / f"{stem}.json"
        path.write_text(json.dumps(doc, allow_nan=True, ensure_ascii=True), encoding="utf-8")
    return path


def run_diff(base: Json, revision: Json, *extra: str) -> Any:
    """``pfgen [extra] diff OLD NEW --format json`` in-process, on files in a fresh folder (own cache folder)."""
    with tempfile.TemporaryDirectory(prefix="pfgen-robust-") as tmp:
        folder = Path(tmp)
        old = write_document(folder, "base", base)
        new = write_document(folder, "revision", revision)
        env = {"PFGEN_CACHE_DIR": str(folder / "cache")}
        return CliRunner().invoke(cli, [*extra, "diff", str(old), str(new), "--format", "json"], env=env)


def problem(result: Any) -> str:
    """Why a run is a crash ("" when it is not)."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"exception escaped the CLI: {type(result.exception).__name__}: {result.exception}"
    if "Traceback" in result.output:
        return "a traceback was printed"
    if "error[internal]" in result.output:
        return "internal error (the CLI's catch-all for pfgen bugs)"
    if result.exit_code not in EXIT_CODES:
        return f"exit code {result.exit_code}"
    return ""


def debug_traceback(base: Json, revision: Json) -> str:
    """The traceback ``--debug`` shows for a crashing pair (for the failure message)."""
    result = run_diff(base, revision, "--debug")
    if result.exc_info is None or isinstance(result.exception, SystemExit):
        return result.output[-2000:]
    return "".join(traceback.format_exception(*result.exc_info))[-4000:]


def _short(doc: Json) -> str:
    try:
        return json.dumps(doc, default=str, allow_nan=True, ensure_ascii=False)[:3000]
    except (ValueError, RecursionError):   # a cyclic document (alias mutation)
        return repr(doc)[:3000]


def check_no_crash(base: Json, revision: Json) -> None:
    result = run_diff(base, revision)
    why = problem(result)
    if why:
        pytest.fail(f"pfgen diff crashed: {why}\noutput:\n{result.output[-1500:]}\nbase: {_short(base)}\n"
                    f"revision: {_short(revision)}\n--debug traceback:\n{debug_traceback(base, revision)}",
                    pytrace=False)


# ---------------------------------------------------------------------------------------------------------------
# Tests


def test_seeds_diff_cleanly() -> None:
    """The unmutated seeds go through (so a mutation, not a broken seed, is what a failure is about)."""
    for _name, base, revision in HAND_SEEDS:
        result = run_diff(base, revision)
        assert result.exit_code == 0 and not problem(result), result.output[-2000:]
        json.loads(result.output[result.output.index("{"):])


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=not _ENV_EXAMPLES,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_pairs())
def test_property_diff_never_crashes(pair: tuple[str, Json, Json]) -> None:
    _name, base, revision = pair
    check_no_crash(base, revision)


@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=not _ENV_EXAMPLES,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(valid_mutated_pairs())
def test_property_valid_documents_never_crash(pair: tuple[str, Json, Json]) -> None:
    _name, base, revision = pair
    check_no_crash(base, revision)


# ---------------------------------------------------------------------------------------------------------------
# Minimal reproducers of crashes found by the property above (each fails until its bug is fixed).

def _doc(version: str = "3.0.3", **extra: Json) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "T", "version": "1"}, "paths": {}, **extra}


def _get_200(schema: Json, version: str = "3.0.3") -> dict[str, Any]:
    """GET /a answering 200 with a JSON body of ``schema``."""
    return _doc(version, paths={"/a": {"get": {"responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": schema}}}}}}})


def _post_body(schema: Json) -> dict[str, Any]:
    """POST /a whose JSON request body is ``schema``."""
    return _doc(paths={"/a": {"post": {"requestBody": {"content": {"application/json": {"schema": schema}}},
                                       "responses": {"200": {"description": "ok"}}}}})


def _nested(depth: int, leaf: Json, wrap: str = "items") -> Json:
    """``leaf`` inside ``depth`` array schemas (``items``) or single-member ``allOf``s: one JSON level per array,
    two per allOf, so both stay under the loader's 500-level depth limit here."""
    for _ in range(depth):
        leaf = {"type": "array", "items": leaf} if wrap == "items" else {"allOf": [leaf]}
    return leaf


KNOWN_CRASHES: list[Any] = [
    # builder/security.py security_schemes: ctx.data.get("components", {}).get(...) on a list
    # -> AttributeError: 'list' object has no attribute 'get'
    pytest.param(_doc(), _doc(components=[]), id="components-not-an-object"),
    # builder/build.py _operations: tuple(t for t in op.get("tags") or ()) with tags: true
    # -> TypeError: 'bool' object is not iterable
    pytest.param(_doc(), _doc(paths={"/a": {"get": {"tags": True, "responses": {"200": {"description": "ok"}}}}}),
                 id="operation-tags-not-a-list"),
    # normalize/schema.py declared_types: dict.fromkeys(type) with a list (or object) inside the type list; reached
    # from the wire diff (diff/view.py Views._own) when both sides have the schema, and from builder/schemas.py
    # _types -> TypeError: unhashable type: 'list'
    pytest.param(_get_200({"type": "string"}, "3.1.0"), _get_200({"type": [["string"]]}, "3.1.0"),
                 id="type-list-holding-a-list"),
    # builder/schemas.py _fields: props.items() on the merged `properties` of an object allOf
    # -> AttributeError: 'int' object has no attribute 'items'
    pytest.param(_doc(), _get_200({"allOf": [{"type": "object", "properties": 1}, {"type": "object"}]}),
                 id="allof-properties-not-an-object"),
    # builder/schemas.py _convert <-> _all_of: a non-string $ref beside properties/items/oneOf/anyOf is
    # rewritten to allOf, merged back into the same {$ref, properties} node and converted again, forever
    # -> RecursionError
    pytest.param(_doc(), _post_body({"$ref": 1, "properties": []}), id="non-string-ref-beside-properties"),
    # normalize/swagger2_security.py _oauth2_flows: `flow not in _OAUTH2_FLOWS` with an object (or list) flow
    # -> TypeError: unhashable type: 'dict'
    pytest.param({"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}},
                 {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {},
                  "securityDefinitions": {"o": {"type": "oauth2", "flow": {}}}}, id="swagger2-oauth2-flow-object"),
    # resolve/documents.py place_of: os.path.realpath on a relative $ref holding NUL (also spelled %00; a lone
    # surrogate such as "\ud800" gives UnicodeEncodeError at the same line)
    # -> ValueError: embedded null byte
    pytest.param(_doc(), _doc(components={"schemas": {"A": {"$ref": "a\u0000.yaml"}}}), id="ref-with-nul-byte"),
    # resolve/documents.py place_of: urlsplit on a $ref with a malformed bracketed host ("http://[x]/" too)
    # -> ValueError: Invalid IPv6 URL
    pytest.param(_doc(), _doc(components={"schemas": {"A": {"$ref": "http://[::1"}}}), id="ref-invalid-ipv6-url"),
    # console.py Console.out: click.echo of a report holding a lone surrogate (a path key "/\ud800", valid JSON
    # "\ud800" escape) on a UTF-8 stream -> UnicodeEncodeError: surrogates not allowed
    pytest.param(_doc(), _doc(paths={"/\ud800": {"get": {"responses": {"200": {"description": "ok"}}}}}),
                 id="lone-surrogate-in-report"),
    # diff/view.py _bound: float(minimum) for an integer beyond the float range (also exclusiveMinimum in 3.1,
    # one line lower) -> OverflowError: int too large to convert to float. A valid document.
    pytest.param(_get_200({"type": "integer", "minimum": 10**400}), _get_200({"type": "integer"}),
                 id="minimum-beyond-float-range"),
    # diff/keywords.py _multiple_of: (a / b).is_integer() with a huge integer multipleOf
    # -> OverflowError: integer division result too large for a float. A valid document.
    pytest.param(_get_200({"type": "integer", "multipleOf": 10**400}), _get_200({"type": "integer", "multipleOf": 3}),
                 id="multipleof-beyond-float-range"),
    # ir/names.py enum_member_name: name[0] on the empty name left of a whitespace-only enum value beside another
    # value (building the SDK surface of a valid document) -> IndexError: string index out of range
    pytest.param(_doc(), _get_200({"type": "string", "enum": ["a", " "]}), id="enum-value-only-whitespace"),
    # diff/schemas.py SchemaComparer.compare -> _compare -> _items (3 frames a level): array schemas nested 326+
    # deep (JSON depth ~333, under the 500 limit; valid) exhaust the stack in the wire diff -> RecursionError.
    # allOf nesting (compare -> _compare -> _all_of) fails from 196 levels (JSON depth ~400).
    pytest.param(_get_200(_nested(400, {"type": "string"})), _get_200(_nested(400, {"type": "integer"})),
                 id="wire-diff-deep-arrays"),
    pytest.param(_get_200(_nested(230, {"type": "string"}, "allOf")),
                 _get_200(_nested(230, {"type": "integer"}, "allOf")), id="wire-diff-deep-allof"),
    # builder/schemas.py SchemaBuilder.at -> _convert -> _array: building the SDK surface of a valid document with
    # array schemas nested 327+ deep -> RecursionError (the wire diff has nothing deep to compare here)
    pytest.param(_doc(), _get_200(_nested(400, {"type": "string"})), id="sdk-surface-deep-arrays"),
    # validate/schema_check.py check_schema: a parameter that matches none of the parameter shapes (no `in`) with
    # a schema nested 160+ levels deep (JSON depth ~170) -> the jsonschema error walk recurses through every
    # oneOf branch -> RecursionError (the same with Swagger 2.0; `pfgen validate` shares the code)
    pytest.param(_doc(), _doc(paths={"/a": {"get": {
        "parameters": [{"name": "q", "schema": _nested(200, {"type": "string"})}],
        "responses": {"200": {"description": "ok"}}}}}), id="validation-deep-schema-in-invalid-parameter"),
    # load/json_parse.py parse_json: json.loads raises a plain ValueError (not JSONDecodeError, so not caught) for
    # an integer literal of more than 4300 digits (Python's int-from-string limit); YAML reports it as yaml-syntax
    pytest.param(_doc(), RawJson('{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, '
                                 '"x-n": ' + "9" * 4301 + "}"), id="json-integer-over-4300-digits"),
]


@pytest.mark.parametrize(("base", "revision"), KNOWN_CRASHES)
def test_known_crash(base: Json, revision: Json) -> None:
    check_no_crash(base, revision)

