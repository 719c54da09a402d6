"""What the diff stage produces: ``Change`` entries and the ``SpecDiff`` that holds them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["breaking", "warning", "info"]
Scope = Literal["wire", "sdk"]
Bump = Literal["major", "minor", "patch", "none"]

LEVELS: tuple[Level, ...] = ("breaking", "warning", "info")
LEVEL_RANK: dict[str, int] = {"breaking": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Change:
    """One classified difference between two versions of an API.

    ``operation`` is ``"GET /orders/{id}"`` (the new path; the old one for removals) or ``""`` for document-level
    changes; ``location`` is a JSON pointer into the NEW document (into the OLD one for removals).
    """

    id: str
    scope: Scope
    level: Level
    operation: str
    location: str
    message: str
    oasdiff_id: str = ""   # the same change in oasdiff's vocabulary ("" where oasdiff has no rule for it)

    def sort_key(self) -> tuple[str, str, str, str]:
        return (self.operation, self.location, self.id, self.message)

    def as_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "scope": self.scope,
            "level": self.level,
            "operation": self.operation,
            "location": self.location,
            "message": self.message,
            "oasdiff_id": self.oasdiff_id,
        }


@dataclass(frozen=True, slots=True)
class SpecDiff:
    """All changes from OLD to NEW, sorted by (operation, location, id)."""

    changes: tuple[Change, ...]
    old_version: str = ""
    new_version: str = ""
    title: str = ""          # the API's name (``info.title`` of the new version, else the old)

    @property
    def heading(self) -> str:
        """``Pocketsflow API 1.0.0 -> 1.1.0``: what was compared, for the top of a report."""
        name = self.title or "API"
        if self.old_version or self.new_version:
            return f"{name} {self.old_version or '?'} -> {self.new_version or '?'}"
        return name

    @property
    def breaking(self) -> bool:
        return any(c.level == "breaking" and c.scope == "wire" for c in self.changes)

    @property
    def sdk_breaking(self) -> bool:
        return any(c.level == "breaking" and c.scope == "sdk" for c in self.changes)

    @property
    def bump(self) -> Bump:
        from generator.diff.rules import RULES

        if not self.changes:
            return "none"
        if any(c.level == "breaking" for c in self.changes):
            return "major"
        if any(RULES[c.id].addition if c.id in RULES else False for c in self.changes):
            return "minor"
        return "patch"

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {level: 0 for level in LEVELS}
        for c in self.changes:
            out[c.level] += 1
        return out

    def with_changes(self, changes: tuple[Change, ...] | list[Change]) -> SpecDiff:
        return SpecDiff(sort_changes(changes), self.old_version, self.new_version, self.title)


def sort_changes(changes: tuple[Change, ...] | list[Change]) -> tuple[Change, ...]:
    """Sorted and de-duplicated: the same finding reached through two paths is reported once."""
    return tuple(sorted(set(changes), key=Change.sort_key))
