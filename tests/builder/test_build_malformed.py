"""What ``generate --lenient`` hands the build stage can be malformed in any place; the build warns and goes on.
Each shape below crashed it (found by tests/diff/test_diff_robustness.py)."""

from __future__ import annotations

from typing import Any

import pytest
from pfgen_build_helpers import spec_from_data

from generator.builder import BuildOptions, build

OK = {"200": {"description": "ok"}}


def _doc(**extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, **extra}


CASES = [
    pytest.param(_doc(components=[]), "", id="components-a-list"),
    pytest.param(_doc(paths={"/a": {"get": {"operationId": "getA", "tags": True, "responses": OK}}}), "",
                 id="tags-true"),
    pytest.param(_doc(paths={"/a": {"get": {"operationId": "getA", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {
            "allOf": [{"type": "object", "properties": 1}, {"type": "object"}]}}}}}}}}), "", id="properties-not-a-map"),
    pytest.param(_doc(paths={"/a": {"post": {"operationId": "postA", "requestBody": {"content": {
        "application/json": {"schema": {"$ref": 1, "properties": []}}}}, "responses": OK}}}), "ref-invalid",
        id="ref-not-a-string-beside-properties"),
]


@pytest.mark.parametrize(("data", "warning"), CASES)
def test_malformed_input_builds_with_warnings(data: dict[str, Any], warning: str) -> None:
    result = build(spec_from_data(data), BuildOptions())
    assert result.api is not None
    if warning:
        assert warning in {d.code for d in result.diagnostics}
