"""The one orchestrator: the only code that chains pfgen's stages, for every command.

    spec.py     source -> load -> resolve -> validate                 (``load_spec``, ``settle``; every problem
                without refusing: ``resolve_source`` + ``problems_of``, ``document_problems``)
    target.py   loaded spec + target -> build -> plan -> render -> format   (``build_api``, ``render_target``)
    output.py   rendered files -> write, or compare with the disk        (``write_target``, ``check_target``)
    compare.py  two resolved specs -> wire diff + build both -> SDK surface diff   (``diff_versions``)

``release`` decides versions and changelogs around these calls; the CLI calls ``release`` and prints. Names are
imported on first use, so ``pfgen check`` answered from stamps loads no stage it does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_exports

if TYPE_CHECKING:
    from generator.pipeline.compare import diff_versions, surface_of
    from generator.pipeline.output import apply_write, check_target, prepare_write, write_target
    from generator.pipeline.spec import (
        GENERATOR_VERSION,
        LoadedSpec,
        SpecOptions,
        Timings,
        document_problems,
        load_spec,
        problems_of,
        read_source,
        resolve_source,
        settle,
    )
    from generator.pipeline.target import RenderedTarget, build_api, plan_target, render_target

_WHERE: dict[str, str] = {
    "GENERATOR_VERSION": "generator.pipeline.spec",
    "LoadedSpec": "generator.pipeline.spec",
    "RenderedTarget": "generator.pipeline.target",
    "SpecOptions": "generator.pipeline.spec",
    "Timings": "generator.pipeline.spec",
    "apply_write": "generator.pipeline.output",
    "build_api": "generator.pipeline.target",
    "check_target": "generator.pipeline.output",
    "diff_versions": "generator.pipeline.compare",
    "document_problems": "generator.pipeline.spec",
    "load_spec": "generator.pipeline.spec",
    "plan_target": "generator.pipeline.target",
    "prepare_write": "generator.pipeline.output",
    "problems_of": "generator.pipeline.spec",
    "read_source": "generator.pipeline.spec",
    "render_target": "generator.pipeline.target",
    "resolve_source": "generator.pipeline.spec",
    "settle": "generator.pipeline.spec",
    "surface_of": "generator.pipeline.compare",
    "write_target": "generator.pipeline.output",
}
__getattr__ = lazy_exports(__name__, _WHERE)

__all__ = [
    "GENERATOR_VERSION",
    "LoadedSpec",
    "RenderedTarget",
    "SpecOptions",
    "Timings",
    "apply_write",
    "build_api",
    "check_target",
    "diff_versions",
    "document_problems",
    "load_spec",
    "plan_target",
    "prepare_write",
    "problems_of",
    "read_source",
    "render_target",
    "resolve_source",
    "settle",
    "surface_of",
    "write_target",
]
