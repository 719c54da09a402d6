"""Putting a prepared release on disk (``generate``/``update``) or comparing it with the disk (``check``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.pipeline.output import apply_write, check_target, prepare_write
from generator.release import stamp
from generator.release.changelog import CHANGELOG_PATH
from generator.write import WriteReport

if TYPE_CHECKING:  # rendering is imported only when a target has to be rendered (not for stamped checks)
    from generator.config import TargetConfig
    from generator.pipeline import Timings
    from generator.release.options import ReleaseOptions
    from generator.release.prepare import Release, TargetRelease
    from generator.release.spec import SpecInput


@dataclass(frozen=True, slots=True)
class TargetDrift:
    """A target ``check`` had to render: the files on disk that differ from a fresh generation."""

    release: TargetRelease
    drifted: tuple[str, ...]  # paths relative to the output; empty: up to date


def check_targets(
    spec: SpecInput, targets: Sequence[TargetConfig], options: ReleaseOptions, timings: Timings
) -> tuple[TargetDrift | stamp.Verified, ...]:
    """``check`` for every target, in order: targets whose stamp vouches for their output are confirmed by
    re-hashing it; the others are rendered in memory and compared (``check_release``)."""
    found: dict[int, TargetDrift | stamp.Verified] = {}
    rest: list[int] = []
    with timings.stage("stamps"):
        for index, verified in enumerate(stamp.verify_targets(spec, targets, options)):
            if verified is not None:
                found[index] = verified
            else:
                rest.append(index)
    if rest:
        from generator.release.prepare import prepare_release

        release = prepare_release(spec, [targets[i] for i in rest], options, timings)
        for index, drift in zip(rest, check_release(release)):
            found[index] = drift
    return tuple(found[i] for i in range(len(targets)))


def write_release(release: Release, *, force: bool = False, dry_run: bool = False) -> tuple[WriteReport, ...]:
    """Write every target (or, with ``dry_run``, report what would be written).

    Every target is planned (and its conflicts raised) before any is written, so a hand-edited file in the
    second target stops the run before the first target changes. Each target's write is atomic by itself.
    """
    if dry_run:
        return tuple(prepare_write(t.files, t.output, manifest=t.manifest, force=force, dry_run=True).report
                     for t in release.targets)
    reports: list[WriteReport] = []
    with release.timings.stage("write"):
        # Planned once: reading and comparing every file is most of the cost when little changed.
        planned = tuple(prepare_write(t.files, t.output, manifest=t.manifest, force=force) for t in release.targets)
        for target, plan in zip(release.targets, planned):
            reports.append(apply_write(plan, target.output))  # a plan that changes nothing writes nothing
            stamp.record(target.stamp_key, target.output, release.documents)
    return tuple(reports)


def check_release(release: Release) -> tuple[TargetDrift, ...]:
    """Each target's drift: generated files missing or different, stale files, an out-of-date manifest."""
    out: list[TargetDrift] = []
    with release.timings.stage("check"):
        for target in release.targets:
            drifted = set(check_target(target.files, target.output, target.manifest))
            if target.changelog_edited:
                drifted.add(CHANGELOG_PATH)
            out.append(TargetDrift(target, tuple(sorted(drifted))))
            if not drifted:
                stamp.record(target.stamp_key, target.output, release.documents)
    return tuple(out)
