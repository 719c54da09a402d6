"""The wire diff: two normalised documents -> every classified change between them."""

from __future__ import annotations

from typing import Any

from generator.diff.document import compare_document
from generator.diff.model import SpecDiff, sort_changes
from generator.diff.operations import OperationComparer
from generator.diff.schemas import SchemaComparer
from generator.diff.sink import Sink
from generator.diff.surface import Surface, diff_surfaces, sdk_surface
from generator.diff.view import Document
from generator.errors import Diagnostic, GeneratorError
from generator.resolve.model import ResolvedSpec


def _info(spec: ResolvedSpec, key: str) -> str:
    info = spec.data.get("info") if isinstance(spec.data, dict) else None
    value = info.get(key) if isinstance(info, dict) else None
    return str(value) if value is not None else ""


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """Compare two OpenAPI-3-shaped documents whose ``$ref``s are all local."""
    o, n = Document(old if isinstance(old, dict) else {}), Document(new if isinstance(new, dict) else {})
    sink = Sink()
    schemas = SchemaComparer(o, n)
    operations = OperationComparer(o, n, schemas, sink)
    compare_document(o, n, sink)
    operations.run("paths")
    operations.run("webhooks")
    return SpecDiff(sort_changes(sink.all_changes()))


def diff_specs(old: ResolvedSpec, new: ResolvedSpec) -> SpecDiff:
    """The wire diff of two resolved specs (``resolved.data``: normalised, bundled, OpenAPI-3-shaped)."""
    found = diff_documents(old.data, new.data)
    return SpecDiff(found.changes, _info(old, "version"), _info(new, "version"),
                    _info(new, "title") or _info(old, "title"))


def surface_of(spec: ResolvedSpec) -> tuple[Surface, tuple[Diagnostic, ...]]:
    """The generated client's public surface for ``spec`` (through the real ``build`` stage)."""
    from generator.builder import BuildOptions, build

    result = build(spec, BuildOptions())
    return sdk_surface(result.api), tuple(result.diagnostics)


def diff_versions(old: ResolvedSpec, new: ResolvedSpec, *, sdk: bool = True
                  ) -> tuple[SpecDiff, tuple[Diagnostic, ...]]:
    """Wire diff plus, with ``sdk``, the diff of the generated client's surface (both sides built).

    When a side cannot be built, the SDK part is skipped and a warning says so; the wire diff still stands.
    """
    wire = diff_specs(old, new)
    if not sdk:
        return wire, ()
    try:
        old_surface, _ = surface_of(old)
        new_surface, _ = surface_of(new)
    except GeneratorError as exc:
        note = Diagnostic("warning", "diff-sdk-skipped",
                          f"the SDK surface was not compared: {exc.message}", exc.location, exc.hint)
        return wire, (note,)
    return wire.with_changes([*wire.changes, *diff_surfaces(old_surface, new_surface)]), ()
