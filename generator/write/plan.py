"""Deciding what a write must do: compare the new files with the tree on disk and the previous manifest.

Reads the output directory, writes nothing. ``classify`` never raises for a user-caused conflict (``check_tree``
wants the full list); ``plan_write`` turns conflicts into errors unless ``force``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.digests import sha256_hex
from generator.errors import Diagnostic, GeneratorError, InputError, IOFailure, Location
from generator.render.model import RenderedFile
from generator.write.current import DIR, SAME, current_state, encoded
from generator.write.ignore import load_ignore
from generator.write.manifest import (
    MANIFEST_NAME,
    ManifestInfo,
    build_manifest,
    manifest_bytes,
    read_manifest,
)
from generator.write.paths import InsideCheck, check_case_collisions, check_relative
from generator.write.report import WriteReport


@dataclass(slots=True)
class Classification:
    """Every generated path sorted into exactly one bucket (plus the stale ones)."""

    new: dict[str, bytes]
    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # previous generation's file, untouched by hand
    unchanged: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    user_files: list[str] = field(default_factory=list)  # exists, not ours, different content
    hand_edited: list[str] = field(default_factory=list)  # ours, edited since, would be overwritten
    stale: list[str] = field(default_factory=list)  # ours, no longer generated, unedited
    stale_edited: list[str] = field(default_factory=list)  # ours, no longer generated, edited since
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (generated path, what is in the way)
    clear_dirs: list[str] = field(default_factory=list)  # directories to be replaced by a file
    manifest: bytes = b""
    manifest_changed: bool = False
    digests: dict[str, str] = field(default_factory=dict)  # the hex SHA-256 of each generated file's bytes


@dataclass(frozen=True, slots=True)
class WritePlan:
    """What a write does to the output folder: files to write or remove, folders to clear, the manifest."""

    report: WriteReport
    writes: tuple[tuple[str, bytes], ...]  # created and changed files, sorted by path
    removals: tuple[str, ...]
    clear_dirs: tuple[str, ...]
    manifest: bytes | None  # new manifest bytes, or None when it is byte-identical already
    digests: tuple[str, ...] = ()  # the hex SHA-256 of each of ``writes``, in the same order


def classify(
    files: Sequence[RenderedFile], output: Path, info: ManifestInfo, ignore_file: str
) -> Classification:
    if not ignore_file or "/" in ignore_file or ignore_file in (".", ".."):
        raise GeneratorError(
            "unsafe-path",
            f"the ignore file name {ignore_file!r} must be a plain file name in the output root",
            Location(ignore_file),
            "pass a name such as .pfgenignore",
        )
    if output.exists() and not output.is_dir():
        raise IOFailure(
            "output-not-a-folder",
            f"the output path {output} is a file, not a folder; nothing was written",
            Location(str(output)),
            "choose another --output (or `output` in the config), or move that file away",
        )
    reserved = (MANIFEST_NAME, ignore_file)
    new: dict[str, bytes] = {}
    digests: dict[str, str] = {}
    for file, (data, digest) in zip(files, encoded(files), strict=True):
        check_relative(file.path, reserved)
        if file.path in new:
            raise GeneratorError(
                "duplicate-path",
                f"two generated files have the same path {file.path!r}",
                Location(file.path),
                "this is a pfgen planning bug; report it with the spec that triggers it",
            )
        new[file.path] = data
        digests[file.path] = digest
    check_case_collisions(new)
    _check_files_vs_dirs(new)

    inside = InsideCheck(output.resolve(), output)
    status = {path: inside.check(path) for path in new}
    previous = read_manifest(output) if output.is_dir() else None
    old_files = dict(previous.files) if previous is not None else {}
    for path in old_files:  # a tampered manifest must not make us delete anything outside the output
        if path not in new:  # (the new paths were checked just above)
            check_relative(path, reserved)
            inside.check(path)

    exists = output.is_dir()
    is_ignored = load_ignore(output, ignore_file) if exists else _never
    result = Classification(new)
    recorded: dict[str, str] = {}
    base = str(output)
    for path in sorted(new):
        if is_ignored(path):
            result.ignored.append(path)
            continue
        data = new[path]
        recorded[path] = digest = digests[path]
        # (strings, not Path objects: thousands of files; nothing to read in an output that does not exist)
        current = _current(os.path.join(base, path), data, digest, status[path]) if exists else None
        if current is DIR:
            result.blocked.append((path, path))
        elif current is None:
            result.created.append(path)
        elif current is SAME:
            result.unchanged.append(path)
        elif path not in old_files:
            result.user_files.append(path)
        elif current == old_files[path]:
            result.changed.append(path)
        else:
            result.hand_edited.append(path)

    for path in sorted(set(old_files) - set(new)):
        if is_ignored(path):
            continue  # the user took it over: never deleted, and it drops out of the manifest
        current = _current(os.path.join(base, path), None, None)
        if current is None or current is DIR:
            continue  # already gone, or replaced by a directory of the user's: not ours any more
        if current == old_files[path]:
            result.stale.append(path)
        else:
            result.stale_edited.append(path)

    _check_structure(output, result)
    result.digests = digests
    result.manifest = manifest_bytes(build_manifest(info, recorded))
    manifest_path = os.path.join(base, MANIFEST_NAME)
    result.manifest_changed = _current(manifest_path, result.manifest, sha256_hex(result.manifest)) is not SAME
    return result


def plan_write(
    files: Sequence[RenderedFile], output: Path, info: ManifestInfo, *, force: bool, ignore_file: str, dry_run: bool
) -> WritePlan:
    c = classify(files, output, info, ignore_file)
    if c.blocked:
        raise _blocked_error(output, c.blocked)
    if c.user_files and not force:
        raise _conflict_error(output, c.user_files, ignore_file)
    edited = sorted(c.hand_edited + c.stale_edited)
    if edited and not force:
        raise _hand_edited_error(output, edited, info.package_name, ignore_file)

    changed = sorted(c.changed + c.hand_edited + c.user_files)
    removed = sorted(c.stale + c.stale_edited)
    writes = tuple((path, c.new[path]) for path in sorted(c.created + changed))
    anything = bool(writes or removed or c.manifest_changed)
    report = WriteReport(
        created=tuple(c.created),
        changed=tuple(changed),
        removed=tuple(removed),
        unchanged=tuple(c.unchanged),
        skipped_ignored=tuple(c.ignored),
        overwritten=tuple(sorted(c.user_files + edited)),
        manifest_changed=c.manifest_changed,
        dry_run=dry_run,
    )
    return WritePlan(
        report=report,
        writes=writes,
        removals=tuple(removed),
        clear_dirs=tuple(c.clear_dirs),
        manifest=c.manifest if anything else None,
        digests=tuple(c.digests[path] for path, _ in writes),
    )


def drifted_paths(c: Classification) -> list[str]:
    """Paths where the tree on disk differs from what a write would leave (for ``pfgen check``)."""
    drift = set(c.created + c.changed + c.user_files + c.hand_edited + c.stale + c.stale_edited)
    drift.update(path for path, _ in c.blocked)
    if c.manifest_changed:
        drift.add(MANIFEST_NAME)
    return sorted(drift)


def _current(path: str, data: bytes | None, digest: str | None, status: os.stat_result | None = None) -> object:
    """``current_state``, with a failure to read as one error line."""
    try:
        return current_state(path, data, digest, status)
    except OSError as exc:
        raise _io_error(Path(path), exc) from exc


def _check_files_vs_dirs(new: dict[str, bytes]) -> None:
    for path in new:
        parts = path.split("/")
        for depth in range(1, len(parts)):
            prefix = "/".join(parts[:depth])
            if prefix in new:
                raise GeneratorError(
                    "duplicate-path",
                    f"generated path {prefix!r} is both a file and the folder of {path!r}",
                    Location(path),
                    "this is a pfgen planning bug; report it with the spec that triggers it",
                )


def _check_structure(output: Path, c: Classification) -> None:
    """File/directory transitions: allowed only when everything in the way is a stale file of ours."""
    removing = set(c.stale) | set(c.stale_edited)
    still_blocked: list[tuple[str, str]] = []
    for path, _ in c.blocked:  # an existing directory where a file must go
        inside = _files_under(output / path, path)
        if inside and set(inside) <= removing:
            c.clear_dirs.append(path)
            c.created.append(path)
        else:
            users = sorted(set(inside) - removing) or [path]
            still_blocked.append((path, users[0]))
    c.blocked = still_blocked
    c.created.sort()
    checked: set[str] = set()
    for path in c.created + c.changed + c.hand_edited + c.user_files:
        parts = path.split("/")
        for depth in range(1, len(parts)):
            prefix = "/".join(parts[:depth])
            if prefix in checked:
                continue
            checked.add(prefix)
            target = output / prefix
            if os.path.lexists(target) and not target.is_dir() and prefix not in removing:
                c.blocked.append((path, prefix))  # a file of the user's where a folder must go


def _files_under(folder: Path, rel: str) -> list[str]:
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath).relative_to(folder).as_posix()
        prefix = rel if base == "." else f"{rel}/{base}"
        found.extend(f"{prefix}/{name}" for name in filenames)
        # Symlinked folders are not followed by os.walk; count them as entries the user put there.
        found.extend(f"{prefix}/{name}" for name in dirnames if os.path.islink(os.path.join(dirpath, name)))
    return sorted(found)


def _never(path: str) -> bool:
    return False


def _names(paths: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


def _diagnostics(output: Path, paths: Sequence[str], code: str, message: str, hint: str) -> tuple[Diagnostic, ...]:
    return tuple(Diagnostic("error", code, message, Location(str(output / p)), hint) for p in paths)


def _conflict_error(output: Path, paths: list[str], ignore_file: str) -> InputError:
    hint = (
        f"rename or move your file, list the generated path in {ignore_file} to keep yours, or pass --force to"
        " overwrite it"
    )
    what = "file exists" if len(paths) == 1 else "files exist"
    return InputError(
        "user-file-conflict",
        f"{what} where pfgen must write a generated file, and pfgen did not create it: {_names(paths)}",
        Location(str(output / paths[0])),
        hint,
        _diagnostics(output, paths, "user-file-conflict", "not written by pfgen; would be overwritten", hint),
    )


def _blocked_error(output: Path, blocked: list[tuple[str, str]]) -> InputError:
    hint = "move the file or folder that is in the way; pfgen never deletes folders or files it did not create"
    pairs = sorted(blocked)
    names = _names([f"{path} (blocked by {obstacle})" for path, obstacle in pairs])
    return InputError(
        "user-file-conflict",
        f"a file or folder that pfgen did not create is in the way of generated output: {names}",
        Location(str(output / pairs[0][1])),
        hint,
        _diagnostics(output, [o for _, o in pairs], "user-file-conflict", "in the way of generated output", hint),
    )


def _hand_edited_error(output: Path, paths: list[str], package: str, ignore_file: str) -> InputError:
    hint = f"move your change into {package or '<package>'}/lib/ or list the file in {ignore_file}, or pass --force"
    count = "a generated file was" if len(paths) == 1 else f"{len(paths)} generated files were"
    return InputError(
        "hand-edited",
        f"{count} edited by hand since pfgen wrote it and would be overwritten or removed: {_names(paths, 50)}",
        Location(str(output / paths[0])),
        hint,
        _diagnostics(output, paths, "hand-edited", "edited since pfgen wrote it", hint),
    )


def _io_error(path: Path, exc: OSError) -> IOFailure:
    return IOFailure(
        "output-unreadable",
        f"cannot read {path.name}: {exc.strerror or exc}",
        Location(str(path)),
        "check the permissions of the output directory",
    )
