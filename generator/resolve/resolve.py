"""``resolve``: version detection, ``$ref`` checking and bundling, then normalisation to OpenAPI 3."""

from __future__ import annotations

from typing import Any

from generator.errors import Diagnostic, InputError
from generator.load.document import SourceDocument
from generator.resolve.bundle import bundle
from generator.resolve.documents import Loader
from generator.resolve.model import ResolvedSpec, SpecFamily
from generator.resolve.version import closest_family, detect_version


def resolve(
    doc: SourceDocument,
    *,
    allow_remote_refs: bool = False,
    allow_outside_refs: bool = False,
    loader: Loader | None = None,
    lenient: bool = False,
) -> ResolvedSpec:
    """Resolve ``doc`` into a ``ResolvedSpec``.

    External ``$ref``s (relative files; ``http(s)``/``file:`` URLs only with ``allow_remote_refs``, read
    through ``loader``; files outside the root document's folder only with ``allow_outside_refs``) are
    hoisted into the root document. ``doc`` and its data are never modified; when there is nothing to
    bundle, ``bundled`` *is* ``doc.data``.

    ``diagnostics`` holds what this stage adds (warnings from referenced documents and from ``normalize``);
    the root document's own ``doc.diagnostics`` are not repeated.

    With ``lenient`` (diffing a document as it is), a ``$ref`` that points at nothing and a missing or newer
    ``openapi`` version are error-level diagnostics instead of stopping the run.
    """
    version_problem: tuple[Diagnostic, ...] = ()
    try:
        family, version = detect_version(doc.data, doc.uri)
    except InputError as exc:
        if not lenient or not isinstance(doc.data, dict):
            raise
        family, version = closest_family(doc.data)
        version_problem = (Diagnostic("error", exc.code, exc.message, exc.location, exc.hint),)
    bundled = bundle(
        doc,
        family,
        allow_remote_refs=allow_remote_refs,
        allow_outside_refs=allow_outside_refs,
        loader=loader,
        lenient=lenient,
    )
    data, normalize_diagnostics = _normalize(bundled.data, family)
    external = tuple(d for other in bundled.documents[1:] for d in other.diagnostics)
    return ResolvedSpec(
        root=doc,
        bundled=bundled.data,
        data=data,
        family=family,
        spec_version=version,
        documents=bundled.documents,
        origins=bundled.origins,
        diagnostics=version_problem + bundled.unresolved + external + tuple(normalize_diagnostics),
    )


def _normalize(bundled: dict[str, Any], family: SpecFamily) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    from generator.normalize import (
        normalize,  # looked up per call, so tests can substitute the stage
    )

    data, diagnostics = normalize(bundled, family)
    return data, tuple(diagnostics)
