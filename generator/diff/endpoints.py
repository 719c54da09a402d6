"""The endpoints of a document, and which endpoint of the old document is which of the new one.

Endpoints are matched by method and *normalised* path template (``/orders/{id}`` and ``/orders/{orderId}`` are the
same endpoint, as in oasdiff); several templates that normalise alike are matched by their exact path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.diff.view import Document, child
from generator.ir.model import HTTP_METHODS

_TEMPLATE = re.compile(r"\{([^{}/]*)\}")


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One operation or webhook of a document being diffed, and where it sits in that document."""

    method: str
    path: str
    node: dict[str, Any]
    pointer: str
    path_item: dict[str, Any]
    path_pointer: str
    webhook: bool = False

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {'webhook ' if self.webhook else ''}{self.path}"


def template_names(path: str) -> list[str]:
    return _TEMPLATE.findall(path)


def endpoints(doc: Document, section: str) -> list[Endpoint]:
    paths = doc.data.get(section)
    out: list[Endpoint] = []
    if not isinstance(paths, dict):
        return out
    for path in sorted(paths, key=str):
        if not isinstance(path, str) or path.startswith("x-"):
            continue
        item, item_ptr = doc.deref(paths[path], child("", section, path))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out.append(Endpoint(method, path, op, child(item_ptr, method), item, item_ptr, section == "webhooks"))
    return out


def match(old: list[Endpoint], new: list[Endpoint]) -> Iterator[tuple[Endpoint | None, Endpoint | None]]:
    """Pairs (old, new); ``None`` on one side for removals and additions. Ambiguous templates match exactly."""

    def norm(e: Endpoint) -> tuple[str, str]:
        return (e.method, _TEMPLATE.sub("{}", e.path))

    groups: dict[tuple[str, str], tuple[list[Endpoint], list[Endpoint]]] = {}
    for e in old:
        groups.setdefault(norm(e), ([], []))[0].append(e)
    for e in new:
        groups.setdefault(norm(e), ([], []))[1].append(e)
    for key in sorted(groups):
        olds, news = groups[key]
        if len(olds) <= 1 and len(news) <= 1:
            yield (olds[0] if olds else None, news[0] if news else None)
            continue
        by_path = {e.path: e for e in news}
        for e in olds:
            yield (e, by_path.pop(e.path, None))
        for e in by_path.values():
            yield (None, e)
