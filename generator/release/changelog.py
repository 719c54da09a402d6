"""``CHANGELOG.md`` of a generated package: one section per release, newest first, accumulated across runs.

The file is generated, but it is the only record of earlier releases, so each run reads the current file, keeps
every earlier section as it is and puts the new one on top (a section for the same version is replaced, so
re-releasing a version does not duplicate it). Sections come from the diff stage's Markdown renderer: breaking
changes first, each Python-side break with the way to migrate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the differ is imported when there is a diff (not on a first release)
    from generator.diff.model import SpecDiff

CHANGELOG_PATH = "CHANGELOG.md"
HEADER = (
    "# Changelog\n"
    "\n"
    "Every release of this package, newest first. pfgen adds a section each time the package is regenerated\n"
    "from a changed API document, templates, configuration or generator; earlier sections are kept as they are.\n"
)
_SECTION = re.compile(r"^## +(\S+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ChangeCounts:
    """How many breaking, added and other changes a release has, as the CLI's summary reports them."""

    breaking: int = 0
    added: int = 0
    changed: int = 0

    def describe(self) -> str:
        return f"{self.breaking} breaking, {self.added} added, {self.changed} changed"


def count_changes(diff: SpecDiff | None) -> ChangeCounts:
    """Breaking changes, additions (rules that make a minor release), and everything else."""
    if diff is None:
        return ChangeCounts()
    from generator.diff.rules import RULES

    # A change to the wire and its counterpart in the Python SDK (POST /things removed; things.create() removed)
    # are one event: an SDK change counts on its own only for an operation with no wire change, and makes the
    # operation's event breaking when it is breaking and the wire side is not.
    wire = [c for c in diff.changes if c.scope == "wire"]
    wire_ops = {c.operation for c in wire if c.operation}
    events = wire + [c for c in diff.changes if c.scope != "wire" and (not c.operation or c.operation not in wire_ops)]
    sdk_breaking = {c.operation for c in diff.changes if c.scope != "wire" and c.level == "breaking"}
    wire_breaking = {c.operation for c in wire if c.level == "breaking"}
    promoted: set[str] = set()
    breaking = added = 0
    for c in events:
        if c.level == "breaking" or (
            c.scope == "wire" and c.operation in sdk_breaking - wire_breaking and c.operation not in promoted
        ):
            promoted.add(c.operation)
            breaking += 1
        elif c.id in RULES and RULES[c.id].addition:
            added += 1
    return ChangeCounts(breaking, added, len(events) - breaking - added)


def _heading(version: str, api_version: str) -> str:
    return f"## {version}" + (f" (API {api_version})" if api_version else "")


def initial_section(version: str, title: str, api_version: str) -> str:
    what = " ".join(part for part in (title, api_version) if part) or "the API document"
    return f"{_heading(version, api_version)}\n\nInitial release generated from {what}.\n"


def release_section(
    diff: SpecDiff | None, *, version: str, api_version: str, reasons: Sequence[str] = ()
) -> str:
    """The section for one release: the API changes, or why the package changed when the API did not."""
    if diff is not None and diff.changes:
        from generator.diff.render import render_markdown

        body = render_markdown(diff, version=version, title=f"(API {api_version})" if api_version else None)
        return body.rstrip("\n") + "\n"
    lines = [_heading(version, api_version), ""]
    if diff is None:
        lines.append("The previous API document was not available, so the API changes could not be listed.")
    else:
        lines.append("No changes to the API.")
    if reasons:
        lines += ["", *(f"- {reason}" for reason in reasons)]
    return "\n".join(lines) + "\n"


def split_sections(text: str) -> list[tuple[str, str]]:
    """``(version, section text)`` for every ``## <version>`` section of an existing changelog, in file order."""
    starts = [m.start() for m in _SECTION.finditer(text)]
    sections: list[tuple[str, str]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        chunk = text[start:end].rstrip("\n") + "\n"
        match = _SECTION.match(chunk)
        sections.append((match.group(1) if match else "", chunk))
    return sections


def merge_changelog(existing: str | None, section: str, version: str) -> str:
    """The whole file: header, the new section, then every earlier section except one for the same version."""
    kept = [text for ver, text in split_sections(existing or "") if ver != version]
    return "\n".join([HEADER, section, *kept])
