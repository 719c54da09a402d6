"""Parsing a YAML document again after a small edit (``pfgen watch``): only the entry the edit is inside.

The YAML counterpart of ``json_reparse``. In a ``reuse`` session a YAML document is parsed in full once, keeping
the composed node tree's positions of the top three levels of block mappings (the root, ``paths``, each path item,
``components``, each kind of component): each entry's text runs from the start of its key's line to the start of
the next key's line. The next parse of the same document finds the edit between the common prefix and suffix of
the two texts; when it lies inside one entry, that entry's new lines alone (less their indentation) are parsed
with the same loader, and every other entry is the very object of last time.

Why that equals a full parse: a block mapping entry's value depends only on its own lines, given the indentation
they sit at, except through anchors and aliases, merge keys and repeated keys. So an entry is read alone only
when neither its old nor its new text holds an anchor or an alias (the loader's own events tell), when its
mapping has no merge key and no repeated key, and when its new text still reads as exactly one entry whose key
no sibling has. The loader's summarising warnings (non-string keys, repeated keys) are kept as every key's place
and merged, and the document-wide guards (depth, expansion, cycles) run on the assembled document, as after a
full parse. Anything else parses the whole text, which also gives the error of record.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

import yaml
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode

from generator import reuse
from generator.errors import Diagnostic, InputError
from generator.load.edit_span import edit_between
from generator.load.guards import check_graph
from generator.load.locate import line_starts
from generator.load.yaml_parse import KeyMark, key_diagnostics, parse_yaml_node

_SPANNED_DEPTH = 2   # mappings this deep (the root is 0) are kept entry by entry; deeper values whole
_MERGE = "tag:yaml.org,2002:merge"
_EVENTS_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Fallback(Exception):
    """Parse the whole text instead."""


class _Entry:
    """One entry of a kept mapping: its key, the offset of its key's line (relative to the mapping's first
    entry's line), the length of its text, the column of its key, its value and, when the value is a kept
    mapping, that mapping's entries."""

    __slots__ = ("column", "entries", "key", "length", "start", "value")

    def __init__(self, key: str, start: int, length: int, column: int, value: Any,
                 entries: list[_Entry] | None) -> None:
        self.key, self.start, self.length, self.column = key, start, length, column
        self.value, self.entries = value, entries

    def moved(self, delta: int) -> _Entry:
        return _Entry(self.key, self.start + delta, self.length, self.column, self.value, self.entries)


class _State:
    """What the last parse of a document left: its text, its root mapping's entries (offsets from 0), and the
    marks of its non-string and repeated keys."""

    __slots__ = ("duplicates", "entries", "measured", "odd", "text", "value")

    def __init__(self, text: str, value: Any, entries: list[_Entry] | None, odd: list[KeyMark],
                 duplicates: list[KeyMark]) -> None:
        self.text, self.value, self.entries, self.odd, self.duplicates = text, value, entries, odd, duplicates
        # The guards' measure (expanded size, height) of each kept entry's value, which it holds alive.
        self.measured: dict[int, tuple[Any, int, int]] = {}

    def check(self, uri: str, before: dict[int, tuple[Any, int, int]]) -> None:
        """The document-wide guards, not walking again the values measured ``before`` (unchanged objects)."""
        done = {key: (size, height) for key, (_, size, height) in before.items()}
        check_graph(self.value, uri, done=done)
        self.measured = {id(value): (value, *done[id(value)]) for value in _kept_values(self.entries)
                         if isinstance(value, (dict, list)) and id(value) in done}


def _kept_values(entries: list[_Entry] | None) -> list[Any]:
    values: list[Any] = []
    stack = list(entries or ())
    while stack:
        entry = stack.pop()
        values.append(entry.value)
        stack.extend(entry.entries or ())
    return values


def parse_kept(text: str, uri: str, full: Callable[[], tuple[Any, tuple[Diagnostic, ...]]]) \
        -> tuple[Any, tuple[Diagnostic, ...]]:
    """The data and warnings of YAML ``text`` (``full()`` outside a session: the ordinary, cached parse); in a
    session, by re-reading only what changed since the last parse of ``uri``."""
    store = reuse.recent("load.yaml-reparse")
    if store is None:
        return full()
    last: _State | None = store.get(uri)
    store.put(uri, None)  # until this parse succeeds
    state = None
    if last is not None and last.entries is not None:
        try:
            state = _reparse(last, text, uri)
        except (_Fallback, InputError, yaml.YAMLError, RecursionError, IndexError, ValueError):
            state = None
    if state is None:
        state = _same_text(store.values(), text) or _parse_whole(text, uri)
    elif last is not None and state is not last:
        state.check(uri, last.measured)  # the document-wide guards, on the assembled document
    store.put(uri, state)
    return state.value, key_diagnostics(uri, state.odd, state.duplicates)


def _same_text(states: list[Any], text: str) -> _State | None:
    """The parse of another document of this very text (the copy of the spec a release keeps in its output,
    read in the watch's first run): its data is immutable, and its warnings are rebuilt under this name."""
    for other in states:
        if isinstance(other, _State) and other.text == text:
            same = _State(text, other.value, other.entries, other.odd, other.duplicates)
            same.measured = other.measured
            return same
    return None


def _parse_whole(text: str, uri: str) -> _State:
    from generator.load.read import empty_document, only_comments  # (read imports this module)

    data, node, odd, duplicates = parse_yaml_node(text, uri)
    if data is None and only_comments(text):
        raise empty_document(uri)
    starts = line_starts(text)
    entries = _entries(text, node, data, lambda line: starts[line], 0, len(text), 0, _aliased(data)) \
        if isinstance(node, MappingNode) else None
    state = _State(text, data, entries, odd, duplicates)
    state.check(uri, {})
    return state


def _aliased(data: Any) -> set[int]:
    """The ids of the containers that appear more than once in ``data``: an anchored node and its aliases. Such a
    mapping is not kept entry by entry: an edit inside it is read with the entry whose text holds its anchor,
    which then falls back to a full parse."""
    seen: set[int] = set()
    twice: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            twice.add(id(node))
            continue
        seen.add(id(node))
        children = node.values() if isinstance(node, dict) else node
        stack.extend(child for child in children if isinstance(child, (dict, list)))
    return twice


def _entries(text: str, node: Node, data: Any, line_at: Callable[[int], int], base: int, end: int,
             depth: int, aliased: set[int]) -> list[_Entry] | None:
    """The entries of the block mapping ``node`` (constructed as ``data``), offsets relative to ``base``; ``end``:
    where its last entry's text ends; ``None`` when it cannot be kept entry by entry (not a block mapping, a
    merge key, a repeated key, an anchored or aliased mapping: ``_aliased``)."""
    if not isinstance(node, MappingNode) or node.flow_style or not isinstance(data, dict) \
            or len(data) != len(node.value) or id(data) in aliased:
        return None
    keys = list(data)
    pairs = node.value
    column = -1
    starts: list[int] = []
    for key_node, _ in pairs:
        mark = key_node.start_mark
        if not isinstance(key_node, ScalarNode) or key_node.tag == _MERGE or mark is None:
            return None
        if column < 0:
            column = mark.column
        line_start = line_at(mark.line)
        if mark.column != column or text[line_start:mark.index] != " " * column \
                or (starts and line_start <= starts[-1]):
            return None
        starts.append(line_start)
    entries: list[_Entry] = []
    for index, (key_node, value_node) in enumerate(pairs):
        start = starts[index]
        stop = starts[index + 1] if index + 1 < len(starts) else end
        value = data[keys[index]]
        inner = _entries(text, value_node, value, line_at, start, stop, depth + 1, aliased) \
            if depth < _SPANNED_DEPTH else None
        entries.append(_Entry(keys[index], start - base, stop - start, column, value, inner))
    return entries


def _reparse(last: _State, new: str, uri: str) -> _State | None:
    old = last.text
    if old == new:
        return last
    edit = edit_between(old, new)
    assert last.entries is not None
    found = _within(last, new, uri, last.entries, 0, edit.start, edit.end, edit.delta, 0)
    if found is None:
        return None
    entries, value, odd, duplicates = found
    return _State(new, value, entries, odd, duplicates)


def _within(state: _State, new: str, uri: str, entries: list[_Entry], at: int, first: int, last: int, delta: int,
            depth: int) -> tuple[list[_Entry], dict[str, Any], list[KeyMark], list[KeyMark]] | None:
    """The mapping whose entries (text at ``at`` in the old document) hold the edit of old[first:last], with that
    edit applied: its entries, its value and the document's key marks; ``None`` when no entry holds the edit."""
    index = bisect.bisect_right([e.start for e in entries], first - at) - 1
    if index < 0:
        return None
    entry = entries[index]
    entry_at = at + entry.start
    if not (entry_at <= first and last <= entry_at + entry.length):
        return None
    inner = None
    if entry.entries is not None:
        inner = _within(state, new, uri, entry.entries, entry_at, first, last, delta, depth + 1)
    if inner is not None:
        sub_entries, sub_value, odd, duplicates = inner
        replaced = _Entry(entry.key, entry.start, entry.length + delta, entry.column, sub_value, sub_entries)
    else:
        replaced, odd, duplicates = _read_entry(state, new, uri, entry, entry_at, delta)
    if any(other.key == replaced.key for i, other in enumerate(entries) if i != index):
        raise _Fallback  # a repeated key: the full parse warns about it
    out = list(entries)
    out[index] = replaced
    for later in range(index + 1, len(out)):
        out[later] = out[later].moved(delta)
    return out, {e.key: e.value for e in out}, odd, duplicates


def _read_entry(state: _State, new: str, uri: str, entry: _Entry, entry_at: int,
                delta: int) -> tuple[_Entry, list[KeyMark], list[KeyMark]]:
    """``entry`` read again alone from the new text, and the document's key marks with its own replaced."""
    old_text = state.text[entry_at:entry_at + entry.length]
    text = new[entry_at:entry_at + entry.length + delta]
    column = entry.column
    lines = text.split("\n")
    kept_lines: list[str] = []
    for line in lines:
        if line[:column] == " " * column:
            kept_lines.append(line[column:])
        elif not line.strip(" "):
            kept_lines.append("")  # a shorter blank line: empty to YAML as well
        else:
            raise _Fallback  # less indented than the entry: not part of it
    alone = "\n".join(kept_lines)
    if _has_anchors(alone) or _has_anchors("\n".join(line[column:] for line in old_text.split("\n"))):
        raise _Fallback
    data, node, odd, duplicates = parse_yaml_node(alone, uri)
    if not isinstance(data, dict) or len(data) != 1 or not isinstance(node, MappingNode) or len(node.value) != 1:
        raise _Fallback
    ((key, value),) = data.items()
    key_node = node.value[0][0]
    if key_node.start_mark is None or key_node.start_mark.line != 0 or key_node.start_mark.column != 0:
        raise _Fallback
    starts = line_starts(text)
    first_line = new.count("\n", 0, entry_at)

    def placed(mark: KeyMark) -> KeyMark:
        """A key mark of ``alone`` in the new text: each non-blank line of ``alone`` lost ``column`` characters."""
        _, line, col, name = mark
        return (entry_at + starts[line] + column + col, first_line + line, column + col, name)

    end_old = entry_at + entry.length
    lines_delta = text.count("\n") - old_text.count("\n")

    def merged(marks: list[KeyMark], own: list[KeyMark]) -> list[KeyMark]:
        out = [m for m in marks if m[0] < entry_at]
        out += [placed(m) for m in own]
        out += [(m[0] + delta, m[1] + lines_delta, m[2], m[3]) for m in marks if m[0] >= end_old]
        return out

    # Read alone, the entry is kept whole from now on (its own entries are not tracked): a later edit inside it
    # reads it alone again.
    replaced = _Entry(key, entry.start, len(text), column, value, None)
    return replaced, merged(state.odd, odd), merged(state.duplicates, duplicates)


def _has_anchors(text: str) -> bool:
    """Whether ``text`` (one entry, as YAML) defines an anchor or uses an alias, by the loader's own events."""
    for event in yaml.parse(text, Loader=_EVENTS_LOADER):
        if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor is not None):
            return True
    return False
