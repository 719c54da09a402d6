"""Keyword-level schema comparisons, each judged by direction with oasdiff's levels.

A change *narrows* (fewer values are valid), *widens* (more are), *sets* a bound where there was none, or
*changes* incomparably. In a request, narrowing breaks clients and widening does not; in a response it is the
other way round; an incomparable change breaks both. Setting a bound on a request value that had none is a
warning, as in oasdiff's bound-set rules: clients that stayed within what they sent before are unaffected.
Each finding also names its oasdiff aspect (``max-length-decreased``...), which the sink turns into an oasdiff id.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from generator.diff.finding import Direction, Finding
from generator.diff.view import Bound, View, canon, compare_bounds

Effect = Literal["narrows", "widens", "sets", "changes"]

_RULES: dict[tuple[Direction, Effect], str] = {
    ("request", "narrows"): "request-constraint-tightened",
    ("request", "widens"): "request-constraint-relaxed",
    ("request", "sets"): "request-constraint-set",
    ("request", "changes"): "request-constraint-changed",
    ("response", "narrows"): "response-constraint-tightened",
    ("response", "widens"): "response-constraint-relaxed",
    ("response", "sets"): "response-constraint-tightened",
    ("response", "changes"): "response-constraint-changed",
}
# Format pairs where the second admits every value of the first (so first -> second widens).
_FORMAT_WIDENING = {("int32", "int64"), ("float", "double"), ("date", "date-time"), ("time", "date-time")}
_MATCH_ANY_PATTERNS = {".*", "^.*$", "^.*", ".*$", "(.*)", "^(.*)$"}
# Bounds whose first appearance on a request is a warning (``request-*-<name>-set``); the others count from
# their implicit value (minLength 0, minProperties 0, minContains 1), so setting them narrows.
_SET_WARNS = {"max", "exclusive-max", "min", "exclusive-min", "max-length", "min-items", "max-items",
              "max-properties", "multiple-of"}
_BOUND_NAMES = {"minLength": "min-length", "maxLength": "max-length", "minItems": "min-items",
                "maxItems": "max-items", "minProperties": "min-properties", "maxProperties": "max-properties",
                "minContains": "min-contains", "maxContains": "max-contains"}
STABILITY = ("draft", "alpha", "beta", "stable")


def constraint(d: Direction, effect: Effect, pointer: str, text: str, aspect: str, out: list[Finding]) -> None:
    out.append(Finding(_RULES[(d, effect)], (), pointer, text, aspect))


def format_change(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    if o.format == n.format:
        return
    narrowed = "type-changed" if d == "request" else "type-specialized"
    if not o.format:
        constraint(d, "narrows", n.pointer, f"format `{n.format}` added", narrowed, out)
    elif not n.format:
        constraint(d, "widens", n.pointer, f"format `{o.format}` removed", "type-generalized", out)
    elif (o.format, n.format) in _FORMAT_WIDENING:
        constraint(d, "widens", n.pointer, f"format widened from `{o.format}` to `{n.format}`",
                   "type-generalized", out)
    elif (n.format, o.format) in _FORMAT_WIDENING:
        constraint(d, "narrows", n.pointer, f"format narrowed from `{o.format}` to `{n.format}`", narrowed, out)
    else:
        rule = "request-format-changed" if d == "request" else "response-format-changed"
        out.append(Finding(rule, (), n.pointer, f"format changed from `{o.format}` to `{n.format}`", "type-changed"))


def enum_change(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    if o.enum == n.enum:
        return
    if o.enum is None and n.enum is not None:
        constraint(d, "narrows", n.pointer, f"now restricted to {show_values(n.enum)}",
                   "const-added" if n.const else "became-enum", out)
        return
    if n.enum is None and o.enum is not None:
        constraint(d, "widens", n.pointer, f"no longer restricted to {show_values(o.enum)}",
                   "const-removed" if o.const else "became-not-enum", out)
        return
    assert o.enum is not None and n.enum is not None
    if o.const and n.const:
        constraint(d, "changes", n.pointer, f"const changed from {show_values(o.enum)} to {show_values(n.enum)}",
                   "const-changed", out)
        return
    removed = {k: v for k, v in o.enum.items() if k not in n.enum}
    added = {k: v for k, v in n.enum.items() if k not in o.enum}
    if removed:
        rule = "request-enum-value-removed" if d == "request" else "response-enum-value-removed"
        out.append(Finding(rule, (), n.pointer, f"enum value{_s(removed)} {show_values(removed)} removed",
                           "enum-value-removed"))
    if added:
        rule = "request-enum-value-added" if d == "request" else "response-enum-value-added"
        out.append(Finding(rule, (), n.pointer, f"enum value{_s(added)} {show_values(added)} added",
                           "enum-value-added"))


def extensible_enum(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    removed = o.extensible_enum - n.extensible_enum
    if removed and n.extensible_enum and d == "request":
        out.append(Finding("request-extensible-enum-value-removed", (), n.pointer,
                           f"x-extensible-enum value{'s' if len(removed) > 1 else ''} {', '.join(sorted(removed))}"
                           " removed", "x-extensible-enum-value-removed"))


def bounds(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    for name, a, b, lower in (("minimum", o.lower, n.lower, True), ("maximum", o.upper, n.upper, False)):
        if a == b:
            continue
        exclusive = a is not None and a[1] or b is not None and b[1]
        short = ("exclusive-" if exclusive else "") + ("min" if lower else "max")
        text = _bound_text(name, a, b)
        if a is None:
            _set(d, short, n.pointer, text, out)
        elif b is None:
            constraint(d, "widens", n.pointer, text, f"{short}-unset", out)
        else:
            narrows = compare_bounds(b, a, lower=lower) > 0
            grew = narrows if lower else not narrows
            constraint(d, "narrows" if narrows else "widens", n.pointer, text,
                       f"{short}-{'increased' if grew else 'decreased'}", out)
    for key, short in _BOUND_NAMES.items():
        a, b = o.bounds.get(key), n.bounds.get(key)
        if a == b:
            continue
        text = f"{key} {'set to ' + _num(b) if a is None else 'removed (was ' + _num(a) + ')' if b is None else f'changed from {_num(a)} to {_num(b)}'}"
        is_min = key.startswith("min")
        if a is None and short in _SET_WARNS:
            _set(d, short, n.pointer, text, out)
            continue
        if b is None:
            constraint(d, "widens", n.pointer, text, f"{short}-unset", out)
            continue
        before = a if a is not None else (1 if key == "minContains" else 0)
        grew = b > before
        narrows = grew if is_min else not grew
        if a is None and not is_min:
            narrows, grew = True, False
        constraint(d, "narrows" if narrows else "widens", n.pointer, text,
                   f"{short}-{'increased' if grew else 'decreased'}", out)
    _multiple_of(o, n, d, out)
    if o.unique_items != n.unique_items:
        if n.unique_items:
            _set(d, "unique-items", n.pointer, "items must now be unique", out)
        else:
            constraint(d, "widens", n.pointer, "items no longer need to be unique", "unique-items-unset", out)
    oa, na = o.additional is False, n.additional is False
    if oa != na:
        text = "additional properties are no longer allowed" if na else "additional properties are now allowed"
        if na and d == "request":
            constraint(d, "sets", n.pointer, text, "", out)
        else:
            out.append(Finding("additional-properties-changed", (), n.pointer, text))
    if o.empty != n.empty:
        constraint(d, "narrows" if n.empty else "widens", n.pointer,
                   "no value is valid any more" if n.empty else "values are valid again", "", out)


def _set(d: Direction, short: str, pointer: str, text: str, out: list[Finding]) -> None:
    if d == "request":
        constraint(d, "sets", pointer, text, f"{short}-set", out)
    else:
        constraint(d, "narrows", pointer, text, f"{short}-set", out)


def _multiple_of(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    a, b = o.bounds.get("multipleOf"), n.bounds.get("multipleOf")
    if a == b:
        return
    if a is None:
        _set(d, "multiple-of", n.pointer, f"multipleOf set to {_num(b)}", out)
    elif b is None:
        constraint(d, "widens", n.pointer, f"multipleOf removed (was {_num(a)})", "multiple-of-unset", out)
    elif _divides(b, a):    # every multiple of a is a multiple of b
        constraint(d, "widens", n.pointer, f"multipleOf changed from {_num(a)} to {_num(b)}",
                   "multiple-of-generalized", out)
    elif _divides(a, b):
        constraint(d, "narrows", n.pointer, f"multipleOf changed from {_num(a)} to {_num(b)}",
                   "multiple-of-changed" if d == "request" else "multiple-of-specialized", out)
    else:
        constraint(d, "changes", n.pointer, f"multipleOf changed from {_num(a)} to {_num(b)}",
                   "multiple-of-changed", out)


def _divides(small: Any, big: Any) -> bool:
    """Whether ``big`` is a whole multiple of ``small``, exactly (as decimals written in the document: 0.01
    divides 0.1), for any size of number."""
    from fractions import Fraction  # (imported here: a diff seldom meets a changed multipleOf)

    try:
        ratio = Fraction(repr(big)) / Fraction(repr(small))
    except (ValueError, ZeroDivisionError, OverflowError):
        return False
    return ratio.denominator == 1


def patterns(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    if o.patterns == n.patterns:
        return
    old = o.patterns - _MATCH_ANY_PATTERNS
    new = n.patterns - _MATCH_ANY_PATTERNS
    shown = ", ".join(f"`{p}`" for p in sorted(n.patterns)) or "none"
    if old == new:
        return
    if not old:
        constraint(d, "narrows", n.pointer, f"pattern {shown} added", "pattern-added", out)
    elif not new:
        aspect = "pattern-generalized" if n.patterns else "pattern-removed"
        constraint(d, "widens", n.pointer, f"pattern removed (was {', '.join(f'`{p}`' for p in sorted(old))})",
                   aspect, out)
    else:
        rule = "request-pattern-changed" if d == "request" else "response-pattern-changed"
        out.append(Finding(rule, (), n.pointer, f"pattern changed to {shown}", "pattern-changed"))


def default(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    if o.default == n.default:
        return
    rule = "request-default-changed" if d == "request" else "response-default-changed"
    verb = "added" if o.default is None else "removed" if n.default is None else "changed"
    out.append(Finding(rule, (), n.pointer, f"default changed from {_show_default(o)} to {_show_default(n)}",
                       f"default-value-{verb}"))


def lifecycle(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    """Deprecation (with ``x-sunset``) and ``x-stability-level`` of a property."""
    if n.deprecated and not o.deprecated:
        problem = sunset_problem(n.sunset)
        if problem:
            out.append(Finding("deprecated-sunset-invalid", (), n.pointer, f"deprecated, but {problem}",
                               "deprecated-sunset-invalid" if "not a date" in problem else "sunset-date-too-small"))
        else:
            out.append(Finding("property-deprecated", (), n.pointer, "deprecated",
                               "deprecated-with-sunset" if n.sunset else "deprecated"))
    elif o.deprecated and not n.deprecated:
        out.append(Finding("deprecation-removed", (), n.pointer, "no longer deprecated", "reactivated"))
    stability_change(o.stability, n.stability, n.pointer, "", out)


def stability_change(old: str, new: str, pointer: str, what: str, out: list[Finding]) -> None:
    if old == new:
        return
    prefix = f"{what} " if what else ""
    if new and new not in STABILITY:
        out.append(Finding("stability-invalid", (), pointer,
                           f"{prefix}x-stability-level `{new}` is not one of {', '.join(STABILITY)}",
                           "=api-invalid-stability-level"))
        return
    rank_old = STABILITY.index(old) if old in STABILITY else len(STABILITY) - 1
    rank_new = STABILITY.index(new) if new in STABILITY else len(STABILITY) - 1
    if rank_new < rank_old:
        out.append(Finding("stability-decreased", (), pointer,
                           f"{prefix}stability decreased from {old or 'stable'} to {new or 'stable'}",
                           "stability-decreased"))
    elif rank_new > rank_old:
        out.append(Finding("stability-increased", (), pointer,
                           f"{prefix}stability increased from {old or 'stable'} to {new or 'stable'}",
                           "stability-increased"))


def sunset_problem(sunset: str, today: _dt.date | None = None) -> str:
    """Why an ``x-sunset`` value cannot stand ("" when absent or fine): not an RFC 3339 date, or already past."""
    if not sunset:
        return ""
    when = parse_sunset(sunset)
    if when is None:
        return f"its x-sunset `{sunset}` is not a date (RFC 3339, for example 2026-12-31)"
    if when < (today or _dt.date.today()):
        return f"its x-sunset {when.isoformat()} is already past"
    return ""


def parse_sunset(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text[:10]) if len(text) == 10 or text[10:11] in ("T", "t") else None
    except ValueError:
        return None


def discriminator(o: View, n: View, d: Direction, out: list[Finding]) -> None:
    if o.discriminator == n.discriminator:
        return
    if o.discriminator is None or n.discriminator is None:
        gained = o.discriminator is None
        out.append(Finding("discriminator-changed", (), n.pointer,
                           "discriminator added" if gained else "discriminator removed",
                           "discriminator-added" if gained else "discriminator-removed"))
        return
    if o.discriminator[0] != n.discriminator[0]:
        out.append(Finding("discriminator-property-changed", (), n.pointer,
                           f"discriminator property changed from `{o.discriminator[0]}` to `{n.discriminator[0]}`",
                           "discriminator-property-name-changed"))
    removed = sorted(set(o.discriminator[1]) - set(n.discriminator[1]))
    added = sorted(set(n.discriminator[1]) - set(o.discriminator[1]))
    changed = sorted(k for k in set(o.discriminator[1]) & set(n.discriminator[1])
                     if o.discriminator[1][k] != n.discriminator[1][k])
    parts = []
    if added:
        parts.append("added " + ", ".join(repr(x) for x in added))
    if removed:
        parts.append("removed " + ", ".join(repr(x) for x in removed))
    if changed:
        parts.append("changed " + ", ".join(repr(x) for x in changed))
    if parts:
        aspect = ("discriminator-mapping-deleted" if removed else "discriminator-mapping-added" if added
                  else "discriminator-mapping-changed")
        out.append(Finding("discriminator-changed", (), n.pointer, "discriminator mapping " + "; ".join(parts),
                           aspect))


def show_values(values: dict[str, Any]) -> str:
    shown = [canon(v) for _, v in sorted(values.items())]
    if len(shown) > 8:
        shown = shown[:8] + [f"... ({len(values) - 8} more)"]
    return ", ".join(shown)


def _show_default(v: View) -> str:
    return "none" if v.default is None else v.default[0]


def _s(values: dict[str, Any]) -> str:
    return "s" if len(values) != 1 else ""


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _bound_text(name: str, a: Bound | None, b: Bound | None) -> str:
    def show(x: Bound) -> str:
        return f"{'exclusive ' if x[1] else ''}{_num(x[0])}"

    if a is None and b is not None:
        return f"{name} {show(b)} added"
    if b is None and a is not None:
        return f"{name} {show(a)} removed"
    assert a is not None and b is not None
    return f"{name} changed from {show(a)} to {show(b)}"
