"""The pipeline's last stage: rendered files -> the output folder (atomically), or compared with it.

``release`` decides what to write (versions, changelog, manifest) and calls these; ``write`` does the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.render.model import RenderedFile
from generator.write import (
    ManifestInfo,
    WritePlan,
    WriteReport,
    apply_tree,
    check_tree,
    plan_tree,
    write_tree,
)


def write_target(files: Sequence[RenderedFile], output: Path, *, manifest: ManifestInfo, force: bool = False,
                 dry_run: bool = False) -> WriteReport:
    """Write one target's files (or, with ``dry_run``, report what would change)."""
    return write_tree(files, output, manifest=manifest, force=force, dry_run=dry_run)


def prepare_write(files: Sequence[RenderedFile], output: Path, *, manifest: ManifestInfo, force: bool = False,
                  dry_run: bool = False) -> WritePlan:
    """What writing one target would do (conflicts raised), nothing written; ``apply_write`` carries it out."""
    return plan_tree(files, output, manifest=manifest, force=force, dry_run=dry_run)


def apply_write(plan: WritePlan, output: Path) -> WriteReport:
    return apply_tree(plan, output)


def check_target(files: Sequence[RenderedFile], output: Path, manifest: ManifestInfo) -> list[str]:
    """The paths (relative to ``output``) whose content differs from ``files``."""
    return list(check_tree(files, output, manifest))
