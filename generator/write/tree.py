"""The ``write`` stage's two verbs: ``write_tree`` (atomic, manifest last) and ``check_tree`` (drift, in memory)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.render.model import RenderedFile
from generator.write.ignore import IGNORE_FILE
from generator.write.manifest import ManifestInfo
from generator.write.plan import classify, drifted_paths, plan_write
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
    plan = plan_write(files, output, manifest, force=force, ignore_file=ignore_file, dry_run=dry_run)
    if dry_run or plan.manifest is None:
        return plan.report
    apply_plan(output, plan.writes, plan.removals, plan.clear_dirs, plan.manifest)
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
