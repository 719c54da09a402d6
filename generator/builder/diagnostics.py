"""Keeping diagnostics readable on large specs: sorted, and capped per code with a summary line."""

from __future__ import annotations

from collections.abc import Iterable

from generator.errors import Diagnostic, Location

MAX_PER_CODE = 20


def summarise(diagnostics: Iterable[Diagnostic], uri: str, cap: int = MAX_PER_CODE) -> tuple[Diagnostic, ...]:
    """Deduplicate, sort by (code, pointer), keep at most ``cap`` per code and say how many more there were."""
    unique = sorted(set(diagnostics), key=lambda d: (d.code, d.location.pointer, d.message))
    out: list[Diagnostic] = []
    counts: dict[str, int] = {}
    for d in unique:
        counts[d.code] = counts.get(d.code, 0) + 1
        if counts[d.code] <= cap:
            out.append(d)
    for code in sorted(counts):
        extra = counts[code] - cap
        if extra > 0:
            out.append(Diagnostic(
                "info", code, f"{extra} more {code} diagnostics not shown ({counts[code]} in total).",
                Location(uri),
            ))
    return tuple(out)
