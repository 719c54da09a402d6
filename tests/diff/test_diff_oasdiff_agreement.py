"""``pfgen diff`` against oasdiff's rules: one minimal base/revision pair per oasdiff rule (written by us, from
oasdiff's documentation and rule list) in ``tests/fixtures/diff/oasdiff/``.

For every pair, the wire verdict (breaking or not) equals oasdiff's level (ERR = breaking), and a change carries
the pair's oasdiff id. A verdict may differ only where the pfgen rule that decides it states its reason
(``Rule.reason``, shown by ``pfgen diff --rules``); ids oasdiff defines that pfgen does not carry are listed below
with why. Both lists may only shrink.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import diff_specs
from generator.diff.model import Change
from generator.diff.oasdiff_catalogue import OASDIFF_RULES
from generator.diff.rules import RULES
from generator.load import parse_bytes
from generator.resolve import resolve

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "diff" / "oasdiff"

# oasdiff ids pfgen does not put on any change, and why. None of them changes a verdict.
NOT_CARRIED = {
    # readOnly/writeOnly bookkeeping: pfgen leaves properties out of the direction they are not sent in.
    **dict.fromkeys([
        "request-optional-property-became-write-only", "request-optional-property-became-not-write-only",
        "request-required-property-became-write-only", "request-required-property-became-not-write-only",
        "response-optional-property-became-read-only", "response-optional-property-became-not-read-only",
        "response-required-property-became-read-only", "response-required-property-became-not-read-only",
        "response-required-write-only-property-removed", "response-optional-write-only-property-removed",
        "response-required-write-only-property-added", "response-optional-write-only-property-added",
        "response-write-only-property-became-optional", "response-write-only-property-became-required",
        "response-write-only-property-enum-value-added",
        "request-read-only-property-enum-value-removed", "request-read-only-property-max-length-decreased",
        "request-read-only-property-max-decreased", "request-read-only-property-min-increased",
        "request-read-only-property-exclusive-max-decreased", "request-read-only-property-exclusive-min-increased",
        "request-read-only-property-max-items-decreased", "request-read-only-property-max-properties-decreased",
    ], "a property is not compared in the direction it does not travel"),
    **dict.fromkeys([
        "request-body-all-of-added-annotation-only", "request-body-all-of-removed-annotation-only",
        "request-property-all-of-added-annotation-only", "request-property-all-of-removed-annotation-only",
        "response-body-all-of-added-annotation-only", "response-body-all-of-removed-annotation-only",
        "response-property-all-of-added-annotation-only", "response-property-all-of-removed-annotation-only",
    ], "annotations are documentation changes in pfgen (docs-changed)"),
    **dict.fromkeys([
        "api-security-component-added", "api-security-component-removed", "api-schema-removed",
        "api-security-component-oauth-scope-added", "api-security-component-oauth-scope-removed",
        "api-security-component-oauth-scope-changed",
    ], "component definitions are judged where operations use them; renaming a component is not a wire change"),
    **dict.fromkeys([
        "new-request-path-parameter", "new-required-request-default-parameter-to-existing-path",
        "new-optional-request-default-parameter-to-existing-path",
    ], "reported as the parameter added (new-required-request-parameter / new-optional-request-parameter)"),
    **dict.fromkeys([
        "request-header-property-became-enum", "request-header-property-became-required",
        "new-required-request-header-property",
    ], "reported under the parameter's own ids (request-parameter-*), with the same level"),
    **dict.fromkeys([
        "request-body-media-type-schema-added", "request-body-media-type-schema-removed",
        "response-body-media-type-schema-added", "response-body-media-type-schema-removed",
    ], "a schema added to or removed from a media type is compared with the any-value schema (type changes)"),
    **dict.fromkeys([
        "response-body-media-type-item-schema-added", "response-body-media-type-item-schema-removed-untyped",
    ], "OpenAPI 3.2 itemSchema, which pfgen does not read"),
    "response-media-type-name-changed": "media type parameters (charset...) are not part of the compared name",
    "request-parameter-property-type-specialized": "reported as request-parameter-property-type-changed",
    "response-property-type-generalized": "a 3.1 type list is reported as list-of-types-widened",
    "response-property-type-specialized": "a 3.1 type list is reported as list-of-types-narrowed",
    "response-body-type-generalized": "a 3.1 type list is reported as list-of-types-widened",
    "response-body-type-specialized": "a 3.1 type list is reported as list-of-types-narrowed",
    "response-property-max-length-increased": "inside `not`, pfgen judges any edit incomparable (constraint changed)",
    "new-required-request-property": "inside `not`, pfgen judges any edit incomparable (constraint changed)",
}
# Pairs whose verdict depends on input pfgen does not read.
UNREAD = {"response-body-media-type-item-schema-removed-untyped": "OpenAPI 3.2 itemSchema"}


@cache
def _cases() -> tuple[tuple[str, int, dict[str, Any]], ...]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]):
            out.append((path.stem, index, case))
    return tuple(out)


def _spec(data: dict[str, Any], name: str) -> Any:
    return resolve(parse_bytes(json.dumps(data).encode(), name), lenient=True)


def _wire(case: dict[str, Any]) -> list[Change]:
    found = diff_specs(_spec(case["base"], "base.json"), _spec(case["revision"], "revision.json"))
    return [c for c in found.changes if c.scope == "wire"]


def _ids(item: Any) -> str:
    stem, index, case = item
    return f"{stem}-{index}-{case['rule']}"


@pytest.mark.parametrize("item", _cases(), ids=_ids)
def test_verdict_and_id_agree_with_oasdiff(item: tuple[str, int, dict[str, Any]]) -> None:
    _, _, case = item
    rule, level = case["rule"], case["level"]
    if rule in UNREAD:
        pytest.skip(UNREAD[rule])
    assert rule == "none" or rule in OASDIFF_RULES, f"{rule} is not an oasdiff rule id"
    changes = _wire(case)
    shown = "; ".join(f"{c.id}/{c.oasdiff_id or '-'} ({c.level})" for c in changes)
    breaking = [c for c in changes if c.level == "breaking"]
    if level == "ERR" and not breaking:
        mine = [c for c in changes if c.oasdiff_id == rule or not c.oasdiff_id and RULES[c.id].reason]
        assert mine and all(RULES[c.id].reason for c in mine), f"oasdiff says ERR, pfgen: {shown}"
    elif level != "ERR":
        unexplained = [c for c in breaking if not RULES[c.id].reason]
        assert not unexplained, f"oasdiff says {level}, pfgen: {shown}"
    # A pair written for a pfgen rule that stands in, with its reason, for oasdiff's rule carries no oasdiff id.
    stands_in = "pfgen" in case and RULES[case["pfgen"]].reason and case["pfgen"] in {c.id for c in changes}
    if rule != "none" and rule not in NOT_CARRIED and not stands_in:
        assert any(c.oasdiff_id == rule for c in changes), f"no change carries {rule}: {shown}"
    if "pfgen" in case:
        assert case["pfgen"] in {c.id for c in changes}, shown


def test_every_not_carried_id_is_still_missing_somewhere() -> None:
    """An entry leaves NOT_CARRIED as soon as every pair about that id carries it."""
    assert set(NOT_CARRIED) <= set(OASDIFF_RULES)
    still_missing = {case["rule"] for _, _, case in _cases()
                     if case["rule"] in NOT_CARRIED and not any(c.oasdiff_id == case["rule"] for c in _wire(case))}
    assert set(NOT_CARRIED) - still_missing == set()


def test_every_wire_rule_has_a_pair() -> None:
    emitted = {c.id for _, _, case in _cases() if case["rule"] not in UNREAD for c in _wire(case)}
    missing = sorted(r.id for r in RULES.values() if r.scope == "wire" and r.id not in emitted)
    assert missing == [], f"write a pair for: {missing}"


def test_agreement_overall() -> None:
    """The headline number: pairs whose verdict equals oasdiff's latest levels. The rest are the reasoned
    differences (mostly oasdiff's bound-set rules, warnings in its earlier releases and in pfgen)."""
    cases = [case for _, _, case in _cases() if case["rule"] not in UNREAD]
    agree = sum((case["level"] == "ERR") == any(c.level == "breaking" for c in _wire(case)) for case in cases)
    assert agree / len(cases) >= 0.94, f"{agree}/{len(cases)}"
