"""Which endpoint pairs cannot differ, so the comparer can skip them.

A release diff usually compares two documents that differ in one or two places, and comparing every endpoint
deeply (schemas, parameters, responses) cost most of a regeneration. An endpoint pair is skipped only when the
comparison is certain to find nothing: the operation and its path item's shared parts are equal, the document's
security is equal, and everything the operation reaches through ``$ref`` (followed transitively) is equal in
both documents. Every emitted change compares an old value with a new one, so equal inputs emit nothing; a test
checks the comparer finds the same changes with and without this module.

Equality is checked per *unit*: one component entry (``#/components/schemas/Pet``), one path item, one webhook,
or one other top-level key. Any ``$ref`` string counts, wherever it sits (more references only mean fewer
skips).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from generator import reuse
from generator.pointer import from_fragment, split

if TYPE_CHECKING:
    from generator.diff.endpoints import Endpoint
    from generator.diff.view import Document

Unit = tuple[str, ...]   # ("components", kind, name) | ("paths", path) | ("webhooks", name) | (top-level key,)
_SECTIONS = ("paths", "webhooks")
_UNKNOWN: Unit = ("#unknown",)   # a reference outside the document's units: never treated as equal


class UnchangedEndpoints:
    def __init__(self, old: Document, new: Document) -> None:
        self._old = old.data
        self._new = new.data
        self._equal: dict[Unit, bool] = {}
        self._refs: dict[Unit, frozenset[Unit]] = {}
        self._good: set[Unit] = set()   # units whose whole closure is equal on both sides
        self._memo = reuse.identity_memo("diff.units-referenced")   # a watch's unchanged parts: not walked again
        self._enabled = _get(self._old, "security") == _get(self._new, "security") and _schemes(
            self._old) == _schemes(self._new)

    def skip(self, o: Endpoint, n: Endpoint) -> bool:
        """True when comparing ``o`` with ``n`` cannot produce a change."""
        if not self._enabled or (o.method, o.path, o.pointer, o.path_pointer, o.webhook) != (
                n.method, n.path, n.pointer, n.path_pointer, n.webhook):
            return False
        shared = ("parameters", "servers")
        if o.node != n.node or any(o.path_item.get(k) != n.path_item.get(k) for k in shared):
            return False
        start: set[Unit] = set()
        for node in (n.node, *(n.path_item.get(k) for k in shared)):
            start |= self._referenced(node)
        return self._closure_equal(start)

    def skip_part(self, o: Endpoint, n: Endpoint, key: str) -> bool:
        """True when comparing the ``key`` member (``requestBody``, ``responses``) of two operations at the same
        place cannot produce a change: it is equal, and so is everything it reaches through ``$ref``. (An edit of
        one operation's summary or parameters leaves its large response schemas alone.)"""
        if o.pointer != n.pointer:
            return False
        before, after = o.node.get(key), n.node.get(key)
        if before is not after and before != after:
            return False
        return self._closure_equal(set(self._referenced(after)))

    def _referenced(self, node: Any) -> frozenset[Unit]:
        if not isinstance(node, (dict, list)):
            return frozenset()
        return self._memo.get(node, lambda top: frozenset(_units_referenced([top])))

    def _closure_equal(self, start: set[Unit]) -> bool:
        good = self._good
        seen: set[Unit] = set()
        stack = [u for u in start if u not in good]
        while stack:
            unit = stack.pop()
            if unit in seen:
                continue
            seen.add(unit)
            if not self._unit_equal(unit):
                return False
            stack.extend(u for u in self._unit_refs(unit) if u not in seen and u not in good)
        # The walk covered the whole closure of every unit it saw (stopping only at units already known to
        # have an equal closure) and found it equal: so each of them has an equal closure too.
        good.update(seen)
        return True

    def _unit_equal(self, unit: Unit) -> bool:
        hit = self._equal.get(unit)
        if hit is None:
            missing = object()
            old, new = _unit_node(self._old, unit, missing), _unit_node(self._new, unit, missing)
            hit = self._equal[unit] = unit != _UNKNOWN and old is not missing and new is not missing \
                and (old is new or old == new)  # the same object: a part a watch's parse shared
        return hit

    def _unit_refs(self, unit: Unit) -> frozenset[Unit]:
        # Only asked of equal units, whose references are the same on both sides.
        hit = self._refs.get(unit)
        if hit is None:
            hit = self._refs[unit] = self._referenced(_unit_node(self._new, unit, None))
        return hit


def _get(data: Any, key: str) -> Any:
    return data.get(key) if isinstance(data, dict) else None


def _schemes(data: Any) -> Any:
    return _get(_get(data, "components"), "securitySchemes")


def _unit_node(data: Any, unit: Unit, missing: Any) -> Any:
    node = data
    for token in unit:
        if not isinstance(node, dict) or token not in node:
            return missing
        node = node[token]
    return node


@functools.lru_cache(maxsize=65536)  # a document repeats the same refs thousands of times
def _unit_of(ref: str) -> Unit:
    if not ref.startswith("#"):
        return _UNKNOWN
    try:
        tokens = split(from_fragment(ref[1:]))
    except ValueError:
        return _UNKNOWN
    if not tokens:
        return _UNKNOWN
    if tokens[0] == "components":
        return tokens[:3] if len(tokens) >= 3 else _UNKNOWN
    if tokens[0] in _SECTIONS:
        return tokens[:2] if len(tokens) >= 2 else _UNKNOWN
    return tokens[:1]


def _units_referenced(nodes: list[Any]) -> set[Unit]:
    """The unit of every ``$ref`` string anywhere under ``nodes``."""
    found: set[Unit] = set()
    stack = list(nodes)
    push = stack.append
    children: Iterable[Any]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                found.add(_unit_of(ref))
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        for value in children:
            if isinstance(value, (dict, list)):
                push(value)
    return found
