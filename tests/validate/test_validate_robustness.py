"""Malformed documents produce diagnostics, never exceptions (the keyword checks assume shapes the meta-schema
check has not guaranteed yet)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from validate_support import spec_from_data

from generator.validate import validate

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "security": [{"key": []}],
    "paths": {
        "/a/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getA",
                "parameters": [{"$ref": "#/components/parameters/Q"}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/A"}}}}},
            },
        }
    },
    "components": {
        "parameters": {"Q": {"name": "q", "in": "query", "schema": {"type": "string", "enum": ["a"]}}},
        "schemas": {"A": {"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}},
                          "allOf": [{"$ref": "#/components/schemas/B"}]},
                    "B": {"type": "object", "properties": {"y": {"default": 1}}}},
        "securitySchemes": {"key": {"type": "apiKey", "name": "k", "in": "header"}},
    },
}

WEIRD = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.just({"$ref": "#/nowhere"}),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


def _containers(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _containers(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _containers(value, (*path, index))
    return out


SPOTS = [p for p in _containers(BASE) if p]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spot=st.sampled_from(SPOTS), value=WEIRD)
def test_replacing_any_value_never_crashes(spot: tuple[Any, ...], value: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    doc = copy.deepcopy(BASE)
    node = doc
    for part in spot[:-1]:
        node = node[part]
    node[spot[-1]] = value
    diags = validate(spec_from_data(doc))
    for diag in diags:
        assert diag.severity in ("error", "warning")
        assert diag.message and "\n" not in diag.message


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(paths=[]),
        lambda d: d.update(paths={"/a": "get"}),
        lambda d: d["paths"]["/a/{id}"].update(get=None),
        lambda d: d["paths"]["/a/{id}"]["get"].update(parameters={"name": "q"}),
        lambda d: d["paths"]["/a/{id}"]["get"].update(parameters=[{"in": "query"}, 5]),
        lambda d: d["paths"]["/a/{id}"]["get"].update(responses=[]),
        lambda d: d["components"].update(schemas={"A": True, "B": False}),
        lambda d: d.update(security={"key": []}),
        lambda d: d.update(openapi="3.0.3", info="x"),
    ],
)
def test_shapes_the_lint_rules_do_not_expect(mutate: Any) -> None:
    doc = copy.deepcopy(BASE)
    mutate(doc)
    diags = validate(spec_from_data(doc))
    assert diags  # every one of these is invalid, and says so
    assert all(d.severity in ("error", "warning") for d in diags)
