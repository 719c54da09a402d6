"""Applying a ``WritePlan`` so that the output directory is either entirely old or entirely new.

The guarantee, precisely: if this function raises or is interrupted (any exception, ``KeyboardInterrupt``, a
failed write such as a full disk, a failed rename) before the new manifest has been renamed into place, every
file and folder in the output directory is left byte-identical to how it was (same paths, same bytes; replaced
files get their original inode back, so their mtimes are preserved too) and the staging folder is removed. The
rename of the manifest is the commit point; afterwards only best-effort cleanup (deleting backups and the
staging folder) remains. Not covered: power loss or a kernel crash (no fsync, for speed), a second failure
while rolling back (then the backups are kept and the error names their folder), and other processes writing
into the output directory at the same time.

How:
1. Stage: every new or changed file, and the new manifest, is written into a staging folder beside the output
   directory (inside it if the parent is on another file system), so each later step is a same-file-system
   ``os.replace``. A failure here leaves the output directory untouched.
2. Swap, journaled: stale files are moved into the staging folder's backup area; folders that become files are
   emptied; each changed file is hard-linked into the backup area (copied where links are unsupported) and the
   staged file is renamed over it; new files are renamed into place; folders emptied by removals are deleted.
   Each step is journaled *before* it is taken, with an undo that is harmless if the step never happened.
3. Commit: the new manifest is renamed into place. On any failure before this, the journal is undone in reverse.

The journal is also kept on disk (``write.journal``): a writer killed outright (SIGKILL) cannot undo anything
itself, so the next pfgen run that reads the output rolls the abandoned transaction back first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from generator.errors import IOFailure, Location
from generator.write.journal import Journal, Undo, undo_of
from generator.write.manifest import MANIFEST_NAME

# A written file as it was staged: (inode, size, modification time in ns).
Written = tuple[int, int, int]

# Indirections over the file-system primitives so tests can inject failures at any point.


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def _replace(src: Path, dst: Path) -> None:
    os.replace(src, dst)


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:  # file systems without hard links (FAT, some network mounts): a copy is just slower
        shutil.copy2(src, dst, follow_symlinks=False)


def apply_plan(
    output: Path,
    writes: Sequence[tuple[str, bytes]],
    removals: Sequence[str],
    clear_dirs: Sequence[str],
    manifest: bytes,
) -> dict[str, Written]:
    """Apply the plan (see the module docstring); returns each written path's ``Written`` (as staged: a rename
    into place keeps the inode, size and modification time)."""
    # A first generation into a folder that does not exist: every file (manifest included) is staged beside it
    # and the staged folder is renamed to ``output`` in one step, the commit point (before it, ``output`` does
    # not exist; after it, it is complete). A file-by-file swap would cost a rename and a journal line per file,
    # most of a large first write. A killed writer leaves a staging folder with an empty journal, which
    # ``recover`` deletes.
    fresh = not removals and not clear_dirs and not os.path.lexists(output)
    # Folders created for the output directory itself are undone last, after the staging folder (which may
    # live inside the output directory) is gone.
    made_output: list[Undo] = []
    _ensure_output(output.parent if fresh else output, made_output)
    try:
        stage = _make_stage(output, beside=fresh)
    except BaseException as exc:
        _rollback(made_output, None)
        if isinstance(exc, OSError):
            raise _failure("cannot create a staging folder", output, exc) from exc
        raise
    new_root, old_root = stage / "new", stage / "old"
    journal: Journal | None = None
    try:
        journal = Journal(stage)
        staged, written = _stage_files(output, new_root, writes, manifest, tree=fresh)
        if fresh:
            _rename_folder(new_root, output)
        else:
            backups = _Backups(old_root)
            _swap(output, staged, backups, writes, removals, clear_dirs, journal)
            # Commit point: once the manifest is renamed in, the new generation is the current one.
            _replace_file(output, staged, backups, MANIFEST_NAME, journal)
        journal.commit()
    except BaseException as exc:
        if journal is not None:
            try:
                _rollback(journal.undos, stage)
            finally:
                journal.close()
        shutil.rmtree(stage, ignore_errors=True)
        _rollback(made_output, None)
        if isinstance(exc, OSError):
            where = Path(exc.filename) if isinstance(exc.filename, str) else output
            raise _failure("writing the generated files failed", where, exc) from exc
        raise
    journal.close()
    shutil.rmtree(stage, ignore_errors=True)
    return written


def _rename_folder(src: Path, dst: Path) -> None:
    os.rename(src, dst)  # fails if ``dst`` appeared meanwhile with something in it


def _ensure_output(output: Path, journal: list[Undo]) -> None:
    """Create the output directory (and missing parents), journaling each folder created."""
    missing: list[Path] = []
    probe = output
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise IOFailure(
            "output-not-a-folder",
            f"the output folder {output} cannot be made: {probe} is a file, not a folder; nothing was written",
            Location(str(probe)),
            "choose another --output (or `output` in the config), or move that file away",
        )
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except OSError as exc:
            _rollback(journal, None)
            raise _failure("cannot create the output directory", folder, exc) from exc
        journal.append(undo_of("rmdir", folder))  # only folders this run made are removed on failure


def _make_stage(output: Path, *, beside: bool = False) -> Path:
    """A fresh staging folder on the same file system as ``output``: beside it if possible (always, with
    ``beside``: ``output`` does not exist yet), else inside it."""
    parent = output.parent
    prefix = f".{output.name}.pfgen-staging-"
    if beside:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    with contextlib.suppress(OSError):
        if os.stat(parent).st_dev == os.stat(output).st_dev:
            return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    return Path(tempfile.mkdtemp(prefix=".pfgen-staging-", dir=output))


def _stage_files(output: Path, new_root: Path, writes: Sequence[tuple[str, bytes]], manifest: bytes, *,
                 tree: bool) -> tuple[dict[str, Path], dict[str, Written]]:
    """Write every new file (and the manifest) into ``new_root``; return where each path was staged, and each
    written file's ``Written``.

    With ``tree`` the staged files mirror the output's layout (a first generation renames the folder into
    place); otherwise they are numbered in one flat folder: folders cost a slow metadata write each on some
    file systems, and each staged file is renamed into place one by one anyway."""
    existing = os.path.isdir(output)
    new_root.mkdir(parents=True, exist_ok=True)
    made: set[Path] = {new_root}
    staged: dict[str, Path] = {}
    written: dict[str, Written] = {}
    for number, (path, data) in enumerate(writes):
        target = new_root / path if tree else new_root / str(number)
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        _write_file(target, data)
        staged[path] = target
        if existing:
            with contextlib.suppress(OSError):  # keep permission bits a user gave a generated file (e.g. +x)
                current = os.stat(output / path)
                os.chmod(target, current.st_mode & 0o7777)
        with contextlib.suppress(OSError):
            st = os.stat(target)
            written[path] = (st.st_ino, st.st_size, st.st_mtime_ns)
    staged[MANIFEST_NAME] = new_root / MANIFEST_NAME
    _write_file(staged[MANIFEST_NAME], manifest)
    return staged, written


class _Backups:
    """Where replaced and removed files are kept until the commit: numbered files in one folder (the journal
    records which file each one was)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0

    def next(self) -> Path:
        if not self.count:
            self.root.mkdir(exist_ok=True)
        self.count += 1
        return self.root / str(self.count)


def _swap(
    output: Path,
    staged: dict[str, Path],
    backups: _Backups,
    writes: Sequence[tuple[str, bytes]],
    removals: Sequence[str],
    clear_dirs: Sequence[str],
    journal: Journal,
) -> None:
    # Removals first: a stale file may sit where a new folder must go.
    for path in removals:
        backup = backups.next()
        journal.add("move-back", backup, output / path)
        _replace(output / path, backup)
    for folder in clear_dirs:  # now holds only empty folders (its files were stale and moved away)
        for empty in _folders_bottom_up(output / folder):
            journal.add("mkdir", empty)
            empty.rmdir()
    for path, _ in writes:
        _make_parents(output, path, journal)
        _replace_file(output, staged, backups, path, journal)
    for emptied in _emptied_folders(output, removals):
        journal.add("mkdir", emptied)
        emptied.rmdir()


def _replace_file(output: Path, staged: dict[str, Path], backups: _Backups, path: str, journal: Journal) -> None:
    target = output / path
    if os.path.lexists(target):
        backup = backups.next()
        _link(target, backup)
        journal.add("move-back", backup, target)
    else:
        journal.add("unlink", target)
    _replace(staged[path], target)


def _make_parents(output: Path, path: str, journal: Journal) -> None:
    parts = path.split("/")[:-1]
    folder = output
    for part in parts:
        folder = folder / part
        if not folder.is_dir():
            journal.add("rmdir", folder)
            folder.mkdir()


def _folders_bottom_up(folder: Path) -> Iterator[Path]:
    for dirpath, _, _ in os.walk(folder, topdown=False):
        yield Path(dirpath)


def _emptied_folders(output: Path, removals: Sequence[str]) -> list[Path]:
    """Folders left empty by removals, deepest first; never the output root, never a folder with anything in it."""
    candidates: set[Path] = set()
    for path in removals:
        folder = (output / path).parent
        while folder != output and output in folder.parents:
            candidates.add(folder)
            folder = folder.parent
    emptied: list[Path] = []
    gone: set[Path] = set()
    for folder in sorted(candidates, key=lambda p: (-len(p.parts), str(p))):
        if folder.is_symlink() or not folder.is_dir():
            continue
        if all(Path(entry.path) in gone for entry in os.scandir(folder)):
            emptied.append(folder)
            gone.add(folder)
    return emptied


def _rollback(journal: list[Undo], stage: Path | None) -> None:
    failures: list[BaseException] = []
    for undo in reversed(journal):
        try:
            undo()
        except BaseException as exc:  # noqa: BLE001 - keep undoing: every restored file counts
            failures.append(exc)
    journal.clear()
    if failures:
        kept = (f"; the previous files are kept in {stage / 'old'} (its journal says where each one goes)"
                if stage is not None else "")
        raise IOFailure(
            "rollback-failed",
            f"writing failed and restoring the previous output failed too ({failures[0]}){kept}",
            Location(str(stage) if stage is not None else ""),
            "copy the kept files back by hand, then rerun pfgen",
        ) from failures[0]


def _failure(what: str, where: Path, exc: OSError) -> IOFailure:
    return IOFailure(
        "write-failed",
        f"{what}: {exc.strerror or exc}; the previous output was left unchanged",
        Location(str(where)),
        "free disk space or fix permissions, then rerun pfgen",
    )
