"""In a ``reuse`` session (``pfgen watch``), a freshly parsed document keeps the very objects of the last
run's document for every part that has not changed (``reuse.share``, compared by exact fingerprint).

A part is one path item, webhook or component (or Swagger 2.0 definition, parameter, response, security
scheme), or any other top-level value. Later stages recognise an unchanged part by identity, without
walking or fingerprinting it again: the depth guard here, the diff's reference closures, the builder's
replay. Outside a session nothing changes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Any

from generator import reuse

# Top-level mappings whose entries are parts of their own: name -> object.
_NAME_MAPS = frozenset({"paths", "webhooks", "definitions", "parameters", "responses", "securityDefinitions"})

Part = tuple[tuple[Hashable, ...], Any, Hashable, Any]   # (place, container, key in it, value)


def share_parts(data: Any, uri: str, key: object) -> set[int]:
    """Replace, in ``data`` (freshly parsed, seen by nobody else yet), each part equal to the one at the same
    place in the last document parsed from ``uri`` under an equal ``key`` by that very object; return the
    ids of those parts."""
    if reuse.recent("share") is None or not isinstance(data, dict):
        return set()
    parts = list(parts_of(data))
    kept = reuse.share(_name(uri), [(place, value) for place, _, _, value in parts], key)
    shared: set[int] = set()
    for (_, container, name, value), (kept_value, same) in zip(parts, kept):
        if same:
            if kept_value is not value:
                container[name] = kept_value
            shared.add(id(kept_value))
    return shared


def forget(uri: str) -> None:
    """The document parsed from ``uri`` was refused after sharing: nothing of it may be shared next time."""
    reuse.share(_name(uri), [])


def _name(uri: str) -> tuple[str, str]:
    return ("load", uri)


def parts_of(data: dict[Any, Any]) -> Iterator[Part]:
    """Every part of a document (a mapping or list), with its place, the mapping it is in and its key there."""
    for top, value in data.items():
        if top in _NAME_MAPS and isinstance(value, dict):
            yield from ((((top, name), value, name, item)) for name, item in value.items()
                        if isinstance(item, (dict, list)))
        elif top == "components" and isinstance(value, dict):
            for kind, entries in value.items():
                if isinstance(entries, dict):
                    yield from ((("components", kind, name), entries, name, item) for name, item in entries.items()
                                if isinstance(item, (dict, list)))
                elif isinstance(entries, list):
                    yield ("components", kind), value, kind, entries
        elif isinstance(value, (dict, list)):
            yield (top,), data, top, value
