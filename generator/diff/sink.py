"""Where the comparison code puts what it finds: wire ``Change``s, and documentation edits to summarise later."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from generator.diff.finding import Finding, display_path, is_docs, upper_first
from generator.diff.model import Change
from generator.diff.oasdiff_catalogue import OASDIFF_RULES
from generator.diff.rules import RULES

Place = Literal["request-body", "request-parameter", "response-body", "response-header"]
# Where a schema finding sits, in oasdiff's words: at the top of the schema, and below it (a property).
_PREFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "request-body": (("request-body", "request-property"), ("request-property", "request-body")),
    "request-parameter": (("request-parameter",), ("request-parameter-property", "request-parameter")),
    "response-body": (("response-body", "response-mediatype", "response-property"),
                      ("response-property", "response-body")),
    "response-header": (("response-header",), ("response-header", "response-property")),
}


def oasdiff_id(place: Place, finding: Finding) -> str:
    """The oasdiff rule id for ``finding`` found at ``place`` ("" when oasdiff has none)."""
    aspect = finding.aspect
    if not aspect:
        return ""
    if aspect.startswith("="):
        return aspect[1:] if aspect[1:] in OASDIFF_RULES else ""
    nested = any(not seg.startswith("<") for seg in finding.path)
    for prefix in _PREFIXES[place][1 if nested else 0]:
        candidate = f"{prefix}-{aspect}"
        if candidate in OASDIFF_RULES:
            return candidate
    return ""

_DOC_PLACES_SHOWN = 4


class Sink:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self._docs: dict[str, tuple[str, list[str]]] = {}   # operation -> (location, places)
        self.anchors: dict[str, str] = {}                   # operation -> its pointer (where docs changes sit)
        # The same finding reached along several paths (recursive or shared schemas): keep the shortest path.
        self._found: dict[tuple[str, str, str, str, str], tuple[int, Change]] = {}

    def emit(self, rule: str, operation: str, location: str, message: str, oasdiff: str = "") -> None:
        spec = RULES[rule]   # a KeyError here is a bug: every emitted id must be registered
        assert not oasdiff or oasdiff in OASDIFF_RULES, oasdiff
        self.changes.append(Change(rule, spec.scope, spec.level, operation, location, message, oasdiff))

    def doc(self, operation: str, location: str, place: str) -> None:
        entry = self._docs.setdefault(operation, (location, []))
        if place not in entry[1]:
            entry[1].append(place)

    def findings(self, operation: str, context: str, found: Iterable[Finding], place: Place) -> None:
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
                                                            f"{upper_first(where)}: {f.text}.", oasdiff_id(place, f)))

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
