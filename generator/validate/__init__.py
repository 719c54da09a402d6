"""The ``validate`` stage: openapi-spec-validator plus pfgen's own lint rules, as located ``Diagnostic``s.

``validate`` only reports; whether errors stop the run (``--lenient``) is the caller's decision, helped by
``has_errors``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from generator.errors import Diagnostic
from generator.resolve.model import ResolvedSpec
from generator.validate import cache
from generator.validate.findings import Finding
from generator.validate.lint import RULES, LintRule, lint
from generator.validate.place import complete, order, place

if TYPE_CHECKING:
    from generator.validate.background import Done, Pending

__all__ = [
    "RULES",
    "LintRule",
    "complete",
    "count",
    "has_errors",
    "order",
    "start_validation",
    "validate",
]


def _cache_key(spec: ResolvedSpec, lint_on: bool) -> str:
    """The texts of every document the spec is made of (by the digest of the bytes each was decoded from, taken
    when it was read), and (``cache.CODE``) the code that parses and bundles them: together they decide the
    bundled document, without serialising it (tens of ms for a large one)."""
    texts = [spec.root] + sorted(spec.documents, key=lambda d: d.uri)
    return cache.make_key(
        [
            cache.validator_version(),
            spec.family,
            "lint" if lint_on else "nolint",
            json.dumps(sorted(spec.origins)),
            *(f"{d.uri}\0{d.media_type}\0{d.sha256}" for d in texts),
        ]
    )


# Meta-schema errors that a lint finding at (or above) the same pointer already explains, in clearer words.
_COVERS: dict[str, Callable[[Finding], bool]] = {
    "operation-no-responses": lambda f: "'responses'" in f.message or f.pointer.endswith("/responses"),
    "invalid-response-code": lambda f: f.code == "spec-unexpected-property",
    "path-param-not-required": lambda f: "required" in f.message or f.pointer.endswith("/required"),
}


def _merge(spec_findings: list[Finding], lint_findings: list[Finding]) -> list[Finding]:
    """One report per problem: drop meta-schema findings that a lint finding covers."""
    covering = [(f.pointer, _COVERS[f.code]) for f in lint_findings if f.code in _COVERS]

    def covered(finding: Finding) -> bool:
        return any(
            (finding.pointer == where or finding.pointer.startswith(where + "/")) and explains(finding)
            for where, explains in covering
        )

    return [f for f in spec_findings if not covered(f)] + lint_findings


def validate(spec: ResolvedSpec, *, lint: bool = True) -> tuple[Diagnostic, ...]:
    """Every problem in ``spec.bundled``: meta-schema and keyword errors from openapi-spec-validator, then (with
    ``lint``) pfgen's own rules; deduplicated, located and ordered by position. Cached on disk by content."""
    key, cached = _lookup(spec, lint)
    return cached if cached is not None else _compute(spec, lint, key, _lineage(spec))


def start_validation(spec: ResolvedSpec, *, lint: bool = True) -> Pending[tuple[Diagnostic, ...]] \
        | Done[tuple[Diagnostic, ...]]:
    """``validate``, running in a background process (see ``background``) on a cache miss; calling the
    returned object waits for the result."""
    from generator.validate.background import Done, release_prestarted, run_in_background

    key, cached = _lookup(spec, lint)
    if cached is not None:
        release_prestarted()
        return Done(cached)
    from generator.validate import held

    lineage = _lineage(spec)  # here: the code's fingerprint is known in this process, not yet in the worker
    return run_in_background(functools.partial(_compute, spec, lint, key, lineage),
                             lambda worker: functools.partial(_compute, held.shrink(spec, worker), lint, key, lineage))


def _lookup(spec: ResolvedSpec, lint: bool) -> tuple[str, tuple[Diagnostic, ...] | None]:
    key = _cache_key(spec, lint)
    return key, cache.load(key)


def _lineage(spec: ResolvedSpec) -> str:
    """The key of the last clean document of the spec's API (``incremental``)."""
    from generator.validate import incremental

    return incremental.lineage_key(incremental.lineage_of(spec.bundled), spec.family,
                                   [cache.validator_version(), key_parts_version()])


def _compute(spec: ResolvedSpec, lint: bool, key: str, lineage: str) -> tuple[Diagnostic, ...]:
    # openapi-spec-validator is imported only here, when there is something to validate.
    from generator.validate import incremental, schema_check
    from generator.validate.background import afterwards
    from generator.validate.schema_check import check_schema

    previous = incremental.previous_document(lineage) if lint else None
    spec_findings = check_schema(spec.bundled, spec.family, skip_covered=lint, previous=previous)
    keyword_clean = schema_check.LAST_KEYWORD_CLEAN
    findings = _merge(spec_findings, _lint(spec)) if lint else spec_findings
    result = place(spec, findings)
    # Stored once the verdict is delivered: writing a large document's lineage takes tens of milliseconds.
    afterwards(lambda: cache.store(key, result))
    if lint and keyword_clean:
        afterwards(lambda: incremental.remember(lineage, spec.bundled, previous))
    return result


def key_parts_version() -> str:
    """pfgen's version and the fingerprint of the code that judges a document (a new rule forgets the past)."""
    from generator import __version__

    return f"{__version__}\0{cache.code_fingerprint()}"


def _lint(spec: ResolvedSpec) -> list[Finding]:
    return lint(spec.bundled, spec.family)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def count(diagnostics: Iterable[Diagnostic]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for d in diagnostics:
        if d.severity == "error":
            errors += 1
        elif d.severity == "warning":
            warnings += 1
    return errors, warnings
