"""The ``write`` stage's two verbs: ``write_tree`` (atomic, manifest last) and ``check_tree`` (drift, in memory)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from generator.render.model import RenderedFile
from generator.write.current import note_written
from generator.write.ignore import IGNORE_FILE
from generator.write.manifest import MANIFEST_NAME, ManifestInfo
from generator.write.plan import WritePlan, classify, drifted_paths, plan_write
from generator.write.report import WriteReport
from generator.write.transaction import apply_plan


def write_tree(
    files: Sequence[RenderedFile],
    output: Path,
    *,
    manifest: ManifestInfo,
    force: bool = False,
    dry_run: bool = False,
    ignore_file: str = IGNORE_FILE,
) -> WriteReport:
    """Make ``output`` hold exactly ``files`` (plus the user's own files), atomically; see ``transaction``.

    Raises ``GeneratorError('unsafe-path')`` for paths outside ``output``, ``InputError('user-file-conflict')``
    when a file pfgen did not write is in the way, ``InputError('hand-edited')`` when a generated file changed
    since the last run (both waived by ``force``), ``IOFailure('write-failed')`` when the disk refuses (the
    previous output is then intact). ``dry_run`` computes the same report (and raises the same errors) but writes
    nothing. A run that would change nothing writes nothing, not even the manifest.
    """
    plan = plan_tree(files, output, manifest=manifest, force=force, dry_run=dry_run, ignore_file=ignore_file)
    return plan.report if dry_run else apply_tree(plan, output)


def plan_tree(
    files: Sequence[RenderedFile],
    output: Path,
    *,
    manifest: ManifestInfo,
    force: bool = False,
    dry_run: bool = False,
    ignore_file: str = IGNORE_FILE,
) -> WritePlan:
    """``write_tree``'s first half: what would be written, and every conflict raised, with nothing written.

    Reading and comparing every file is most of a write's cost when little changed: a caller that must check
    several targets before writing any (``release.apply``) plans each once and applies those plans."""
    return plan_write(files, output, manifest, force=force, ignore_file=ignore_file, dry_run=dry_run)


def apply_tree(plan: WritePlan, output: Path) -> WriteReport:
    """``write_tree``'s second half: apply a plan made by ``plan_tree`` (not a dry run's) moments ago."""
    if plan.manifest is not None:
        written = apply_plan(output, plan.writes, plan.removals, plan.clear_dirs, plan.manifest)
        base = str(output)  # (the spelling ``classify`` reads them by)
        note_written(output / MANIFEST_NAME, [
            (os.path.join(base, path), written[path], digest)
            for (path, _), digest in zip(plan.writes, plan.digests, strict=True) if path in written
        ])
    return plan.report


def check_tree(
    files: Sequence[RenderedFile],
    output: Path,
    manifest_info: ManifestInfo,
    *,
    ignore_file: str = IGNORE_FILE,
) -> list[str]:
    """Sorted paths where ``output`` differs from what ``write_tree`` would leave; empty means no drift.

    Reports generated files that are missing or differ (hand edits included), stale files an earlier generation
    wrote that would be removed, and the manifest when it would be rewritten. Files the manifest does not list
    and no generated path collides with are the user's business, not drift. Writes nothing.
    """
    return drifted_paths(classify(files, output, manifest_info, ignore_file))
