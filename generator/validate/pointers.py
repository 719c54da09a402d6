"""JSON pointers into the bundled document, and following its local ``$ref``s."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from generator.load.locate import parse_pointer, pointer_from_parts

__all__ = ["deref", "get", "parse_pointer", "physical_parts", "pointer_from_parts", "resolve_ref"]

_MISSING = object()


def get(doc: Any, parts: Iterable[object]) -> Any:
    """The value at ``parts`` (no ``$ref`` following), or ``_MISSING``."""
    node = doc
    for part in parts:
        if isinstance(node, dict):
            node = node.get(str(part), _MISSING)
        elif isinstance(node, list):
            try:
                index = int(str(part))
            except ValueError:
                return _MISSING
            node = node[index] if 0 <= index < len(node) else _MISSING
        else:
            return _MISSING
        if node is _MISSING:
            return _MISSING
    return node


def is_missing(value: Any) -> bool:
    return value is _MISSING


def resolve_ref(doc: Any, ref: object) -> tuple[list[str], Any] | None:
    """Target (parts, value) of a local ``$ref`` string; ``None`` for anything else (resolve refused those)."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    parts = parse_pointer(ref)
    value = get(doc, parts)
    return None if value is _MISSING else (parts, value)


def deref(doc: Any, node: Any, limit: int = 32) -> tuple[Any, list[str] | None]:
    """Follow ``$ref`` chains from ``node``; returns the target and its parts (``None`` when ``node`` was no ref).

    A chain longer than ``limit`` (a ref cycle) stops where it is, so callers never loop."""
    where: list[str] | None = None
    for _ in range(limit):
        if not (isinstance(node, dict) and "$ref" in node):
            break
        target = resolve_ref(doc, node["$ref"])
        if target is None:
            break
        where, node = target
    return node, where


def physical_parts(doc: Any, parts: Sequence[object]) -> list[str]:
    """Turn a path that walks *through* ``$ref``s (as openapi-spec-validator reports it) into the path of the
    place that really holds the value, so a message about a shared component points at the component."""
    out: list[str] = []
    node = doc
    for part in parts:
        key = str(part)
        for _ in range(32):
            if isinstance(node, dict) and key not in node and "$ref" in node:
                target = resolve_ref(doc, node["$ref"])
                if target is None:
                    break
                out, node = list(target[0]), target[1]
            else:
                break
        out.append(key)
        nxt = get(node, [key])
        if nxt is _MISSING:
            # Past the end of what exists: keep the rest as given; locate falls back to the closest ancestor.
            node = None
        else:
            node = nxt
    return out


def to_pointer(parts: Iterable[object]) -> str:
    return pointer_from_parts(parts)
