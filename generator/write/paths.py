"""Path safety: every output path stays inside the output directory, whatever a spec or manifest says."""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from generator.errors import GeneratorError, Location

_DRIVE = re.compile(r"^[A-Za-z]:")
_HINT = (
    "output paths come from names in the spec; this is a pfgen or template bug (or a tampered manifest) — report"
    " it with the spec that triggers it"
)


def unsafe(path: str, why: str, output: Path | None = None) -> GeneratorError:
    where = str(output / path) if output is not None and not os.path.isabs(path) else path
    return GeneratorError("unsafe-path", f"refusing to write {path!r}: {why}", Location(where), _HINT)


@functools.lru_cache(maxsize=1 << 16)  # (a path that passes returns None, which is what is kept: thousands a write)
def check_relative(path: str, reserved: tuple[str, ...] = ()) -> None:
    """Reject anything that is not a plain relative POSIX path (absolute, drive, ``..``, empty parts)."""
    if not path:
        raise unsafe(path, "the path is empty")
    if "\0" in path:
        raise unsafe(path, "the path contains a NUL byte")
    if path.startswith("/") or _DRIVE.match(path):
        raise unsafe(path, "the path is absolute")
    if "\\" in path:
        raise unsafe(path, "the path contains a backslash (not portable; may be a separator on Windows)")
    parts = path.split("/")
    if ".." in parts:
        raise unsafe(path, "the path contains '..'")
    if any(part in ("", ".") for part in parts):
        raise unsafe(path, "the path has an empty or '.' component")
    if path in reserved:
        raise unsafe(path, "the name is reserved for pfgen's own bookkeeping")


class InsideCheck:
    """Rejects a path whose existing parts (followed through symlinks) lead outside the output directory.

    Each folder is resolved (and checked) once; then a file costs one ``lstat``: its name is a plain name
    (``check_relative``), so inside a folder that is inside the output only a symlink can lead out. Strings,
    not ``Path`` objects: this runs for every file of every write, thousands for a large client."""

    def __init__(self, root_resolved: Path, output: Path) -> None:
        self.root = root_resolved
        self.output = output
        self._root = str(root_resolved)
        self._prefix = self._root if self._root.endswith(os.sep) else self._root + os.sep
        self._folders: dict[str, tuple[str, bool]] = {}   # folder -> (resolved, inside the output)

    def check(self, path: str) -> os.stat_result | None:
        """Raise if ``path`` leads outside; else return its status when that is the file's own (it exists and
        is no symlink), so the caller need not ask again, or None."""
        folder, _, name = path.rpartition("/")
        resolved, inside = self._folder(folder)
        where = os.path.join(resolved, name)
        try:
            status: os.stat_result | None = os.lstat(where)
        except (FileNotFoundError, NotADirectoryError):
            status = None
        if status is not None and stat.S_ISLNK(status.st_mode):
            status = None
            where = os.path.realpath(where)
            inside = self._inside(where)
        if not inside:
            raise unsafe(path, f"it resolves outside the output directory (to {where})", self.output)
        return status

    def _inside(self, resolved: str) -> bool:
        return resolved == self._root or resolved.startswith(self._prefix)

    def _folder(self, folder: str) -> tuple[str, bool]:
        found = self._folders.get(folder)
        if found is None:
            resolved = str((self.output / folder).resolve(strict=False)) if folder else self._root
            found = self._folders[folder] = (resolved, self._inside(resolved))
        return found


def check_case_collisions(paths: Iterable[str]) -> None:
    """Two paths differing only in case clobber each other on macOS and Windows."""
    seen: dict[str, str] = {}
    for path in sorted(paths):
        folded = path.casefold()
        other = seen.get(folded)
        if other is not None:
            raise GeneratorError(
                "path-case-collision",
                f"generated paths {other!r} and {path!r} differ only in letter case",
                Location(path),
                "two names in the spec map to the same file on case-insensitive file systems; rename one"
                " (for example with an x-pfgen-name extension) or report it to pfgen",
            )
        seen[folded] = path
