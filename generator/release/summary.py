"""What the CLI prints about a release: plain strings, built here so the commands stay thin (and testable)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.console import counted
from generator.release.stamp import Verified

if TYPE_CHECKING:  # a check answered from stamps imports none of the rendering machinery
    from generator.pipeline import Timings
    from generator.release.apply import TargetDrift
    from generator.release.prepare import TargetRelease
    from generator.write import WriteReport


@dataclass(frozen=True, slots=True)
class Line:
    """One line the CLI prints about a release, with a colour hint."""

    text: str
    level: str = ""  # "" plain, "ok", "changed", "warn" (a colour hint for the CLI)


def display_path(path: Path, cwd: Path | None = None) -> str:
    """``generated/pocketsflow`` for a folder under the working folder, the full path otherwise."""
    base = (cwd or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix() or "."
    except ValueError:
        return path.as_posix()


def _kind(release: TargetRelease) -> str:
    if release.kind == "initial":
        return "initial release" + (", --version" if release.overridden else "")
    head = f"{release.kind}: {release.counts.describe()}" if release.kind != "none" else "no changes"
    return head + (", --version" if release.overridden else "")


def _file_counts(report: WriteReport) -> str:
    n = len(report.created) + len(report.changed) + len(report.removed)
    if n and n == len(report.created):
        return f"{counted(n, 'file')} {'would be created' if report.dry_run else 'created'}"
    verb = "would change" if report.dry_run else "changed"
    return f"{counted(n, 'file')} {verb}"


def summary_line(release: TargetRelease, report: WriteReport, cwd: Path | None = None) -> Line:
    """``generated/pocketsflow: 1.1.0 (minor: 0 breaking, 2 added, 1 changed) — 3 files changed``."""
    where = display_path(release.output, cwd)
    if not release.new_release:
        if not report.changed_anything:
            return Line(f"{where}: unchanged ({release.version})", "ok")
        if not (report.created or report.changed or report.removed):
            note = "manifest would be updated" if report.dry_run else "manifest updated"
            return Line(f"{where}: unchanged ({release.version}; {note})", "ok")
        # the version stays, yet files differ from the tree (deleted or hand-edited files restored)
        return Line(f"{where}: {release.version} restored — {_file_counts(report)}", "changed")
    prefix = "would release " if report.dry_run else ""
    return Line(f"{where}: {prefix}{release.version} ({_kind(release)}) — {_file_counts(report)}", "changed")


def dry_run_lines(release: TargetRelease, report: WriteReport, cwd: Path | None = None) -> list[Line]:
    """The planned version, the changelog entry and every file that would be created, changed or removed."""
    lines: list[Line] = []
    if release.changelog_entry:
        previous = release.previous_version or "nothing"
        lines.append(Line(f"  version: {previous} -> {release.version}"))
        lines.append(Line("  changelog entry:"))
        lines += [Line(f"    {text}".rstrip()) for text in release.changelog_entry.rstrip("\n").splitlines()]
    marks = (("+", report.created), ("~", report.changed), ("-", report.removed))
    for mark, paths in marks:
        lines += [Line(f"  {mark} {path}") for path in paths]
    if report.manifest_changed:  # pfgen's own record, not one of the counted files: said as such
        lines.append(Line("  (and pfgen's manifest, .pfgen-manifest.json)"))
    return lines


def write_notes(report: WriteReport) -> list[str]:
    """Warnings about what ``--force`` overwrote."""
    return [f"overwrote {path} (it was edited by hand or not written by pfgen; --force)" for path in report.overwritten]


def check_lines(drifts: Sequence[TargetDrift | Verified], cwd: Path | None = None, limit: int = 50) -> list[Line]:
    lines: list[Line] = []
    for drift in drifts:
        if isinstance(drift, Verified):
            lines.append(Line(f"{display_path(drift.output, cwd)}: up to date ({drift.version})", "ok"))
            continue
        release = drift.release
        where = display_path(release.output, cwd)
        if not drift.drifted:
            lines.append(Line(f"{where}: up to date ({release.version})", "ok"))
            continue
        if release.previous_version is None:
            state = "never generated"
        elif release.new_release:
            state = f"out of date (would be {release.version}, {_kind(release)})"
        else:
            state = f"differs from what pfgen generates ({release.version})"
        n = len(drift.drifted)
        lines.append(Line(f"{where}: {state}: {counted(n, 'file')} {'differs' if n == 1 else 'differ'}", "warn"))
        shown = drift.drifted[:limit]
        lines += [Line(f"  {path}") for path in shown]
        if len(drift.drifted) > len(shown):
            lines.append(Line(f"  ... and {len(drift.drifted) - len(shown)} more"))
    return lines


def profile_lines(timings: Timings) -> list[str]:
    """Time per stage, summed over targets, in the order stages first ran."""
    totals: dict[str, float] = {}
    for name, seconds in timings.stages:
        totals[name] = totals.get(name, 0.0) + seconds
    width = max((len(name) for name in totals), default=5)
    lines = ["profile (wall time per stage):"]
    lines += [f"  {name:<{width}}  {seconds:8.3f} s" for name, seconds in totals.items()]
    lines.append(f"  {'total':<{width}}  {sum(totals.values()):8.3f} s")
    return lines
