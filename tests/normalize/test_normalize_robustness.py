"""Malformed Swagger 2.0 never crashes normalize: it warns, falls back, and the refs it writes resolve."""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import unquote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.normalize import normalize

_KEYS = st.sampled_from(
    [
        "type",
        "format",
        "items",
        "properties",
        "required",
        "schema",
        "in",
        "name",
        "$ref",
        "allOf",
        "additionalProperties",
        "x-nullable",
        "discriminator",
        "collectionFormat",
        "description",
        "headers",
        "examples",
        "consumes",
        "produces",
        "parameters",
        "responses",
        "flow",
        "scopes",
        "200",
        "x-ext",
        "get",
        "post",
    ]
)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from(
        [
            "string",
            "file",
            "array",
            "object",
            "query",
            "path",
            "header",
            "body",
            "formData",
            "csv",
            "multi",
            "tsv",
            "#/definitions/A",
            "#/definitions/Nope",
            "#/parameters/P",
            "#/responses/R",
            "#/paths",
            "#",
            "other.json#/x",
            "application/json",
            "multipart/form-data",
        ]
    ),
)
_JSON = st.recursive(
    _SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(_KEYS, children, max_size=4)
    ),
    max_leaves=25,
)


def _refs_resolve(document: dict[str, Any]) -> bool:
    def ok(ref: str) -> bool:
        node: Any = document
        if not ref.startswith("#/"):
            return False
        for token in unquote(ref[2:]).split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                return False
            node = node[token]
        return True

    def walk(node: Any) -> bool:
        if isinstance(node, dict):
            ref = node.get("$ref")
            # Only references normalize wrote are checked: junk under non-schema keywords (``type: {$ref}``)
            # is copied as written, and validate reports it.
            if isinstance(ref, str) and ref.startswith("#/components/") and not ok(ref):
                return False
            # Extension and example values are data, copied as written, not references to follow.
            return all(
                walk(value)
                for key, value in node.items()
                if not key.startswith("x-") and key not in ("example", "examples")
            )
        if isinstance(node, list):
            return all(walk(value) for value in node)
        return True

    return walk(document)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    definitions=st.dictionaries(st.sampled_from(["A", "B"]), _JSON, max_size=2),
    parameters=st.dictionaries(st.sampled_from(["P", "Q"]), _JSON, max_size=2),
    responses=st.dictionaries(st.sampled_from(["R"]), _JSON, max_size=1),
    operation=_JSON,
    path_parameters=_JSON,
    security=st.dictionaries(st.sampled_from(["s"]), _JSON, max_size=1),
)
def test_arbitrary_shapes_do_not_crash(
    definitions: dict[str, Any],
    parameters: dict[str, Any],
    responses: dict[str, Any],
    operation: Any,
    path_parameters: Any,
    security: dict[str, Any],
) -> None:
    document: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "definitions": definitions,
        "parameters": parameters,
        "responses": responses,
        "securityDefinitions": security,
        "paths": {"/a/{id}": {"parameters": path_parameters, "get": operation}},
    }
    before = copy.deepcopy(document)
    out, diagnostics = normalize(document, "2.0")
    assert document == before
    assert out["openapi"] == "3.0.3"
    assert all(d.severity == "warning" for d in diagnostics)
    assert _refs_resolve(out)
