"""What comparing two schemas yields: ``Finding``s, each with its pfgen rule and the oasdiff aspect it matches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Direction = Literal["request", "response"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One schema change. ``aspect`` names it in oasdiff's vocabulary without the place: ``max-length-decreased``
    becomes ``request-property-max-length-decreased`` where the sink knows the place; an aspect starting with
    ``=`` is a whole oasdiff id (``=new-required-request-property``)."""

    rule: str
    path: tuple[str, ...]      # display segments: property names, "[]" (items), "{}" (map values), "<X>" (variant)
    pointer: str               # where in NEW (in OLD for removals)
    text: str
    aspect: str = ""
    scalar: str = ""           # a type change between scalars: "to-string" (text accepts it) or "scalar"

    def under(self, segment: str) -> Finding:
        return Finding(self.rule, (segment, *self.path), self.pointer, self.text, self.aspect, self.scalar)

    def as_rule(self, rule: str, aspect: str | None = None) -> Finding:
        return Finding(rule, self.path, self.pointer, self.text, self.aspect if aspect is None else aspect,
                       self.scalar)


_SCALARS = frozenset({"string", "number", "integer", "boolean"})


def scalar_change(old: frozenset[str] | None, new: frozenset[str] | None, old_format: str = "") -> str:
    """How a type change between scalars reads as text: ``to-string`` (the new type is text), ``from-text`` (a
    plain string became another scalar), ``scalar`` (another change between scalars) or ""."""
    if old is None or new is None or not old or not new or not (old | new) <= _SCALARS:
        return ""
    if "string" in new:
        return "to-string"
    return "from-text" if old == {"string"} and not old_format else "scalar"


def textual(found: tuple[Finding, ...], place: str) -> tuple[Finding, ...]:
    """Type changes where values travel as text: parameters, headers, and bodies that are not JSON.

    ``place`` is ``parameter``, ``header`` or ``text-body``. In text, a scalar that becomes a string still parses
    (generalised); in a text body any type change is compatible; a property of an object parameter changing type
    breaks only where the object is sent as JSON (a warning).
    """
    out: list[Finding] = []
    for f in found:
        if place == "text-body" and f.rule in ("request-type-changed", "response-type-changed"):
            f = f.as_rule("type-compatible", "type-compatible")
        elif place == "parameter" and f.rule == "request-type-changed" and f.scalar == "to-string":
            if f.path:
                f = f.as_rule("request-parameter-property-type-changed")
            else:
                f = f.as_rule("request-type-widened", "type-generalized")
        elif place == "header" and f.rule == "response-type-changed" and f.scalar == "from-text" and not f.path:
            f = f.as_rule("type-compatible", "type-compatible")
        out.append(f)
    return tuple(out)


def display_path(path: tuple[str, ...]) -> str:
    out = ""
    for seg in path:
        if seg in ("[]", "{}") or seg.startswith("<"):
            out += seg
        else:
            out += ("." if out else "") + seg
    return out


def is_docs(f: Finding) -> bool:
    return f.rule == "docs-changed"


def upper_first(text: str) -> str:
    """``text`` with its first character upper-cased (the start of a change message)."""
    return text[:1].upper() + text[1:]
