"""Paths, operations, parameters, bodies, responses, security and servers: one test per rule."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from diff_support import api, changes, ids

S = {"type": "string"}
OK = {"200": {"description": "ok", "content": {"application/json": {"schema": S}}}}


def op(**extra: Any) -> dict[str, Any]:
    return {"responses": copy.deepcopy(OK), **extra}


def with_op(path: str = "/orders/{id}", method: str = "get", **extra: Any) -> dict[str, Any]:
    params = extra.pop("parameters", None)
    if params is None and "{id}" in path:
        params = [{"name": "id", "in": "path", "required": True, "schema": S}]
    node = op(**extra)
    if params is not None:
        node["parameters"] = params
    return api({path: {method: node}})


def q(name: str, required: bool = False, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": S, **extra}


PID = {"name": "id", "in": "path", "required": True, "schema": S}


def test_operation_added_and_removed() -> None:
    a, b = api({"/a": {"get": op()}}), api({"/a": {"get": op()}, "/b": {"post": op()}})
    assert ids(a, b) == ["operation-added"]
    (c,) = changes(b, a)
    assert (c.id, c.level, c.operation, c.location) == ("operation-removed", "breaking", "POST /b",
                                                         "/paths/~1b/post")


def test_deprecated_operation_removed_is_a_warning() -> None:
    a = api({"/a": {"get": op()}, "/b": {"get": op(deprecated=True)}})
    (c,) = changes(a, api({"/a": {"get": op()}}))
    assert (c.id, c.level) == ("deprecated-operation-removed", "warning")


def test_operation_deprecated_and_undeprecated() -> None:
    assert ids(with_op(), with_op(deprecated=True)) == ["operation-deprecated"]
    assert ids(with_op(deprecated=True), with_op()) == ["deprecation-removed"]


def test_path_parameter_rename_is_the_same_endpoint() -> None:
    a = with_op("/orders/{id}")
    b = with_op("/orders/{orderId}", parameters=[{"name": "orderId", "in": "path", "required": True, "schema": S}])
    (c,) = changes(a, b)
    assert (c.id, c.level, c.operation) == ("path-parameter-renamed", "info", "GET /orders/{orderId}")
    assert "`id`" in c.message and "`orderId`" in c.message


def test_path_parameter_type_change_is_found_through_the_rename() -> None:
    a = with_op("/orders/{id}")
    b = with_op("/orders/{orderId}", parameters=[{"name": "orderId", "in": "path", "required": True,
                                                  "schema": {"type": "integer"}}])
    assert ids(a, b) == ["path-parameter-renamed", "request-type-changed"]


def test_operation_id_and_tags_changes() -> None:
    assert ids(with_op(operationId="a"), with_op(operationId="b")) == ["operation-id-changed"]
    assert ids(with_op(tags=["x"]), with_op(tags=["y"])) == ["operation-tags-changed"]


@pytest.mark.parametrize("old,new,expected", [
    ([PID], [PID, q("limit")], ["request-parameter-added"]),
    ([PID], [PID, q("limit", True)], ["request-parameter-added-required"]),
    ([PID, q("limit")], [PID], ["request-parameter-removed"]),
    ([PID, q("limit")], [PID, q("limit", True)], ["request-parameter-became-required"]),
    ([PID, q("limit", True)], [PID, q("limit")], ["request-parameter-became-optional"]),
    ([PID, q("limit")], [PID, {**q("limit", True), "in": "header"}], ["request-parameter-location-changed"]),
    # An optional parameter that moves is, as in oasdiff, one removed (warning) and one added (info).
    ([PID, q("limit")], [PID, {**q("limit"), "in": "header"}],
     ["request-parameter-added", "request-parameter-removed"]),
    ([PID, q("tags")], [PID, q("tags", style="pipeDelimited")], ["request-parameter-style-changed"]),
    ([PID, q("tags")], [PID, q("tags", explode=False)], ["request-parameter-style-changed"]),
    ([PID, q("tags")], [PID, q("tags", deprecated=True)], ["request-parameter-deprecated"]),
    ([PID, q("n", schema={"type": "integer"})], [PID, q("n", schema={"type": "integer", "maximum": 5})],
     ["request-constraint-set"]),
    ([PID, q("n", schema={"type": "integer", "maximum": 9})], [PID, q("n", schema={"type": "integer", "maximum": 5})],
     ["request-constraint-tightened"]),
    ([PID, q("n", schema={"type": "integer", "maximum": 5})], [PID, q("n", schema={"type": "integer"})],
     ["request-constraint-relaxed"]),
    ([PID, q("s", schema={"enum": ["a", "b"]})], [PID, q("s", schema={"enum": ["a"]})],
     ["request-enum-value-removed"]),
    ([PID, q("s", schema={"enum": ["a"]})], [PID, q("s", schema={"enum": ["a", "b"]})],
     ["request-enum-value-added"]),
    ([PID, q("s", schema={"type": "string", "default": "a"})], [PID, q("s", schema={"type": "string", "default": "b"})],
     ["request-parameter-default-changed"]),
    ([PID, q("s", schema={"type": "string", "format": "date"})],
     [PID, q("s", schema={"type": "string", "format": "uuid"})], ["request-format-changed"]),
    ([PID, {"name": "f", "in": "query", "content": {"application/json": {"schema": S}}}],
     [PID, {"name": "f", "in": "query", "content": {"text/plain": {"schema": S}}}],
     ["request-parameter-media-type-changed"]),
    ([PID, q("limit", description="old")], [PID, q("limit", description="new")], ["docs-changed"]),
])
def test_parameter_rules(old: list[Any], new: list[Any], expected: list[str]) -> None:
    assert ids(with_op(parameters=old), with_op(parameters=new)) == expected


def test_header_parameters_match_case_insensitively_and_path_level_params_count() -> None:
    h = {"name": "X-Trace", "in": "header", "schema": S}
    a = api({"/a": {"parameters": [h], "get": op()}})
    b = api({"/a": {"get": op(parameters=[{**h, "name": "x-trace"}])}})
    assert ids(a, b) == []


def body(required: bool = True, media: str = "application/json", schema: Any = S) -> dict[str, Any]:
    return {"required": required, "content": {media: {"schema": schema}}}


@pytest.mark.parametrize("old,new,expected", [
    (None, body(True), ["request-body-added-required"]),
    (None, body(False), ["request-body-added"]),
    (body(), None, ["request-body-removed"]),
    (body(False), body(True), ["request-body-became-required"]),
    (body(True), body(False), ["request-body-became-optional"]),
    (body(), {"required": True, "content": {"application/json": {"schema": S}, "text/plain": {"schema": S}}},
     ["request-media-type-added"]),
    ({"required": True, "content": {"application/json": {"schema": S}, "text/plain": {"schema": S}}}, body(),
     ["request-media-type-removed"]),
])
def test_request_body_rules(old: Any, new: Any, expected: list[str]) -> None:
    a = with_op("/a", "post", **({"requestBody": old} if old else {}))
    b = with_op("/a", "post", **({"requestBody": new} if new else {}))
    assert ids(a, b) == expected


def test_media_type_parameters_do_not_matter() -> None:
    a = with_op("/a", "post", requestBody=body(media="application/json"))
    b = with_op("/a", "post", requestBody=body(media="application/json; charset=utf-8"))
    assert ids(a, b) == []


def responses(**codes: Any) -> dict[str, Any]:
    return {k.lstrip("_"): v for k, v in codes.items()}


R = {"description": "d"}


@pytest.mark.parametrize("old,new,expected", [
    ({"200": R}, {"200": R, "201": R}, ["response-success-status-added"]),
    ({"200": R, "201": R}, {"200": R}, ["response-success-status-removed"]),
    ({"200": R}, {"200": R, "409": R}, ["response-error-status-added"]),
    ({"200": R, "409": R}, {"200": R}, ["response-error-status-removed"]),
    ({"200": {"description": "d", "content": {"application/json": {"schema": S}}}},
     {"200": {"description": "d", "content": {"application/json": {"schema": S}, "text/csv": {"schema": S}}}},
     ["response-media-type-added"]),
    ({"200": {"description": "d", "content": {"application/json": {"schema": S}, "text/csv": {"schema": S}}}},
     {"200": {"description": "d", "content": {"application/json": {"schema": S}}}},
     ["response-media-type-removed"]),
    ({"200": R}, {"200": {"description": "d", "headers": {"X-Rate": {"schema": S}}}}, ["response-header-added"]),
    ({"200": {"description": "d", "headers": {"X-Rate": {"schema": S, "required": True}}}}, {"200": R},
     ["response-required-header-removed"]),
    ({"200": {"description": "d", "headers": {"X-Rate": {"schema": S}}}}, {"200": R},
     ["response-optional-header-removed"]),
    ({"200": {"description": "d", "headers": {"X-Rate": {"schema": S, "required": True}}}},
     {"200": {"description": "d", "headers": {"x-rate": {"schema": S}}}}, ["response-header-became-optional"]),
    ({"200": {"description": "d", "headers": {"X-Rate": {"schema": S}}}},
     {"200": {"description": "d", "headers": {"X-Rate": {"schema": S, "required": True}}}},
     ["response-header-became-required"]),
    ({"200": {"description": "d", "headers": {"X-Rate": {"schema": {"type": "integer"}}}}},
     {"200": {"description": "d", "headers": {"X-Rate": {"schema": {"type": "number"}}}}},
     ["response-type-changed"]),
    ({"200": R}, {"200": {"description": "new words"}}, ["docs-changed"]),
])
def test_response_rules(old: dict[str, Any], new: dict[str, Any], expected: list[str]) -> None:
    a = api({"/a": {"get": {"responses": old}}})
    b = api({"/a": {"get": {"responses": new}}})
    assert ids(a, b) == expected


SCHEMES = {"securitySchemes": {
    "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://t", "scopes": {}}}},
}}


def secured(security: Any = None, global_security: Any = None, schemes: Any = None) -> dict[str, Any]:
    node = op()
    if security is not None:
        node["security"] = security
    doc = api({"/a": {"get": node}}, components=copy.deepcopy(schemes or SCHEMES))
    if global_security is not None:
        doc["security"] = global_security
    return doc


@pytest.mark.parametrize("old,new,expected", [
    (secured(), secured([{"key": []}]), ["security-added"]),
    (secured([{"key": []}]), secured([]), ["security-removed"]),
    (secured([{"key": []}]), secured([{"key": []}, {"oauth": []}]), ["security-alternative-added"]),
    (secured([{"key": []}, {"oauth": []}]), secured([{"key": []}]), ["security-alternative-removed"]),
    (secured([{"oauth": ["read"]}]), secured([{"oauth": ["read", "write"]}]), ["security-scopes-added"]),
    (secured([{"oauth": ["read", "write"]}]), secured([{"oauth": ["read"]}]), ["security-scopes-removed"]),
    (secured(global_security=[{"key": []}]), secured([{"key": []}]), []),
    (secured(global_security=[{"key": []}]), secured([]), ["security-removed"]),
])
def test_security_rules(old: dict[str, Any], new: dict[str, Any], expected: list[str]) -> None:
    assert ids(old, new) == expected


def test_security_scheme_key_rename_is_not_a_change() -> None:
    renamed = {"securitySchemes": {"apiKey": SCHEMES["securitySchemes"]["key"]}}
    assert ids(secured([{"key": []}]), secured([{"apiKey": []}], schemes=renamed)) == []


def test_security_scheme_definition_change() -> None:
    changed = copy.deepcopy(SCHEMES)
    changed["securitySchemes"]["key"]["name"] = "Authorization"
    found = ids(secured([{"key": []}]), secured([{"key": []}], schemes=changed))
    assert found == ["security-alternative-added", "security-alternative-removed", "security-scheme-changed"]


def test_servers() -> None:
    a = api({}, servers=[{"url": "https://a.example"}])
    b = api({}, servers=[{"url": "https://b.example/"}])
    found = changes(a, b)
    assert [c.id for c in found] == ["server-added", "server-removed"]
    assert "default base URL becomes https://b.example" in found[1].message
    assert ids(a, api({}, servers=[{"url": "https://a.example/"}])) == []


def test_document_docs_changes_are_info() -> None:
    a, b = api({}), api({})
    b["info"]["description"] = "Now described"
    (c,) = changes(a, b)
    assert (c.id, c.level, c.operation, c.location) == ("docs-changed", "info", "", "/info")


def test_webhook_payload_is_compared_as_received() -> None:
    def hook(schema: Any) -> dict[str, Any]:
        return api(version="3.1.0", webhooks={"order.paid": {"post": {
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "ok"}}}}})

    old = {"type": "object", "properties": {"s": {"type": "string", "enum": ["a"]}}}
    new = {"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"]}}}
    (c,) = changes(hook(old), hook(new))
    assert (c.id, c.operation) == ("response-enum-value-added", "POST webhook order.paid")


def test_self_diff_is_empty_and_output_sorted() -> None:
    doc = with_op(parameters=[PID, q("a")], requestBody=body())
    assert changes(doc, copy.deepcopy(doc)) == ()
    a = api({"/b": {"get": op()}, "/a": {"get": op(), "post": op()}})
    b = api({})
    found = changes(a, b)
    assert [c.operation for c in found] == ["GET /a", "GET /b", "POST /a"]
