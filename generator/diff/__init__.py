"""The ``diff`` stage: two versions of an API -> every classified change (wire and generated SDK).

``diff_specs`` compares the two normalised documents (what goes over the wire, judged by direction);
``sdk_surface``/``diff_surfaces`` compare what a Python user of the generated client touches;
``generator.pipeline.diff_versions`` does both (it runs the build stage on each side). Renderers turn a ``SpecDiff`` into text, Markdown (changelog), HTML, JSON or GitHub annotations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_exports

if TYPE_CHECKING:
    from generator.diff.engine import diff_documents, diff_specs
    from generator.diff.model import Change, SpecDiff
    from generator.diff.rules import RULES, Rule, rules_table
    from generator.diff.surface import Surface, diff_surfaces, render_surface, sdk_surface

# Imported on first use: a first release needs none of this, a release with a previous version only part.
_WHERE: dict[str, str] = {
    "Change": "generator.diff.model",
    "RULES": "generator.diff.rules",
    "Rule": "generator.diff.rules",
    "SpecDiff": "generator.diff.model",
    "Surface": "generator.diff.surface",
    "diff_documents": "generator.diff.engine",
    "diff_specs": "generator.diff.engine",
    "diff_surfaces": "generator.diff.surface",
    "render_surface": "generator.diff.surface",
    "rules_table": "generator.diff.rules",
    "sdk_surface": "generator.diff.surface",
}
__getattr__ = lazy_exports(__name__, _WHERE)

__all__ = [
    "RULES",
    "Change",
    "Rule",
    "SpecDiff",
    "Surface",
    "diff_documents",
    "diff_specs",
    "diff_surfaces",
    "render_surface",
    "rules_table",
    "sdk_surface",
]
