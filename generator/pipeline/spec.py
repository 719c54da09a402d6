"""The pipeline's first half: a source (file, folder, URL or parsed document) -> load -> resolve -> validate.

Validation may run in the background while the second half (``pipeline.target``) builds and renders; ``settle``
awaits its verdict before anything is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import __version__
from generator.errors import Diagnostic, Location, SpecInvalidError

if TYPE_CHECKING:  # kept out of the import: ``pfgen check`` answered from stamps loads no document
    from generator.load.document import SourceDocument
    from generator.resolve.model import ResolvedSpec


@dataclass(frozen=True, slots=True)
class SpecOptions:
    """How a document is loaded: overlays, which ``$ref``s may be followed, and how strict validation is."""

    lenient: bool = False
    allow_remote_refs: bool = False
    allow_outside_refs: bool = False
    validate: bool = True
    overlays: tuple[Path, ...] = ()   # OpenAPI Overlay 1.0 documents applied, in order, before validation


@dataclass
class Timings:
    """Wall time per stage, for ``--profile``."""

    stages: list[tuple[str, float]] = field(default_factory=list)
    on_stage: Callable[[str], None] | None = None   # told when a stage starts (the CLI shows it on a terminal)
    after_stage: Callable[[], None] | None = None   # called when a stage ends (the CLI's memory policy)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.on_stage is not None:
            self.on_stage(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages.append((name, time.perf_counter() - start))
            if self.after_stage is not None:
                self.after_stage()


# Problems (kept only by lenient runs) after which the validator cannot judge the document at all.
_UNVALIDATABLE = frozenset({"not-openapi", "unsupported-version"})


@dataclass(frozen=True, slots=True)
class LoadedSpec:
    """A document loaded, resolved and validated (or still being validated), with its diagnostics."""

    resolved: ResolvedSpec
    diagnostics: tuple[Diagnostic, ...]
    # Validation still running in the background (``load_spec(background=True)``): ``settle`` waits for it.
    pending: Callable[[], LoadedSpec] | None = field(default=None, compare=False)
    # What ``pending`` waits for: ``ready()`` tells whether it would wait, ``cancel()`` stops it.
    validation: Any = field(default=None, compare=False)
    errors: int = 0   # validation errors a lenient run kept going past (shown as warnings in ``diagnostics``)


def settle(loaded: LoadedSpec, timings: Timings | None = None) -> LoadedSpec:
    """``loaded`` with its validation finished: every diagnostic, or ``SpecInvalidError`` when the document is
    invalid and not lenient. Call it before writing anything generated from ``loaded``."""
    if loaded.pending is None:
        return loaded
    with (timings or Timings()).stage("validate"):
        return loaded.pending()


def read_source(source: str) -> SourceDocument:
    """A file, a snapshot folder (its newest snapshot) or a URL (a docs page is followed to its document)."""
    from generator.fetch.urls import is_url

    if is_url(source):
        from generator.fetch.source import fetch_source
        from generator.fetch.transport import HttpxTransport

        return fetch_source(source, HttpxTransport()).document
    from generator.load import load_document

    path = Path(source)
    if path.is_dir():
        from generator.fetch.store import newest_snapshot

        path = newest_snapshot(path)
    return load_document(path)


def load_spec(
    source: str | SourceDocument,
    options: SpecOptions = SpecOptions(),
    timings: Timings | None = None,
    *,
    background: bool = False,
) -> LoadedSpec:
    """Load, resolve and validate; without ``lenient`` any validation error stops here, all of them listed.

    With ``background`` the validation may still be running when this returns (``LoadedSpec.pending``): the
    verdict, and the error for an invalid document, come from ``settle``."""
    from generator.resolve import resolve
    from generator.validate import validate

    timings = timings or Timings()
    overlay_diagnostics: tuple[Diagnostic, ...] = ()
    with timings.stage("load"):
        doc = read_source(source) if isinstance(source, str) else source
        if options.overlays:
            from generator.overlay import apply_to_document

            doc, overlay_diagnostics = apply_to_document(doc, options.overlays)
    with timings.stage("resolve"):
        resolved = resolve(
            doc, allow_remote_refs=options.allow_remote_refs, allow_outside_refs=options.allow_outside_refs,
            lenient=options.lenient,
        )
    diagnostics = tuple(doc.diagnostics) + overlay_diagnostics + tuple(resolved.diagnostics)
    if not options.validate or any(d.code in _UNVALIDATABLE for d in diagnostics):
        return _verdict(doc, resolved, diagnostics, options)
    if background and not any(d.severity == "error" for d in diagnostics):
        from generator.validate import start_validation

        waiting = start_validation(resolved)
        return LoadedSpec(
            resolved, diagnostics, pending=lambda: _verdict(doc, resolved, diagnostics + tuple(waiting()), options),
            validation=waiting,
        )
    with timings.stage("validate"):
        diagnostics += tuple(validate(resolved))
    return _verdict(doc, resolved, diagnostics, options)


def _verdict(
    doc: SourceDocument, resolved: ResolvedSpec, diagnostics: tuple[Diagnostic, ...], options: SpecOptions
) -> LoadedSpec:
    errors = tuple(d for d in diagnostics if d.severity == "error")
    if errors and not options.lenient:
        raise SpecInvalidError(
            "spec-invalid",
            f"{doc.uri} is not a valid {_family_name(resolved)} document ({len(errors)} error"
            f"{'s' if len(errors) != 1 else ''})",
            Location(file=doc.uri),
            hint="fix the problems listed above, or pass --lenient to generate anyway",
            diagnostics=errors,
        )
    if errors:
        diagnostics = tuple(replace(d, severity="warning") if d.severity == "error" else d for d in diagnostics)
    return LoadedSpec(resolved=resolved, diagnostics=diagnostics, errors=len(errors))


def _family_name(spec: ResolvedSpec) -> str:
    return "Swagger 2.0" if spec.family == "2.0" else f"OpenAPI {spec.spec_version}"


def resolve_source(source: str | SourceDocument, options: SpecOptions = SpecOptions()) -> ResolvedSpec:
    """Load and resolve without validating (``pfgen validate`` validates and reports every problem itself)."""
    from generator.resolve import resolve

    doc = read_source(source) if isinstance(source, str) else source
    return resolve(doc, allow_remote_refs=options.allow_remote_refs, allow_outside_refs=options.allow_outside_refs,
                   lenient=options.lenient)


def problems_of(resolved: ResolvedSpec) -> tuple[Diagnostic, ...]:
    """Every problem of a resolved document, placed (file, line, pointer): loading's, resolving's, then the
    validator's and the linter's."""
    from generator.validate import complete, validate

    return complete(resolved, (*resolved.root.diagnostics, *resolved.diagnostics, *validate(resolved)))


def document_problems(doc: SourceDocument, *, allow_remote_refs: bool = False) -> tuple[Diagnostic, ...]:
    """Resolve and validate ``doc``, every problem as a Diagnostic (never raised), for ``pfgen fetch``: a
    document that cannot even be resolved (a broken ``$ref``) yields that error, so ``--lenient`` can still
    store it."""
    from generator.errors import GeneratorError
    from generator.resolve import resolve
    from generator.validate import validate

    found: list[Diagnostic] = list(doc.diagnostics)
    try:
        resolved = resolve(doc, allow_remote_refs=allow_remote_refs)
        found.extend(resolved.diagnostics)
        found.extend(validate(resolved))
    except GeneratorError as exc:
        found.extend(exc.diagnostics)
        if not exc.diagnostics or exc.code != "spec-invalid":
            found.append(Diagnostic("error", exc.code, exc.message, exc.location, exc.hint))
    unique: list[Diagnostic] = []
    for diag in found:
        if diag not in unique:
            unique.append(diag)
    return tuple(unique)


GENERATOR_VERSION = __version__
