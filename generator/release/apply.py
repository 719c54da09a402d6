"""Putting a prepared release on disk (``generate``/``update``) or comparing it with the disk (``check``)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.release.changelog import CHANGELOG_PATH
from generator.release.prepare import Release, TargetRelease
from generator.write import WriteReport, check_tree, write_tree


@dataclass(frozen=True, slots=True)
class TargetDrift:
    release: TargetRelease
    drifted: tuple[str, ...]  # paths relative to the output; empty: up to date


def write_release(release: Release, *, force: bool = False, dry_run: bool = False) -> tuple[WriteReport, ...]:
    """Write every target (or, with ``dry_run``, report what would be written).

    Every target is planned (and its conflicts raised) before any is written, so a hand-edited file in the
    second target stops the run before the first target changes. Each target's write is atomic by itself.
    """
    planned = tuple(
        write_tree(t.files, t.output, manifest=t.manifest, force=force, dry_run=True) for t in release.targets
    )
    if dry_run:
        return planned
    reports: list[WriteReport] = []
    with release.timings.stage("write"):
        for target, plan in zip(release.targets, planned):
            if not plan.changed_anything:
                reports.append(plan)  # nothing to do: not even a staging folder
                continue
            reports.append(write_tree(target.files, target.output, manifest=target.manifest, force=force))
    return tuple(reports)


def check_release(release: Release) -> tuple[TargetDrift, ...]:
    """Each target's drift: generated files missing or different, stale files, an out-of-date manifest."""
    out: list[TargetDrift] = []
    with release.timings.stage("check"):
        for target in release.targets:
            drifted = set(check_tree(target.files, target.output, target.manifest))
            if target.changelog_edited:
                drifted.add(CHANGELOG_PATH)
            out.append(TargetDrift(target, tuple(sorted(drifted))))
    return tuple(out)
