"""What ``generate`` and ``update`` print: written targets, warnings, unchanged stamps and ``--profile``."""

from __future__ import annotations

from typing import Any

from generator.cli.common import console_cap
from generator.console import Console


def _unchanged_from_stamps(console: Console, spec: Any, targets: list[Any], options: Any, timings: Any) -> bool:
    """Every target's output is exactly what pfgen wrote for these same inputs (its stamp, re-hashed): there is
    nothing to generate, so say so without loading, validating or rendering anything."""
    from generator.release.stamp import verify_targets
    from generator.release.summary import display_path
    from generator.validate.background import release_prestarted

    with timings.stage("stamps"):
        found = verify_targets(spec, targets, options)
    verified = [v for v in found if v is not None]
    if not targets or len(verified) != len(targets):
        return False
    release_prestarted()
    for v in verified:
        console.out(f"{display_path(v.output)}: unchanged ({v.version})", fg="green")
    return True


def _release_write(console: Console, release: Any, *, dry_run: bool, force: bool) -> None:
    """Write every prepared target (or show what would be written); print one line each."""
    from generator.release import write_release
    from generator.release.summary import dry_run_lines, summary_line, write_notes

    _release_warnings(console, release)
    reports = write_release(release, force=force, dry_run=dry_run)
    colours = {"ok": "green", "changed": "cyan", "warn": "yellow"}
    for target, report in zip(release.targets, reports):
        for note in write_notes(report):
            console.warn(note)
        line = summary_line(target, report)
        console.out(line.text, fg=colours.get(line.level))
        if dry_run:
            for extra in dry_run_lines(target, report):
                console.out(extra.text)
        for path in report.skipped_ignored:
            console.detail(f"  kept {path} (listed in .pfgenignore)")


def _release_warnings(console: Console, release: Any) -> None:
    """Build diagnostics and (with --lenient) validation problems, as warnings; info notes only with -v."""
    seen: list[Any] = []
    for diag in [*release.diagnostics, *(d for t in release.targets for d in t.diagnostics)]:
        if diag not in seen:
            seen.append(diag)
    _warnings(console, seen)


def _warnings(console: Console, seen: list[Any]) -> None:
    """Warnings (at most ``console_cap`` of them, then a count of the rest); info notes only with -v."""
    shown = 0
    for diag in seen:
        if diag.severity == "info":
            console.detail(diag.format())
            continue
        if shown < console_cap():
            console.warn(diag.format())
        shown += 1
    if shown > console_cap():
        console.warn(f"... and {shown - console_cap()} more warnings")


def _release_profile(console: Console, timings: Any) -> None:
    from generator.release.summary import profile_lines

    for line in profile_lines(timings):
        console.info(line)
