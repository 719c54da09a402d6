"""Turn findings (pointers into the bundled document) into ``Diagnostic``s with file, line and column.

Pieces that ``resolve`` hoisted in from other files are mapped back through ``spec.origins`` so the message names
the file the author has to edit. Positions are looked up lazily (``locate``), once per finding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from generator.errors import Diagnostic, Location
from generator.load.document import SourceDocument
from generator.load.locate import locate
from generator.resolve.model import ResolvedSpec
from generator.validate.findings import Finding
from generator.validate.pointers import get, is_missing, parse_pointer

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _origin(spec: ResolvedSpec, pointer: str) -> tuple[str, str]:
    """(uri, pointer) of the file that holds ``pointer``: the longest hoisted prefix wins, else the root."""
    best: tuple[str, str, str] | None = None
    for hoisted, uri, source_pointer in spec.origins:
        inside = pointer == hoisted or pointer.startswith(hoisted + "/")
        if inside and (best is None or len(hoisted) > len(best[0])):
            best = (hoisted, uri, source_pointer)
    if best is None:
        return spec.root.uri, pointer
    hoisted, uri, source_pointer = best
    return uri, source_pointer + pointer[len(hoisted):]


def _document(spec: ResolvedSpec, uri: str) -> SourceDocument | None:
    if uri == spec.root.uri:
        return spec.root
    return next((d for d in spec.documents if d.uri == uri), None)


def place(spec: ResolvedSpec, findings: Iterable[Finding]) -> tuple[Diagnostic, ...]:
    """Locate, deduplicate and order findings (by file, then position, then pointer)."""
    seen: set[tuple[str, str, str, str]] = set()
    out: list[Diagnostic] = []
    for finding in findings:
        uri, pointer = _origin(spec, finding.pointer)
        key = (uri, pointer, finding.code, finding.message)
        if key in seen:
            continue
        seen.add(key)
        doc = _document(spec, uri)
        position = locate(doc, pointer) if doc is not None else None
        line, col = position if position is not None else (None, None)
        out.append(
            Diagnostic(finding.severity, finding.code, finding.message, Location(uri, line, col, pointer), finding.hint)
        )
    return order(spec, out)


def order(spec: ResolvedSpec, diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Root file first, then other files; by line and column; unplaced ones after the placed ones of a file."""
    root = spec.root.uri
    return tuple(
        sorted(
            diagnostics,
            key=lambda d: (
                d.location.file != root,
                d.location.file,
                d.location.line if d.location.line is not None else 1 << 30,
                d.location.col or 0,
                d.location.pointer,
                _SEVERITY_ORDER.get(d.severity, 3),
                d.code,
                d.message,
            ),
        )
    )


def complete(spec: ResolvedSpec, diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Give other stages' diagnostics that only know a pointer (``resolve``, ``normalize``) a file and position,
    when the pointer names something that exists in the bundled document; drop repeats; order everything."""
    out: list[Diagnostic] = []
    seen: set[Diagnostic] = set()
    for diag in diagnostics:
        loc = diag.location
        placeable = loc.line is None and loc.pointer and loc.file in ("", spec.root.uri)
        if placeable and not is_missing(get(spec.bundled, parse_pointer(loc.pointer))):
            uri, pointer = _origin(spec, loc.pointer)
            doc = _document(spec, uri)
            position = locate(doc, pointer) if doc is not None else None
            line, col = position if position is not None else (None, None)
            diag = replace(diag, location=Location(uri, line, col, pointer))
        if diag not in seen:
            seen.add(diag)
            out.append(diag)
    return order(spec, out)
