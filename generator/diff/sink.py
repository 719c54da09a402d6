"""Where the comparison code puts what it finds: wire ``Change``s, and documentation edits to summarise later."""

from __future__ import annotations

from collections.abc import Iterable

from generator.diff.model import Change
from generator.diff.rules import RULES
from generator.diff.schemas import Finding, display_path, is_docs

_DOC_PLACES_SHOWN = 4


class Sink:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self._docs: dict[str, tuple[str, list[str]]] = {}   # operation -> (location, places)
        self.anchors: dict[str, str] = {}                   # operation -> its pointer (where docs changes sit)
        # The same finding reached along several paths (recursive or shared schemas): keep the shortest path.
        self._found: dict[tuple[str, str, str, str, str], tuple[int, Change]] = {}

    def emit(self, rule: str, operation: str, location: str, message: str) -> None:
        spec = RULES[rule]   # a KeyError here is a bug: every emitted id must be registered
        self.changes.append(Change(rule, spec.scope, spec.level, operation, location, message))

    def doc(self, operation: str, location: str, place: str) -> None:
        entry = self._docs.setdefault(operation, (location, []))
        if place not in entry[1]:
            entry[1].append(place)

    def findings(self, operation: str, context: str, found: Iterable[Finding]) -> None:
        """Turn schema findings into changes: ``<context> `a.b[].c`: <text>``."""
        for f in found:
            path = display_path(f.path)
            if path[:1] in ("[", "{", "<") and context.endswith("`"):
                where = f"{context[:-1]}{path}`"     # query parameter `tags[]`
            else:
                where = f"{context} `{path}`" if path else context
            if is_docs(f):
                self.doc(operation, f.pointer, f"{f.text} of {where}")
            else:
                key = (operation, context, f.pointer, f.rule, f.text)
                held = self._found.get(key)
                if held is None or len(f.path) < held[0]:
                    spec = RULES[f.rule]
                    self._found[key] = (len(f.path), Change(f.rule, spec.scope, spec.level, operation, f.pointer,
                                                            f"{_upper(where)}: {f.text}."))

    def all_changes(self) -> list[Change]:
        return [*self.changes, *(change for _, change in self._found.values()), *self.docs_changes()]

    def docs_changes(self) -> list[Change]:
        """One ``docs-changed`` entry per operation, naming the first few places that changed."""
        out: list[Change] = []
        spec = RULES["docs-changed"]
        for operation, (location, places) in self._docs.items():
            shown = "; ".join(places[:_DOC_PLACES_SHOWN])
            more = len(places) - _DOC_PLACES_SHOWN
            if more > 0:
                shown += f"; and {more} more"
            out.append(Change(spec.id, spec.scope, spec.level, operation, self.anchors.get(operation, location),
                              f"Documentation changed: {shown}."))
        return out


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]
