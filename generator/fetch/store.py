"""Dated snapshots of API documents: ``specs/<api>/<version>.<json|yaml>`` plus ``specs/<api>/index.json``.

A snapshot keeps the served bytes exactly, so diffs between versions and the spec hash in generated manifests
refer to what the server really said. The file is named by ``info.version``; when a server changes the document
without bumping the version, the new content gets ``<version>+<first 8 hex of sha256>``. The index records every
snapshot in the order fetched (that order is what "newest" means) and is written last, atomically, with sorted
keys; the ``fetched`` date is the only time-dependent value and lives only there.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.errors import InputError, IOFailure, Location, UsageError
from generator.load.document import SourceDocument

INDEX_NAME = "index.json"
INDEX_FORMAT = 1
SPEC_SUFFIXES = (".json", ".yaml", ".yml")

StoreStatus = Literal["stored", "unchanged"]

# Trailing words that say nothing about which API it is ("Pocketsflow API" -> "pocketsflow").
_NOISE_WORDS = {"api", "apis", "rest", "http", "openapi", "swagger", "spec", "specification", "service"}
_NAME_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


@dataclass(frozen=True, slots=True)
class StoreResult:
    """Where a document was stored as a snapshot, or found already stored."""

    path: Path
    status: StoreStatus
    version: str
    api: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    """One stored snapshot of an API's document, as its ``index.json`` records it."""

    file: str
    version: str
    sha256: str
    source: str
    fetched: str
    title: str

    def to_json(self) -> dict[str, str]:
        return {
            "fetched": self.fetched,
            "file": self.file,
            "sha256": self.sha256,
            "source": self.source,
            "title": self.title,
            "version": self.version,
        }


@dataclass(frozen=True, slots=True)
class SnapshotIndex:
    """An API's ``index.json``: every snapshot in the order fetched, and which is the newest."""

    api: str
    newest: str
    snapshots: tuple[SnapshotEntry, ...]

    def to_bytes(self) -> bytes:
        data = {
            "api": self.api,
            "format": INDEX_FORMAT,
            "newest": self.newest,
            "snapshots": [s.to_json() for s in self.snapshots],
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def api_slug(title: str) -> str:
    """A folder name for an API title: lower case, dashes, trailing "API"-like words dropped."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")  # "Ü" -> "U"
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    while len(words) > 1 and words[-1] in _NOISE_WORDS:
        words.pop()
    slug = "-".join(words)[:64].strip("-")
    return slug or "api"


def check_api_name(name: str) -> str:
    """A user-given ``--name`` must be one safe path segment."""
    if not _NAME_OK.fullmatch(name) or name in (".", ".."):
        raise UsageError(
            "bad-api-name",
            f"{name!r} cannot be used as an API folder name",
            hint="use letters, digits, '.', '_' and '-' only, for example --name pocketsflow",
        )
    return name


def version_file_stem(version: str) -> str:
    """``info.version`` made safe as a file name (``1.0.0`` stays ``1.0.0``; ``v2 beta/1`` -> ``v2-beta-1``)."""
    stem = re.sub(r"[^A-Za-z0-9._+-]+", "-", version).strip(".-")[:64]
    return stem or "unversioned"


def _info(doc: SourceDocument) -> tuple[str, str]:
    info = doc.data.get("info") if isinstance(doc.data, dict) else None
    if not isinstance(info, dict):
        return "", ""
    title, version = info.get("title"), info.get("version")
    return (str(title).strip() if title is not None else "", str(version).strip() if version is not None else "")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file beside ``path`` and ``os.replace``, so readers never see half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; snapshots are ordinary files
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise IOFailure(
            "write-failed",
            f"could not write the file: {exc.strerror or exc}",
            Location(str(path)),
            hint="check that the folder is writable",
        ) from None


def read_index(api_dir: Path) -> SnapshotIndex | None:
    """The index of one API folder, or None when there is none."""
    path = api_dir / INDEX_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IOFailure("read-failed", f"could not read the file: {exc.strerror or exc}", Location(str(path))) from None
    try:
        data: Any = json.loads(raw)
        entries = tuple(
            SnapshotEntry(
                file=str(e["file"]),
                version=str(e.get("version", "")),
                sha256=str(e["sha256"]),
                source=str(e.get("source", "")),
                fetched=str(e.get("fetched", "")),
                title=str(e.get("title", "")),
            )
            for e in data["snapshots"]
        )
        return SnapshotIndex(api=str(data.get("api", api_dir.name)), newest=str(data.get("newest", "")), snapshots=entries)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InputError(
            "snapshot-index-invalid",
            "not a pfgen snapshot index (expected JSON with a `snapshots` list)",
            Location(str(path)),
            hint="fix or delete it; `pfgen fetch` writes a new one",
        ) from None


def store_snapshot(
    folder: Path,
    doc: SourceDocument,
    *,
    source_url: str,
    name: str | None = None,
    raw: bytes | None = None,
    today: str | None = None,
) -> StoreResult:
    """Store ``doc`` under ``folder/<api>/`` unless the same bytes are already there.

    ``raw`` are the bytes as served (default: ``doc.text`` as UTF-8); they are written unchanged. ``name``
    overrides the folder name taken from ``info.title``; ``today`` (``YYYY-MM-DD``) overrides the date recorded
    in the index. Content equal to an existing snapshot is "unchanged" and nothing is written, except that the
    index then points ``newest`` at it if it was not already (the server went back to an earlier document).
    """
    data = raw if raw is not None else doc.text.encode("utf-8")
    sha = _sha256(data)
    title, version = _info(doc)
    api = check_api_name(name) if name else api_slug(title)
    api_dir = folder / api
    index = read_index(api_dir) or SnapshotIndex(api=api, newest="", snapshots=())
    fetched = today or _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    entry_for = {e.file: e for e in index.snapshots}

    def unchanged(file: str) -> StoreResult:
        entries = index.snapshots
        if file not in entry_for:  # on disk but not indexed (copied in by hand, or an older index): adopt it
            entries += (SnapshotEntry(file, version, sha, source_url, fetched, title),)
        if file != index.newest or file not in entry_for:
            write_atomic(api_dir / INDEX_NAME, SnapshotIndex(api, file, entries).to_bytes())
        return StoreResult(api_dir / file, "unchanged", version, api, title)

    for entry in index.snapshots:
        if entry.sha256 == sha and (api_dir / entry.file).is_file():
            return unchanged(entry.file)

    stem = version_file_stem(version)
    ext = ".json" if doc.media_type == "json" else ".yaml"
    plain, hashed = f"{stem}{ext}", f"{stem}+{sha[:8]}{ext}"
    for file in (plain, hashed):
        path = api_dir / file
        if path.is_file() and _sha256(path.read_bytes()) == sha:
            return unchanged(file)

    version_seen = (api_dir / plain).exists() or any(e.version == version for e in index.snapshots)
    file = hashed if version_seen else plain
    if (api_dir / file).exists():  # a different file already has this name: never clobber it
        file = f"{stem}+{sha[:16]}{ext}"
        if (api_dir / file).exists():
            raise IOFailure(
                "snapshot-conflict",
                "a different file already has this name",
                Location(str(api_dir / file)),
                hint="move it away and fetch again",
            )
    write_atomic(api_dir / file, data)
    entries = tuple(e for e in index.snapshots if e.file != file)
    entries += (SnapshotEntry(file, version, sha, source_url, fetched, title),)
    write_atomic(api_dir / INDEX_NAME, SnapshotIndex(api, file, entries).to_bytes())
    return StoreResult(api_dir / file, "stored", version, api, title)


def _spec_files(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SPEC_SUFFIXES and p.name != INDEX_NAME and not p.name.startswith(".")
    ]


def _version_key(path: Path) -> tuple[Any, ...]:
    """Semver-ish order of snapshot file names: 1.2.10 > 1.2.9 > 1.2.9-rc.1; ``+hash`` copies after the plain one."""
    version, plus, _build = path.stem.partition("+")
    core, dash, pre = version.lstrip("vV").partition("-")
    numbers = tuple(int(t) if t.isdigit() else -1 for t in re.split(r"[._]", core))
    pre_key = tuple((0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"[.-]", pre)) if dash else ()
    return (numbers, 0 if dash else 1, pre_key, 1 if plus else 0, path.stat().st_mtime_ns, path.name)


def newest_snapshot(folder: Path) -> Path:
    """The snapshot a command should use when given a folder: the index's newest, else the highest version.

    ``folder`` is one API's folder (``specs/pocketsflow``); a snapshot root holding exactly one API folder
    (``specs/``) is accepted too.
    """
    if not folder.is_dir():
        raise IOFailure(
            "snapshot-folder-missing", "not a folder", Location(str(folder)), hint="check the path"
        )
    index = read_index(folder)
    if index is not None and index.newest and (folder / index.newest).is_file():
        return folder / index.newest
    files = _spec_files(folder)
    if files:
        return max(files, key=_version_key)
    subfolders = [p for p in folder.iterdir() if p.is_dir() and (p / INDEX_NAME).is_file()]
    if len(subfolders) == 1:
        return newest_snapshot(subfolders[0])
    raise InputError(
        "no-snapshot",
        "the folder holds no spec snapshot",
        Location(str(folder)),
        hint="run `pfgen fetch URL` to store one, or pass a spec file",
    )
