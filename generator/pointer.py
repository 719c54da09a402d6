"""JSON pointers (RFC 6901) as used in ``$ref`` fragments: parsing, escaping, looking up. The one implementation:
every stage (load's line index, resolve, build, diff, config and overlay locations) uses it.

A ``$ref`` is a URI reference, so its fragment is percent-decoded before it is read as a pointer
(``#/components/schemas/My%20Thing`` names the schema ``My Thing``); ``canonical_ref`` gives every spelling of a
local reference one form, so a reference and the pointer of what it names compare equal."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

Token = str | int


class PointerError(Exception):
    """A pointer does not lead anywhere; ``found`` is the longest prefix that exists, ``missing`` the token."""

    def __init__(self, found: tuple[str, ...], missing: str, container: Any) -> None:
        super().__init__(missing)
        self.found = found
        self.missing = missing
        self.container = container


def escape(token: Token) -> str:
    text = str(token)
    return text.replace("~", "~0").replace("/", "~1") if "~" in text or "/" in text else text


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~") if "~" in token else token


def join(tokens: Iterable[Token]) -> str:
    """``("paths", "/pets")`` -> ``"/paths/~1pets"``; ``()`` -> ``""`` (the whole document)."""
    return "".join("/" + escape(t) for t in tokens)


def split(pointer: str) -> tuple[str, ...]:
    """``"/paths/~1pets"`` -> ``("paths", "/pets")``. ``pointer`` must be "" or start with "/"."""
    if not pointer:
        return ()
    tokens = pointer[1:].split("/")
    return tuple(unescape(t) for t in tokens) if "~" in pointer else tuple(tokens)


def from_fragment(fragment: str) -> str:
    """The JSON pointer in a URI fragment (percent-decoded, as ``$ref`` values are URI references)."""
    return unquote(fragment)


@functools.lru_cache(maxsize=65536)  # a document repeats the same references thousands of times
def ref_tokens(ref: str) -> tuple[str, ...] | None:
    """The tokens of a local ``$ref`` (``#/a/b%20c`` -> ``("a", "b c")``), or None for a reference to another
    document or one whose fragment is not a pointer."""
    if not ref.startswith("#"):
        return None
    pointer = from_fragment(ref[1:])
    if pointer and not pointer.startswith("/"):
        return None
    return split(pointer)


@functools.lru_cache(maxsize=65536)
def canonical_ref(ref: str) -> str:
    """One spelling for a local ``$ref``: percent-decoded, RFC 6901-escaped (others are returned unchanged)."""
    tokens = ref_tokens(ref)
    return ref if tokens is None else "#" + join(tokens)


def lookup(data: Any, tokens: tuple[str, ...]) -> Any:
    """The value at ``tokens`` in ``data``; raises ``PointerError`` naming what is missing."""
    node = data
    for index, token in enumerate(tokens):
        if isinstance(node, dict):
            if token in node:
                node = node[token]
                continue
        elif isinstance(node, list) and _is_index(token, len(node)):
            node = node[int(token)]
            continue
        raise PointerError(tokens[:index], token, node)
    return node


def _is_index(token: str, length: int) -> bool:
    """RFC 6901 array index: digits without leading zeros, inside the array."""
    return token.isdigit() and (token == "0" or not token.startswith("0")) and int(token) < length
