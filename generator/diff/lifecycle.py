"""Lifecycle rules: deprecation with ``x-sunset`` dates, and ``x-stability-level`` of operations and parameters.

As oasdiff (with its default policy of no minimum sunset period): deprecating is info unless the ``x-sunset`` is
not a date or is already past; removing a deprecated operation or parameter before its sunset date breaks, after
it (or without one) it is announced; a sunset date deleted or moved into the past breaks. ``draft`` and ``alpha``
operations promise no compatibility, so only their own stability is judged; a stability that goes down breaks.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from generator.diff import keywords
from generator.diff.endpoints import Endpoint
from generator.diff.finding import Finding, upper_first
from generator.diff.sink import Sink

EXEMPT_STABILITY = ("draft", "alpha")   # operations that promise no compatibility (as oasdiff's default)


def stability(node: dict[str, Any]) -> str:
    value = node.get("x-stability-level")
    return value if isinstance(value, str) else ""


def sunset(node: dict[str, Any]) -> str:
    value = node.get("x-sunset")
    return value if isinstance(value, str) else value.isoformat() if isinstance(value, date) else ""


def operation_removed(sink: Sink, o: Endpoint, whole_path: bool) -> None:
    """An operation removed: judged by its deprecation, ``x-sunset`` and ``x-stability-level``."""
    scope = "api-path" if whole_path else "api"
    label = o.label
    if o.webhook:
        sink.emit("operation-removed", label, o.pointer, f"{label} was removed.", "webhook-removed")
    elif stability(o.node) in EXEMPT_STABILITY:
        sink.emit("unstable-operation-changed", label, o.pointer,
                  f"{label} was removed (x-stability-level {stability(o.node)}: no compatibility promise).")
    elif o.node.get("deprecated") is not True:
        sink.emit("operation-removed", label, o.pointer, f"{label} was removed.",
                  f"{scope}-removed-without-deprecation")
    else:
        text = sunset(o.node)
        when = keywords.parse_sunset(text) if text else None
        if text and when is None:
            sink.emit("sunset-invalid", label, o.pointer,
                      f"{label} was removed; its x-sunset `{text}` is not a date.", "api-path-sunset-parse")
        elif when is not None and when > date.today():
            sink.emit("operation-removed-before-sunset", label, o.pointer,
                      f"{label} was removed before its sunset date {when.isoformat()}.",
                      f"{scope}-removed-before-sunset")
        else:
            sink.emit("deprecated-operation-removed", label, o.pointer,
                      f"{label} was removed (it was deprecated"
                      f"{f' and its sunset date {when.isoformat()} has passed' if when else ''}).",
                      "" if when else f"{scope}-removed-with-deprecation")


def unstable(sink: Sink, o: Endpoint, n: Endpoint) -> None:
    """A draft or alpha operation promises no compatibility: only its stability itself is judged."""
    if not stability_changed(sink, n.label, o.node, n.node, n.pointer) and o.node != n.node:
        sink.emit("unstable-operation-changed", n.label, n.pointer,
                  f"{n.label} changed (x-stability-level {stability(n.node)}: no compatibility promise).")


def stability_changed(sink: Sink, op: str, o: dict[str, Any], n: dict[str, Any], pointer: str) -> bool:
    """Report a change of an operation's stability level; only a promise that was made can be broken."""
    if stability(o) in EXEMPT_STABILITY and stability(n) in EXEMPT_STABILITY:
        return False
    found: list[Finding] = []
    keywords.stability_change(stability(o), stability(n), pointer, "", found)
    for f in found:
        sink.emit(f.rule, op, f.pointer, f"{op}: {f.text}.", f.aspect[1:] if f.aspect.startswith("=")
                  else f"api-{f.aspect}")
    return bool(found)


def deprecation(sink: Sink, op: str, ptr: str, what: Literal["operation", "parameter"], o: dict[str, Any],
                n: dict[str, Any], label: str = "") -> None:
    """Deprecation of an operation or a parameter, with its ``x-sunset`` date."""
    was, now = o.get("deprecated") is True, n.get("deprecated") is True
    subject = upper_first(label or op)
    oas = "api" if what == "operation" else "request-parameter"
    if now and not was:
        problem = keywords.sunset_problem(sunset(n))
        if problem:
            bad_date = "not a date" in problem
            sink.emit("deprecated-sunset-invalid", op, ptr, f"{subject} is now deprecated, but {problem}.",
                      f"{oas}-deprecated-sunset-parse" if bad_date and what == "operation"
                      else f"{oas}-sunset-parse" if bad_date else f"{oas}-sunset-date-too-small")
        elif what == "operation":
            sink.emit("operation-deprecated", op, ptr + "/deprecated", f"{op} is now deprecated.",
                      "endpoint-deprecated-with-sunset" if sunset(n) else "endpoint-deprecated")
        else:
            sink.emit("request-parameter-deprecated", op, ptr, f"{subject} is now deprecated.",
                      "request-parameter-deprecated")
    elif was and not now:
        sink.emit("deprecation-removed", op, ptr, f"{subject} is no longer deprecated.",
                  "endpoint-reactivated" if what == "operation" else "request-parameter-reactivated")
    elif was and now and sunset(o) != sunset(n):
        _sunset_changed(sink, op, ptr, what, subject, sunset(o), sunset(n))


def _sunset_changed(sink: Sink, op: str, ptr: str, what: str, subject: str, before: str, after: str) -> None:
    oas = "api" if what == "operation" else "request-parameter"
    if not after:
        sink.emit("sunset-deleted", op, ptr, f"{subject} is still deprecated but lost its sunset date.",
                  "sunset-deleted" if what == "operation" else "request-parameter-sunset-deleted")
        return
    old_date, new_date = keywords.parse_sunset(before), keywords.parse_sunset(after)
    if new_date is None:
        sink.emit("sunset-invalid", op, ptr, f"{subject}: x-sunset `{after}` is not a date.",
                  "api-path-sunset-parse" if what == "operation" else "request-parameter-sunset-parse")
    elif old_date is not None and new_date < old_date and new_date < date.today():
        sink.emit("sunset-moved-earlier", op, ptr,
                  f"{subject}: sunset date moved from {old_date.isoformat()} to {new_date.isoformat()},"
                  " which is already past.", f"{oas}-sunset-date-changed-too-small")


def parameter_removed(sink: Sink, op: str, loc: str, name: str, node: dict[str, Any], pointer: str) -> None:
    label = f"{upper_first(loc)} parameter `{name}`"
    text = sunset(node)
    when = keywords.parse_sunset(text) if text else None
    if node.get("deprecated") is not True:
        sink.emit("request-parameter-removed", op, pointer, f"{label} was removed.", "request-parameter-removed")
    elif text and when is None:
        sink.emit("sunset-invalid", op, pointer, f"{label} was removed; its x-sunset `{text}` is not a date.",
                  "request-parameter-sunset-parse")
    elif when is not None and when > date.today():
        sink.emit("request-parameter-removed-before-sunset", op, pointer,
                  f"{label} was removed before its sunset date {when.isoformat()}.",
                  "request-parameter-removed-before-sunset")
    else:
        sink.emit("deprecated-parameter-removed", op, pointer, f"{label} was removed (it was deprecated).",
                  "" if when else "request-parameter-removed-with-deprecation")
