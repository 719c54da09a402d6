"""The diff on real documents: self-diffs, the three twilio-conversations releases, 2.0 vs 3.0, the largest spec.

Findings recorded on the releases (wire + SDK, with this engine):

* 2.0.0 -> 2.3.0: bump minor, no breaking change. Two operations added (``POST /v1/ConversationWithParticipants``
  and its service-scoped twin, with two SDK methods and eight models), enum values apple/chat/rcs added to the
  address ``Type``; 58 response fields lose ``nullable: true`` beside their ``$ref`` (info on the wire; the
  SDK annotation drops ``| None``: 43 sdk-field-type-changed warnings); 68 response fields gain ``type: object``.
* 2.3.0 -> 2.6.7: bump major. The webhook ``method`` enums change from GET/POST to get/post (request enum values
  removed: breaking), ``PageSize`` maximum drops from 1000 to 50/100 on 22 list operations (request constraint
  tightened: breaking), the ``type: object`` added in 2.3.0 is removed again (response type widened to any:
  breaking), enum value ``initializing`` is added to conversation states (a warning in responses).
"""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from diff_support import FIXTURES, RELEASES, SHARED, SPECS, load

from generator.diff import diff_documents
from generator.diff.rules import RULES
from generator.pipeline import diff_versions

_CACHE: dict[str, Any] = {}


def cached(path: Path) -> Any:
    key = str(path)
    if key not in _CACHE:
        _CACHE[key] = load(path)
    return _CACHE[key]


ALL_SPECS = sorted(p for p in SPECS.iterdir() if p.suffix in (".json", ".yaml")) + \
    sorted(RELEASES.iterdir()) + [SHARED / "pocketsflow" / "docs.json"]


@pytest.mark.parametrize("path", ALL_SPECS, ids=[p.name for p in ALL_SPECS])
def test_self_diff_is_empty(path: Path) -> None:
    spec = cached(path)
    assert diff_documents(spec.data, copy.deepcopy(spec.data)).changes == ()


@pytest.mark.parametrize("path", [SPECS / "oai-petstore-3.0.json", SHARED / "pocketsflow" / "docs.json",
                                  RELEASES / "twilio-conversations-v1@2.0.0.json"], ids=lambda p: p.name)
def test_self_diff_with_sdk_is_empty(path: Path) -> None:
    diff, notes = diff_versions(load(path), load(path))
    assert diff.changes == () and notes == () and diff.bump == "none"


def _release(version: str) -> Any:
    return cached(RELEASES / f"twilio-conversations-v1@{version}.json")


@pytest.fixture(scope="module")
def releases() -> dict[str, Any]:
    old, mid, new = _release("2.0.0"), _release("2.3.0"), _release("2.6.7")
    return {"2.0.0->2.3.0": diff_versions(old, mid)[0], "2.3.0->2.6.7": diff_versions(mid, new)[0]}


def test_release_2_0_to_2_3_is_minor(releases: dict[str, Any]) -> None:
    diff = releases["2.0.0->2.3.0"]
    assert (diff.bump, diff.breaking, diff.sdk_breaking) == ("minor", False, False)
    added = {c.operation for c in diff.changes if c.id == "operation-added"}
    assert added == {"POST /v1/ConversationWithParticipants",
                     "POST /v1/Services/{ChatServiceSid}/ConversationWithParticipants"}
    assert any(c.id == "sdk-method-added" and c.operation == "POST /v1/ConversationWithParticipants"
               for c in diff.changes)
    (enum,) = [c for c in diff.changes if c.id == "request-enum-value-added"]
    assert enum.message == 'Request body `Type`: enum values "apple", "chat", "rcs" added.'
    nullable = [c for c in diff.changes if c.id == "response-nullable-removed"]
    assert nullable and all(c.level == "info" for c in nullable)


def test_release_2_3_to_2_6_7_is_major(releases: dict[str, Any]) -> None:
    diff = releases["2.3.0->2.6.7"]
    assert (diff.bump, diff.breaking) == ("major", True)
    by_key = {(c.id, c.operation, c.message) for c in diff.changes}
    assert ("request-constraint-tightened", "GET /v1/Conversations",
            "Query parameter `PageSize`: maximum changed from 1000 to 100.") in by_key
    assert ("request-enum-value-removed", "POST /v1/Configuration/Addresses",
            'Request body `AutoCreation.WebhookMethod`: enum values "GET", "POST" removed.') in by_key
    assert ("response-enum-value-added", "GET /v1/Conversations/{Sid}",
            'Response 200 body `state`: enum value "initializing" added.') in by_key
    counts = Counter(c.id for c in diff.changes)
    assert counts["request-constraint-tightened"] == 22


def test_swagger_20_and_its_30_equivalent_have_no_changes() -> None:
    diff, _ = diff_versions(load(SPECS / "oai-petstore-simple-2.0.yaml"), load(FIXTURES / "petstore-simple-3.0.yaml"))
    assert not diff.breaking and not diff.sdk_breaking
    assert diff.changes == ()


def _mutate(data: dict[str, Any]) -> dict[str, Any]:
    """Remove a property from every 7th component, and add a required query parameter to every 5th path."""
    data = copy.deepcopy(data)
    schemas = data["components"]["schemas"]
    for name in sorted(schemas)[::7]:
        props = schemas[name].get("properties") if isinstance(schemas[name], dict) else None
        if props:
            props.pop(min(props))
    for path in sorted(data["paths"])[::5]:
        for method, op in data["paths"][path].items():
            if method in ("get", "post", "put", "delete", "patch"):
                op.setdefault("parameters", []).append(
                    {"name": "zz", "in": "query", "required": True, "schema": {"type": "string"}})
    return data


def test_largest_spec_against_a_mutated_copy() -> None:
    spec = cached(SPECS / "asana-sdk.yaml")
    diff = diff_documents(spec.data, _mutate(spec.data))
    counts = Counter(c.id for c in diff.changes)
    assert counts["request-parameter-added-required"] > 20
    assert counts["response-optional-property-removed"] + counts["response-required-property-removed"] > 0
    assert all(c.id in RULES for c in diff.changes)
    assert list(diff.changes) == sorted(diff.changes, key=lambda c: c.sort_key())


def test_any_pair_of_real_documents_diffs_without_crashing() -> None:
    specs = [cached(p) for p in ALL_SPECS]
    for old in specs:
        for new in specs:
            if old is not new:
                diff = diff_documents(old.data, new.data)
                assert all(c.id in RULES for c in diff.changes)
