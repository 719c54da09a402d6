"""Source positions: the 1-based line and column of the thing a JSON pointer names in a document's text.

Positions are only needed when a message is shown, so nothing is computed until the first ``locate`` call for a
document; the index built then is cached per document text (a few documents at most), so a thousand messages about
one 3 MB document cost one index build. For an object member the position is that of its *key* (what a person
looks for in an editor); for an array item, the item itself. A pointer that does not exist exactly falls back to
its closest existing ancestor, so a message about a missing property points at the object that lacks it.

JSON is indexed with a regex tokenizer over strings and punctuation only (numbers and literals never matter for
positions) plus a bracket-matching pass, then object members are listed lazily per container; this avoids building
a second Python copy of the whole document. YAML uses ``yaml.compose`` (the libyaml C loader when present), whose
nodes carry marks.
"""

from __future__ import annotations

import bisect
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from generator.pointer import join, split

if TYPE_CHECKING:  # PyYAML comes in with the YAML index, when a YAML document is first located
    from generator.load.locate_yaml import YamlIndex

__all__ = ["clear_cache", "line_starts", "locate", "parse_pointer", "pointer_from_parts"]


class _Doc(Protocol):
    """What ``locate`` needs of a ``SourceDocument`` (kept structural so tests can pass lookalikes)."""

    @property
    def text(self) -> str: ...

    @property
    def media_type(self) -> str: ...

    @property
    def sha256(self) -> str: ...


def parse_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer (``/a/b~1c`` or ``#/a/b``) into unescaped reference tokens."""
    pointer = pointer.removeprefix("#")
    if not pointer:
        return []
    return list(split(pointer if pointer.startswith("/") else "/" + pointer))


def pointer_from_parts(parts: Iterable[object]) -> str:
    """Build a JSON pointer from path parts (strings or list indexes)."""
    return join(part if isinstance(part, (str, int)) else str(part) for part in parts)


# --------------------------------------------------------------------------------------------------------- lines


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (0-based lines)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


class _Lines:
    """Offset -> (line, column), both 1-based; columns count characters, as editors do."""

    def __init__(self, text: str) -> None:
        self._starts = line_starts(text)

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


# ---------------------------------------------------------------------------------------------------------- JSON

# Strings (with escapes) and the punctuation that gives structure; everything else is a scalar or whitespace.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]', re.DOTALL)
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_SPACE = re.compile(r"[ \t\r\n\ufeff]*")


class _JsonIndex:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos: list[int] = [m.start() for m in _JSON_TOKEN.finditer(text)]
        self.match: dict[int, int] = {}
        stack: list[int] = []
        for i, offset in enumerate(self.pos):
            ch = text[offset]
            if ch == "{" or ch == "[":
                stack.append(i)
            elif (ch == "}" or ch == "]") and stack:
                self.match[stack.pop()] = i
        if not self.pos or text[self.pos[0]] not in "{[":
            raise ValueError("not a JSON container")
        self._objects: dict[int, dict[str, tuple[int, int]]] = {}
        self._arrays: dict[int, list[tuple[int, int]]] = {}
        self.lines = _Lines(text)

    def _kind(self, i: int) -> str:
        return self.text[self.pos[i]] if i < len(self.pos) else ""

    def _value_start(self, after_token: int) -> tuple[int, int]:
        """(offset, token index or -1) of the value that follows token ``after_token`` (a ``:``, ``[`` or ``,``)."""
        start = self.pos[after_token] + 1
        space = _SPACE.match(self.text, start)
        offset = space.end() if space else start
        nxt = after_token + 1
        if nxt < len(self.pos) and self.pos[nxt] == offset and self._kind(nxt) in '{["':
            return offset, nxt
        return offset, -1

    def _skip_value(self, token: int, after_token: int) -> int:
        """Token index just past the value that follows ``after_token`` (``token`` is its index, or -1)."""
        if token < 0:
            return after_token + 1
        kind = self._kind(token)
        if kind in "{[":
            return self.match.get(token, len(self.pos) - 1) + 1
        return token + 1

    def members(self, token: int) -> dict[str, tuple[int, int]]:
        """Object at ``token``: key -> (key offset, value token index or -1). Last duplicate wins, as in json."""
        cached = self._objects.get(token)
        if cached is not None:
            return cached
        out: dict[str, tuple[int, int]] = {}
        j = token + 1
        end = self.match.get(token, len(self.pos))
        while j < end and self._kind(j) == '"':
            key_offset = self.pos[j]
            m = _JSON_STRING.match(self.text, key_offset)
            raw = m.group() if m else '""'
            key = raw[1:-1] if "\\" not in raw else str(json.loads(raw))
            colon = j + 1
            if self._kind(colon) != ":":
                break
            _, value_token = self._value_start(colon)
            out[key] = (key_offset, value_token)
            j = self._skip_value(value_token, colon)
            if self._kind(j) == ",":
                j += 1
        self._objects[token] = out
        return out

    def items(self, token: int) -> list[tuple[int, int]]:
        """Array at ``token``: [(item offset, item token index or -1)]."""
        cached = self._arrays.get(token)
        if cached is not None:
            return cached
        out: list[tuple[int, int]] = []
        end = self.match.get(token, len(self.pos))
        sep = token
        while sep < end:
            offset, value_token = self._value_start(sep)
            if self.text.startswith("]", offset):
                break
            out.append((offset, value_token))
            sep = self._skip_value(value_token, sep)
            if self._kind(sep) != ",":
                break
        self._arrays[token] = out
        return out

    def find(self, parts: Sequence[str]) -> int:
        token = 0
        offset = self.pos[0]
        for part in parts:
            if token < 0:
                break
            kind = self._kind(token)
            if kind == "{":
                member = self.members(token).get(part)
                if member is None:
                    break
                offset, token = member
            elif kind == "[":
                index = as_index(part)
                entries = self.items(token)
                if index is None or index >= len(entries):
                    break
                offset, token = entries[index]
            else:
                break
        return offset

    def locate(self, parts: Sequence[str]) -> tuple[int, int]:
        return self.lines.position(self.find(parts))


def as_index(part: str) -> int | None:
    if part.isdigit() and (part == "0" or not part.startswith("0")):
        return int(part)
    return None


# --------------------------------------------------------------------------------------------------------- cache

_CACHE: OrderedDict[tuple[str, int, int], _JsonIndex | YamlIndex | None] = OrderedDict()
_CACHE_SIZE = 8
_LOCK = threading.Lock()


def _build(doc: _Doc) -> _JsonIndex | YamlIndex | None:
    text = doc.text
    if doc.media_type == "json" or text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        try:
            return _JsonIndex(text)
        except (ValueError, IndexError):
            pass  # not JSON after all: YAML (a superset) may still read it
    import yaml

    from generator.load.locate_yaml import YamlIndex

    try:
        return YamlIndex(text)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None  # positions are a nicety: a text we cannot index just has none


def _index_for(doc: _Doc) -> _JsonIndex | YamlIndex | None:
    # SourceDocument is slotted without __weakref__, so key by content: the sha256 plus the text's own hash (str
    # caches it) and length, which stays right for hand-made documents whose sha256 is not the real one.
    key = (doc.sha256, len(doc.text), hash(doc.text))
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    index = _build(doc)
    with _LOCK:
        _CACHE[key] = index
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return index


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()


def locate(doc: _Doc, pointer: str) -> tuple[int, int] | None:
    """1-based (line, column) of the key (or array item) at ``pointer`` in ``doc.text``, or of its closest existing
    ancestor; ``None`` when the text cannot be indexed."""
    index = _index_for(doc)
    if index is None:
        return None
    return index.locate(parse_pointer(pointer))
