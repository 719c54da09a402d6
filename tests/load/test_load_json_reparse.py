"""``json_reparse``: in a watch, a JSON document parsed again after an edit re-reads only the value the edit is
inside. Oracle: ``json.loads`` of the whole new text, compared by exact fingerprint (value and type, key order),
and the very error ``parse_json`` gives for invalid text. Random edits of random documents (hypothesis), and
realistic edits of every shared JSON document."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import reuse
from generator.errors import InputError
from generator.load.json_parse import parse_json
from generator.load.json_reparse import parse_kept
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS

_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**20), st.floats(allow_nan=False),
                     st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6))
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text("abc/{}$", max_size=3), inner, max_size=4)), max_leaves=25)
_documents = st.dictionaries(st.text("ab/{}", max_size=3), _values, max_size=5)
_snippets = st.text('{}[]":, \n\t0123456789abe.-+\\u"tnrfl', max_size=8)


def _outcome(text: str, parse: Any) -> tuple[str, Any]:
    try:
        return "ok", reuse.fingerprint(parse(text))
    except InputError as exc:
        return "error", (exc.code, exc.message, exc.location)


def _kept(text: str) -> Any:
    return parse_kept(text, "doc.json", parse_json)


def _check_edit(old: str, new: str) -> None:
    with reuse.session():
        _outcome(old, _kept)
        again = _outcome(new, _kept)
        with _outside():
            assert again == _outcome(new, lambda t: parse_json(t, "doc.json"))
        _outcome(old, _kept)  # and back, from the state the edit left
        with _outside():
            assert _outcome(old, _kept) == _outcome(old, lambda t: parse_json(t, "doc.json"))


class _outside:
    def __enter__(self) -> None:
        self.saved, reuse._SESSION = reuse._SESSION, None

    def __exit__(self, *exc: object) -> None:
        reuse._SESSION = self.saved


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents, st.booleans(), st.data())
def test_random_edits_of_random_documents_parse_as_json_loads(doc: dict[str, Any], indent: bool, data: Any) -> None:
    old = json.dumps(doc, indent=2 if indent else None, ensure_ascii=data.draw(st.booleans()))
    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, min(len(old), start + 12)))
    new = old[:start] + data.draw(_snippets) + old[end:]
    _check_edit(old, new)


@settings(max_examples=300, deadline=None)
@given(_documents.filter(bool), _values, st.data())
def test_a_value_replaced_by_another_parses_as_json_loads(doc: dict[str, Any], other: Any, data: Any) -> None:
    key = data.draw(st.sampled_from(sorted(doc)))
    edited = dict(doc)
    edited[key] = other
    _check_edit(json.dumps(doc), json.dumps(edited))


@pytest.mark.parametrize(("old", "new"), [
    ('{"a": 1, "a": 2, "b": {"c": 3}}', '{"a": 1, "a": 5, "b": {"c": 3}}'),      # duplicate keys: the last wins
    ('{"a": 1, "a": 2, "b": {"c": 3}}', '{"a": 7, "a": 2, "b": {"c": 3}}'),
    ('{"a": {"x": 1}, "b": 2}', '{"a": {"x": 1} , "b": 2}'),                      # space after a value
    ('{"a": 1, "b": 2}', '{"a": 1, "c": 3, "b": 2}'),                             # a new entry at a boundary
    ('{"a": 1, "b": 2}', '{"a": 12, "b": 2}'),
    ('{"a": 1, "b": 2}', '{"a": 1e5, "b": 2}'),
    ('{"a": 1, "b": 2}', '{"a": 1, "b": 2,}'),                                    # invalid: trailing comma
    ('{"a": "x", "b": 2}', '{"a": "x\ty", "b": 2}'),                              # invalid: control character
    ('{"a": {"p": {"q": {"r": 1}}}}', '{"a": {"p": {"q": {"r": 2}}}}'),          # deeper than the spanned levels
    ('{"a": {"p": 1}}', '{"a": [1]}'),
    ('{"a": [1]}', '{"a": {"p": 1}}'),
    ('{"a": 1}', '[1]'),
    ('{"a": 1}', '{"a": 1} x'),
    ('{"a": NaN}', '{"a": Infinity}'),
    ('{"a": 1}', '{"a": ' + "1" * 5000 + '}'),                                  # beyond int's digit limit
])
def test_edits_at_the_edges(old: str, new: str) -> None:
    _check_edit(old, new)


def _json_documents() -> list[Path]:
    return [POCKETSFLOW_SPEC, *sorted(p for p in REAL_SPECS.rglob("*.json"))]


@pytest.mark.parametrize("path", _json_documents(), ids=lambda p: p.name)
def test_edits_of_real_documents_reread_only_the_edited_value(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    rng = random.Random(path.name)
    items = sorted(data.get("paths") or {})
    if len(items) < 2:
        pytest.skip("fewer than two path items")
    indent = rng.choice([None, 2])
    with reuse.session():
        last = _kept(text)
        for step in range(4):
            edited = rng.choice(items)
            operation = next(v for k, v in data["paths"][edited].items() if isinstance(v, dict) and k != "parameters")
            operation["summary"] = f"edited {rng.random()}"  # a key that may be new: the text grows
            new = json.dumps(data, indent=indent, ensure_ascii=False)
            again = _kept(new)
            assert reuse.fingerprint(again) == reuse.fingerprint(json.loads(new))
            if step:  # the same layout as the last text: every other path item is last time's very object
                assert all(again["paths"][p] is last["paths"][p] for p in items if p != edited)
                assert again["paths"][edited] is not last["paths"][edited]
            last = again
