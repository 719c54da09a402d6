"""Parsing a JSON document again after a small edit (``pfgen watch``): only the value the edit is inside.

In a ``reuse`` session, the first parse of a document reads its top levels (the root object, its object values
and theirs: ``paths``, each path item, ``components``, each kind of component) one entry at a time, recording
where each value's text starts and ends; deeper values are read whole by the stdlib's C scanner, as
``json.loads`` reads them. The next parse of the same document compares the new text with the old one: the
edit lies between their common prefix and common suffix. When that span falls inside one recorded value, only
that value is read again, and it must end exactly where the old one did, shifted by the change in length;
every other value is the very object of last time (so later stages see it unchanged, by identity).

Why that equals ``json.loads`` of the new text: the text before the value is the same, so a full parse would
reach the value in the same state; reading a value depends only on the text from its start to its end (where
the scanner stops); and the text after it is the same, so the full parse would go on as it did last time. Any
surprise (the edit crosses a boundary, the value now ends elsewhere, the text is not valid JSON) falls back
to parsing the whole text, which also gives the error of record.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from json.decoder import scanstring  # type: ignore[attr-defined]  # the C string reader json uses
from typing import Any

from generator import reuse
from generator.load.edit_span import edit_between

_SPANNED_DEPTH = 2   # objects this deep (the root is 0) are read entry by entry; deeper values whole
_WS = re.compile(r"[ \t\n\r]*")
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner json.loads uses


class _Fallback(Exception):
    """The text is not what the spanned reader handles (or not valid JSON): parse it the ordinary way."""


class _Node:
    """A value read from the text: where it starts (relative to its parent's start; the root's is absolute),
    how long its text is, the value, and, for an object read entry by entry, its entries in text order with
    their start offsets (for bisecting)."""

    __slots__ = ("entries", "length", "start", "starts", "value")

    def __init__(self, start: int, length: int, value: Any,
                 entries: list[tuple[str, _Node]] | None = None) -> None:
        self.start = start
        self.length = length
        self.value = value
        self.entries = entries
        self.starts = [node.start for _, node in entries] if entries is not None else None

    def moved(self, delta: int) -> _Node:
        return _Node(self.start + delta, self.length, self.value, self.entries)


def parse_kept(text: str, uri: str, parse: Any) -> Any:
    """``parse(text, uri)`` (``json_parse.parse_json``); in a session, by re-reading only what changed since the
    last parse of ``uri``."""
    store = reuse.recent("load.json-reparse")
    if store is None:
        return parse(text, uri)
    last: tuple[str, _Node] | None = store.get(uri)
    store.put(uri, None)  # until this parse succeeds
    root = None
    if last is not None:
        try:
            root = _reparse(last[0], last[1], text)
        except (_Fallback, ValueError, RecursionError, StopIteration, IndexError):
            root = None
    if root is None:
        try:
            root = _read_root(text)
        except (_Fallback, ValueError, RecursionError, StopIteration, IndexError):
            return parse(text, uri)  # the error of record, or a document the spanned reader leaves alone
    store.put(uri, (text, root))
    return root.value


def _read_root(text: str) -> _Node:
    start = _WS.match(text, 0).end()  # type: ignore[union-attr]
    if text[start:start + 1] != "{":
        raise _Fallback
    node, end = _read_object(text, start, 0)
    if _WS.match(text, end).end() != len(text):  # type: ignore[union-attr]
        raise _Fallback
    return node


def _read_object(text: str, start: int, depth: int) -> tuple[_Node, int]:
    """The object at ``text[start] == "{"``, entry by entry; its node (start relative to nothing: the caller
    rebases it) and where it ends."""
    entries: list[tuple[str, _Node]] = []
    value: dict[str, Any] = {}
    i = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    if text[i] == "}":
        return _Node(start, i + 1 - start, value, entries), i + 1
    while True:
        if text[i] != '"':
            raise _Fallback
        key, i = scanstring(text, i + 1)
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if text[i] != ":":
            raise _Fallback
        i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
        if depth < _SPANNED_DEPTH and text[i] == "{":
            child, end = _read_object(text, i, depth + 1)
            child.start = i - start
        else:
            item, end = _SCAN(text, i)
            child = _Node(i - start, end - i, item)
        entries.append((key, child))
        value[key] = child.value
        i = _WS.match(text, end).end()  # type: ignore[union-attr]
        if text[i] == ",":
            i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            continue
        if text[i] == "}":
            node = _Node(start, i + 1 - start, value, entries)
            return node, i + 1
        raise _Fallback


def _reparse(old: str, root: _Node, new: str) -> _Node | None:
    """The new root, re-reading only the value the edit is inside; ``None`` when that is the whole root."""
    if old == new:
        return root
    edit = edit_between(old, new)
    return _within(new, root, root.start, edit.start, edit.end, edit.delta, 0)


def _within(new: str, node: _Node, at: int, first: int, last: int, delta: int, depth: int) -> _Node | None:
    """``node`` (its text at ``at`` in the old document) with the edit of old[first:last] applied: the entry
    that holds the edit is read again (or descended into); ``None`` when no entry holds it."""
    if node.entries is None or node.starts is None:
        return None
    index = bisect_right(node.starts, first - at) - 1
    if index < 0:
        return None
    key, child = node.entries[index]
    child_at = at + child.start
    if not (child_at <= first and last <= child_at + child.length):
        return None
    replaced = _within(new, child, child_at, first, last, delta, depth + 1) if child.entries is not None else None
    if replaced is None:
        # Read the child again from the same place: it must end exactly where the old one did, moved by ``delta``.
        if child.entries is not None:
            if new[child_at:child_at + 1] != "{":
                return None
            replaced, end = _read_object(new, child_at, depth + 1)
        else:
            item, end = _SCAN(new, child_at)
            replaced = _Node(child_at, end - child_at, item)
        if end != child_at + child.length + delta:
            return None
    replaced.start = child.start
    entries = list(node.entries)
    entries[index] = (key, replaced)
    for later in range(index + 1, len(entries)):
        name, sibling = entries[later]
        entries[later] = (name, sibling.moved(delta))
    value = {name: item.value for name, item in entries}
    return _Node(node.start, node.length + delta, value, entries)
