"""Skipping endpoints that cannot differ finds exactly what comparing every endpoint finds.

Each case diffs a real document against a mutated copy twice, once with ``UnchangedEndpoints.skip`` forced off,
and asserts the same changes; the skip must also have been taken (a test of an idle shortcut proves nothing).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from diff_support import RELEASES, SHARED, SPECS, load, resolved

from generator.diff import diff_documents
from generator.diff.model import SpecDiff
from generator.diff.unchanged import UnchangedEndpoints

_METHODS = ("get", "put", "post", "delete", "patch")
DOCUMENTS = [SHARED / "pocketsflow" / "docs.json", SPECS / "twilio-taskrouter-v1.json",
             SPECS / "adyen-management-v1.json", SPECS / "oai-petstore-simple-2.0.yaml",
             RELEASES / "twilio-conversations-v1@2.0.0.json"]
_LOADED: dict[Path, Any] = {}


def _data(path: Path) -> dict[str, Any]:
    if path not in _LOADED:
        _LOADED[path] = load(path).data
    return copy.deepcopy(_LOADED[path])


def _operations(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [item[m] for _, item in sorted(data["paths"].items()) for m in _METHODS
            if isinstance(item, dict) and isinstance(item.get(m), dict)]


def _referenced_schema(data: dict[str, Any], depth: int) -> dict[str, Any] | None:
    """A component schema reached from some operation through ``depth`` references (0: directly)."""
    schemas = data.get("components", {}).get("schemas", {})

    def refs(node: Any) -> list[str]:
        found: list[str] = []
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, dict):
                ref = n.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    found.append(ref.rsplit("/", 1)[1])
                stack.extend(n.values())
            elif isinstance(n, list):
                stack.extend(n)
        return sorted(set(found))

    frontier = [name for op in _operations(data) for name in refs(op)]
    for _ in range(depth):
        frontier = [name for f in frontier if f in schemas for name in refs(schemas[f])]
    for name in frontier:
        if name in schemas and isinstance(schemas[name].get("properties"), dict) and schemas[name]["properties"]:
            return schemas[name]  # type: ignore[no-any-return]
    return None


def _summary(data: dict[str, Any]) -> bool:
    op = _operations(data)[0]
    op["summary"] = (op.get("summary") or "") + " (changed)"
    op.setdefault("parameters", []).append({"name": "extra", "in": "query", "schema": {"type": "string"}})
    return True


def _property_type(depth: int) -> Callable[[dict[str, Any]], bool]:
    def mutate(data: dict[str, Any]) -> bool:
        schema = _referenced_schema(data, depth)
        if schema is None:
            return False
        first = min(schema["properties"])
        schema["properties"][first] = {"type": "integer", "format": "int64"}
        schema["required"] = sorted({*schema.get("required", []), "pfgenAdded"})
        schema["properties"]["pfgenAdded"] = {"type": "string"}
        return True
    return mutate


def _security(data: dict[str, Any]) -> bool:
    data["security"] = [{"pfgenKey": []}]
    return True


def _scheme(data: dict[str, Any]) -> bool:
    schemes = data.get("components", {}).get("securitySchemes")
    if not schemes:
        return False
    schemes[min(schemes)] = {"type": "apiKey", "in": "header", "name": "X-Pfgen"}
    return True


def _path_parameter(data: dict[str, Any]) -> bool:
    for _, item in sorted(data["paths"].items()):
        if isinstance(item, dict) and any(m in item for m in _METHODS):
            item.setdefault("parameters", []).append(
                {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}})
            return True
    return False


def _removed(data: dict[str, Any]) -> bool:
    path = max(data["paths"])
    del data["paths"][path]
    return True


PARTS_SKIPPED: list[str] = []  # the members of changed operations the last fast diff did not compare

MUTATIONS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "operation": _summary,
    "schema-direct": _property_type(0),
    "schema-nested": _property_type(1),
    "security": _security,
    "security-scheme": _scheme,
    "path-parameter": _path_parameter,
    "removed-path": _removed,
}


def _both_ways(old: dict[str, Any], new: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> tuple[SpecDiff, SpecDiff, int]:
    taken = 0
    real = UnchangedEndpoints.skip

    def counting(self: UnchangedEndpoints, o: Any, n: Any) -> bool:
        nonlocal taken
        result = real(self, o, n)
        taken += result
        return result

    real_part = UnchangedEndpoints.skip_part

    def counting_parts(self: UnchangedEndpoints, o: Any, n: Any, key: str) -> bool:
        result = real_part(self, o, n, key)
        if result:
            PARTS_SKIPPED.append(key)
        return result

    PARTS_SKIPPED.clear()
    with monkeypatch.context() as m:
        m.setattr(UnchangedEndpoints, "skip", counting)
        m.setattr(UnchangedEndpoints, "skip_part", counting_parts)
        fast = diff_documents(old, new)
    with monkeypatch.context() as m:
        m.setattr(UnchangedEndpoints, "skip", lambda self, o, n: False)
        m.setattr(UnchangedEndpoints, "skip_part", lambda self, o, n, key: False)
        full = diff_documents(old, new)
    return fast, full, taken


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_skipping_finds_the_same_changes(path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = _data(path), _data(path)
    if not MUTATIONS[kind](new):
        pytest.skip(f"{path.name} has nothing to apply {kind} to")
    # Through resolve again, as the release does (normalisation of the mutated parts).
    new = resolved(new).data
    fast, full, taken = _both_ways(old, new, monkeypatch)
    assert fast.changes == full.changes
    # A document-wide security requirement that every operation overrides changes nothing on the wire.
    assert full.changes or kind == "security", "the mutation changed nothing the diff sees"
    if kind in ("operation", "path-parameter", "removed-path"):
        assert taken > 0
    if kind == "operation":  # its summary and parameters changed, not its responses
        assert "responses" in PARTS_SKIPPED


@pytest.mark.parametrize("pair", [("2.0.0", "2.3.0"), ("2.3.0", "2.6.7")])
def test_skipping_on_real_releases(pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = (load(RELEASES / f"twilio-conversations-v1@{v}.json").data for v in pair)
    fast, full, _ = _both_ways(old, new, monkeypatch)
    assert fast.changes == full.changes and full.changes


def test_an_untouched_document_skips_every_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(SHARED / "pocketsflow" / "docs.json")
    fast, full, taken = _both_ways(data, copy.deepcopy(data), monkeypatch)
    assert fast.changes == full.changes == ()
    webhooks = [op for item in data.get("webhooks", {}).values() for m, op in item.items() if m in _METHODS]
    assert taken == len(_operations(data)) + len(webhooks)
