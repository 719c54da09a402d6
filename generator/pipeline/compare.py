"""Comparing two versions of an API end to end: the wire diff, and (through the build stage) the generated SDK's
public surface on both sides."""

from __future__ import annotations

from generator.builder import BuildOptions, build
from generator.diff.engine import diff_specs
from generator.diff.model import SpecDiff
from generator.diff.surface import Surface, diff_surfaces, sdk_surface
from generator.errors import Diagnostic, GeneratorError
from generator.resolve.model import ResolvedSpec


def surface_of(spec: ResolvedSpec) -> tuple[Surface, tuple[Diagnostic, ...]]:
    """The generated client's public surface for ``spec`` (through the real ``build`` stage)."""
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
