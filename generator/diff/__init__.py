"""The ``diff`` stage: two versions of an API -> every classified change (wire and generated SDK).

``diff_specs`` compares the two normalised documents (what goes over the wire, judged by direction);
``sdk_surface``/``diff_surfaces`` compare what a Python user of the generated client touches; ``diff_versions``
does both. Renderers turn a ``SpecDiff`` into text, Markdown (changelog), HTML, JSON or GitHub annotations.
"""

from __future__ import annotations

from generator.diff.engine import diff_documents, diff_specs, diff_versions, surface_of
from generator.diff.model import Change, SpecDiff
from generator.diff.rules import RULES, Rule, rules_table
from generator.diff.surface import Surface, diff_surfaces, render_surface, sdk_surface

__all__ = [
    "RULES",
    "Change",
    "Rule",
    "SpecDiff",
    "Surface",
    "diff_documents",
    "diff_specs",
    "diff_surfaces",
    "diff_versions",
    "render_surface",
    "rules_table",
    "sdk_surface",
    "surface_of",
]
