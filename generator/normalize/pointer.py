"""JSON pointer helpers (RFC 6901) used to name places in the input and to follow local ``$ref``s."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

_MISSING = object()


def escape(token: str) -> str:
    """One reference token, escaped for use inside a pointer."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    """``join("/paths", "/pets", "get")`` -> ``"/paths/~1pets/get"``."""
    return pointer + "".join("/" + escape(str(token)) for token in tokens)


def ref_tokens(ref: str) -> list[str] | None:
    """The unescaped tokens of a local ``$ref`` (``#/a/b``), or None when it is not local."""
    if not ref.startswith("#"):
        return None
    # Fragments may be percent-encoded (``#/definitions/Foo%20Bar``); JSON pointer escapes come after that.
    fragment = unquote(ref[1:])
    if fragment == "":
        return []
    if not fragment.startswith("/"):
        return None
    return [unescape(token) for token in fragment[1:].split("/")]


def pointer_of(tokens: list[str]) -> str:
    return join("", *tokens)


def ref_to(*tokens: str) -> str:
    """A local ``$ref`` string naming ``tokens``."""
    return "#" + join("", *tokens)


def moved_ref(ref: str, old_section: str, *new_section: str) -> str:
    """``#/<old_section>/rest`` -> ``#/<new_section...>/rest``, keeping ``rest`` exactly as written.

    The tail keeps its original escaping (``~1``, ``%20``) so the new reference reads like the old one.
    """
    prefix = f"#/{old_section}/"
    assert ref.startswith(prefix)
    return ref_to(*new_section) + "/" + ref[len(prefix) :]


def lookup(document: Any, tokens: list[str]) -> Any:
    """The value at ``tokens`` inside ``document``, or ``MISSING``."""
    node = document
    for token in tokens:
        if isinstance(node, dict):
            if token not in node:
                return _MISSING
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                return _MISSING
            node = node[int(token)]
        else:
            return _MISSING
    return node


def is_missing(value: Any) -> bool:
    return value is _MISSING
