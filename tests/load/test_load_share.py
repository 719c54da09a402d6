"""In a ``reuse`` session, a parsed document keeps the last run's objects for its unchanged parts
(``load.share``). Oracle: a parse outside a session (same value, by exact fingerprint), and the guards, which
must refuse in a session exactly what they refuse outside one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import reuse
from generator.errors import InputError
from generator.load import load_document


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"responses": {"200": {"description": "a", "content": {}}}}},
            "/b": {"get": {"responses": {"200": {"description": "b"}}}},
        },
        "components": {"schemas": {"A": {"type": "integer", "default": 1}, "B": {"type": "string"}}},
    }


def _nested(depth: int) -> Any:
    node: Any = {"type": "string"}
    for _ in range(depth):
        node = {"items": node, "type": "array"}
    return node


def _parse(path: Path, doc: Any) -> Any:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return load_document(path).data


def test_unchanged_parts_are_last_runs_objects_and_changed_ones_are_not(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    doc = _doc()
    with reuse.session():
        first = _parse(spec, doc)
        doc["paths"]["/a"]["get"]["summary"] = "edited"
        doc["components"]["schemas"]["A"]["default"] = 1.0  # equal under ==, written differently
        second = _parse(spec, doc)
    assert second == json.loads(json.dumps(doc))
    assert second["paths"]["/b"] is first["paths"]["/b"]
    assert second["components"]["schemas"]["B"] is first["components"]["schemas"]["B"]
    assert second["info"] is first["info"]
    assert second["paths"]["/a"] is not first["paths"]["/a"]
    assert second["components"]["schemas"]["A"] is not first["components"]["schemas"]["A"]
    assert type(second["components"]["schemas"]["A"]["default"]) is float


def test_nothing_is_shared_outside_a_session(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    first, second = _parse(spec, _doc()), _parse(spec, _doc())
    assert first == second and first["paths"]["/b"] is not second["paths"]["/b"]


def test_a_document_refused_for_depth_is_refused_again_when_parsed_next(tmp_path: Path) -> None:
    """The part that was too deep was shared before the guard refused it: the next parse must not trust it."""
    spec = tmp_path / "spec.json"
    doc = _doc()
    doc["components"]["schemas"]["Deep"] = _nested(600)
    with reuse.session():
        for _ in range(3):
            with pytest.raises(InputError) as info:
                _parse(spec, doc)
            assert info.value.code == "too-deep"


def test_a_new_too_deep_part_is_refused_beside_shared_ones(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    doc = _doc()
    with reuse.session():
        _parse(spec, doc)
        doc["paths"]["/a"]["get"]["requestBody"] = {"content": {"application/json": {"schema": _nested(600)}}}
        with pytest.raises(InputError):
            _parse(spec, doc)


def test_a_lower_depth_limit_is_applied_to_shared_parts_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "spec.json"
    doc = _doc()
    doc["components"]["schemas"]["Deep"] = _nested(40)
    with reuse.session():
        _parse(spec, doc)
        monkeypatch.setenv("PFGEN_MAX_DEPTH", "30")
        with pytest.raises(InputError):
            _parse(spec, doc)


def test_yaml_documents_share_their_parts_too(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    with reuse.session():
        spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {get: {}}\n  /b: {get: {}}\n")
        first = load_document(spec).data
        spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {put: {}}\n  /b: {get: {}}\n")
        second = load_document(spec).data
    assert second["paths"]["/b"] is first["paths"]["/b"] and second["paths"]["/a"] == {"put": {}}
