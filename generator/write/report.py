"""What a write did (or, in a dry run, would do)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class WriteReport:
    """Sorted tuples of POSIX paths relative to the output root.

    ``overwritten`` lists files replaced or removed only because of ``force`` (hand-edited generated files, or
    user files in the way), so the CLI can warn about them. The manifest itself is not listed among the files;
    ``manifest_changed`` says whether it was (or would be) rewritten.
    """

    created: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped_ignored: tuple[str, ...] = ()
    overwritten: tuple[str, ...] = ()
    manifest_changed: bool = False
    dry_run: bool = False

    @property
    def changed_anything(self) -> bool:
        return bool(self.created or self.changed or self.removed or self.manifest_changed)

    @property
    def status(self) -> Literal["unchanged", "written", "would-write"]:
        if not self.changed_anything:
            return "unchanged"
        return "would-write" if self.dry_run else "written"
