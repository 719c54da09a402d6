"""``resolve(lenient=True)``: what a lenient run (every ``pfgen diff``) reads instead of refusing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.errors import InputError
from generator.load import parse_bytes
from generator.resolve import resolve


def _doc(data: dict[str, Any]) -> Any:
    return parse_bytes(json.dumps(data).encode(), "spec.json")


BROKEN_REF = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {
    "200": {"description": "ok", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Gone"}}}}}}}}}


def test_a_ref_to_nothing_stops_a_strict_run_and_is_an_error_diagnostic_of_a_lenient_one() -> None:
    with pytest.raises(InputError) as caught:
        resolve(_doc(BROKEN_REF))
    assert caught.value.code == "ref-not-found"
    spec = resolve(_doc(BROKEN_REF), lenient=True)
    found = [d for d in spec.diagnostics if d.code == "ref-not-found"]
    assert len(found) == 1 and found[0].severity == "error" and "Gone" in found[0].message
    schema = spec.data["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Gone"}   # left as written: it leads nowhere


@pytest.mark.parametrize(("data", "family"), [
    ({"openapi": "3.2.0"}, "3.1"),
    ({"openapi": "3.1.0.0"}, "3.1"),
    ({"openapi": "3.0"}, "3.0"),   # a supported version (no diagnostic) for contrast
    ({"swagger": "1.2"}, "2.0"),
    ({}, "3.0"),
])
def test_an_unreadable_version_is_read_as_the_closest_family(data: dict[str, Any], family: str) -> None:
    doc = {"info": {"title": "t", "version": "1"}, "paths": {}, **data}
    spec = resolve(_doc(doc), lenient=True)
    assert spec.family == family
    problems = [d.code for d in spec.diagnostics if d.severity == "error"]
    assert problems == ([] if data == {"openapi": "3.0"} else [problems[0]])
    if data != {"openapi": "3.0"}:
        assert problems[0] in ("unsupported-version", "not-openapi")
        with pytest.raises(InputError):
            resolve(_doc(doc))
