"""OpenAPI 3.0/3.1 input: semantics kept, only downstream-breaking shapes repaired, input never mutated."""

from __future__ import annotations

import copy
from typing import Any

from generator.normalize import normalize


def test_unchanged_document_is_the_same_object() -> None:
    source: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {"A": {"type": ["string", "null"], "exclusiveMinimum": 1}}},
    }
    before = copy.deepcopy(source)
    out, diagnostics = normalize(source, "3.1")
    assert out is source
    assert diagnostics == ()
    assert source == before


def test_nullable_and_30_keywords_are_left_as_written() -> None:
    source: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "A": {"type": "string", "nullable": True, "exclusiveMinimum": True, "minimum": 0}
            }
        },
    }
    out, _ = normalize(source, "3.0")
    assert out is source
    assert out["openapi"] == "3.0.1"


def test_missing_paths_becomes_empty_object_without_touching_input() -> None:
    source: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "webhooks": {},
    }
    before = copy.deepcopy(source)
    out, diagnostics = normalize(source, "3.1")
    assert out["paths"] == {}
    assert "paths" not in source and source == before
    assert out["webhooks"] is source["webhooks"]
    assert diagnostics == ()


def test_non_object_paths_is_replaced_with_warning() -> None:
    source: dict[str, Any] = {
        "openapi": "3.0.0",
        "info": {"title": "T", "version": "1"},
        "paths": [],
    }
    out, diagnostics = normalize(source, "3.0")
    assert out["paths"] == {}
    assert [d.code for d in diagnostics] == ["normalize-paths-invalid"]
    assert source["paths"] == []


def test_integer_response_codes_are_strings_and_only_that_path_is_copied() -> None:
    ok = {"description": "ok"}
    untouched = {"get": {"responses": {"200": ok}}}
    source: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "get": {"operationId": "a", "responses": {200: ok, "default": ok}},
                "post": {"responses": {"201": ok}},
            },
            "/b": untouched,
        },
        "webhooks": {"ping": {"post": {"responses": {204: ok}}}},
    }
    before = copy.deepcopy(source)
    out, diagnostics = normalize(source, "3.0")
    assert source == before
    a = out["paths"]["/a"]
    assert list(a["get"]["responses"]) == ["200", "default"]
    assert a["get"]["responses"]["200"] is ok
    assert a["get"]["operationId"] == "a"
    assert a["post"] is source["paths"]["/a"]["post"]
    assert out["paths"]["/b"] is untouched
    assert list(out["webhooks"]["ping"]["post"]["responses"]) == ["204"]
    assert [d.location.pointer for d in diagnostics] == [
        "/paths/~1a/get/responses/200",
        "/webhooks/ping/post/responses/204",
    ]
    assert all(d.code == "normalize-response-code-not-string" for d in diagnostics)
