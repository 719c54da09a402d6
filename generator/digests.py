"""The SHA-256 of bytes, as hex: one function for every digest pfgen writes or compares (manifests, stamps,
the source document's ``sha256``), and the digest of a file on disk (``file_sha256``).

One run hashes the same large object several times: the source document's bytes are the parsed document's
``sha256``, the stored copy in the output, the manifest entry and the stamp's key. The last few large ``bytes``
objects hashed are remembered by identity (``bytes`` cannot change, and each is kept alive while remembered,
so its ``id`` cannot be reused), and hashing the same object again costs nothing.

A resident ``pfgen watch`` looks at thousands of files per save (its output, the template set) of which a few
changed. In its ``reuse`` session a file whose status (inode, size, mtime, ctime) is the one seen last time is
not read again, under git's "racy clean" rule: only when that ctime was older than a timestamp the same file
system gave earlier (``note_written``: the manifest written by the last generation). Any later change to the
file, by any means, gives it a ctime at least that new, so a trusted status cannot hide a change, whatever the
file system's timestamp granularity. A file changed in the same clock tick as the last write is read every time.
One-shot commands that write or check an output keep the same memo across runs (``kept_across_runs``: one
marshal file in pfgen's cache, stored after each write), so a regeneration reads only the files whose status
changed since the last one wrote. A write also remembers the files it wrote (``note_written``), under the same
rule, when each still has the inode, size and modification time it was written with: the first regeneration
after a generation into a new folder does not read back every file that generation wrote.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator import reuse
from generator.cachedir import cache_folder, caching_off, read_marshal, write_marshal

_LARGE = 1 << 16   # smaller inputs hash faster than a lookup is worth remembering
_KEEP = 4
_RECENT: dict[int, tuple[bytes, str]] = {}
_FILES = "digests.files"
_ACROSS_RUNS: dict[str, Any] | None = None   # outside a session: the memo kept across runs (``kept_across_runs``)
_LIMIT = 100_000  # files remembered across runs; beyond it, a save keeps those this run looked at


_TEXTS: dict[int, tuple[str, bytes, str]] = {}
_TEXTS_KEPT = 8192  # a run's generated files, and then some (the oldest go first)


def text_sha256(text: str) -> tuple[bytes, str]:
    """``text`` in UTF-8 and the hex SHA-256 of that: the format stage and the write both need them for every
    generated file (~3 ms a regeneration of adyen-management), so the last few thousand texts asked about are
    remembered by identity (each kept alive while remembered, so its ``id`` cannot be reused). Raises
    ``UnicodeEncodeError`` for text UTF-8 cannot hold (lone surrogates)."""
    hit = _TEXTS.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1], hit[2]
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    if len(_TEXTS) >= _TEXTS_KEPT:
        del _TEXTS[next(iter(_TEXTS))]
    _TEXTS[id(text)] = (text, data, digest)
    return data, digest


def sha256_hex(data: bytes) -> str:
    if type(data) is not bytes or len(data) < _LARGE:
        return hashlib.sha256(data).hexdigest()
    hit = _RECENT.get(id(data))
    if hit is not None and hit[0] is data:
        return hit[1]
    digest = hashlib.sha256(data).hexdigest()
    if len(_RECENT) >= _KEEP:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[id(data)] = (data, digest)
    return digest


def file_sha256(path: str, status: os.stat_result, expected: tuple[bytes, str] | None = None) -> str:
    """The hex SHA-256 of the file at ``path``, whose status is ``status``; ``expected``: bytes the caller is
    about to compare with and their digest (given back without hashing when the file holds them). Raises
    ``OSError`` when the file cannot be read."""
    store = _store()
    if store is None:
        return _digest(_read(path), expected)
    key = (status.st_ino, status.st_dev, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    files: dict[str, tuple[tuple[int, ...], str]] = store.setdefault("files", {})
    store.setdefault("used", set()).add(path)  # (what a save past the size limit keeps)
    hit = files.get(path)
    if hit is not None and hit[0] == key:
        return hit[1]
    digest = _digest(_read(path), expected)
    marker = store.setdefault("markers", {}).get(status.st_dev)
    if marker is not None and status.st_ctime_ns < marker:
        files[path] = (key, digest)
    else:
        files.pop(path, None)
    return digest


def note_written(marker_file: Path, written: Iterable[tuple[str, tuple[int, int, int], str]] = ()) -> None:
    """After a write: the status time of ``marker_file``, just written, becomes the time before which a file's
    status is trusted (see the module docstring); a memo kept across runs is stored. ``written``: (path, its
    inode, size and modification time when this run wrote it, the digest of what it wrote) for each file of the
    write; one still holding that inode, size and modification time, with a status time before the marker's, is
    remembered under its status now, so the next run does not read back what this one wrote."""
    store = _store()
    if store is None:
        return
    st = os.stat(marker_file)
    marker = st.st_ctime_ns
    store.setdefault("markers", {})[st.st_dev] = marker  # (per file system: each has its clock)
    files: dict[str, tuple[tuple[int, ...], str]] = store.setdefault("files", {})
    used: set[str] = store.setdefault("used", set())
    for path, (ino, size, mtime), digest in written:
        try:
            now = os.stat(path)
        except OSError:
            continue
        if (now.st_ino, now.st_size, now.st_mtime_ns) == (ino, size, mtime) and now.st_dev == st.st_dev \
                and now.st_ctime_ns < marker:
            files[path] = ((now.st_ino, now.st_dev, now.st_size, now.st_mtime_ns, now.st_ctime_ns), digest)
            used.add(path)
    if store is _ACROSS_RUNS:
        _save_across_runs(store)


def _store() -> dict[str, Any] | None:
    session = reuse.slot(_FILES)
    return session if session is not None else _ACROSS_RUNS


def _across_runs_file() -> Path:
    return cache_folder() / "digests" / f"files-{importlib.util.MAGIC_NUMBER.hex()}.marshal"


@contextmanager
def kept_across_runs() -> Iterator[None]:
    """Inside this block, in this process and outside a ``reuse`` session, ``file_sha256`` also uses (and
    ``note_written`` stores) the memo earlier runs kept in pfgen's cache. For the ``pfgen`` commands that write
    or check an output; nothing when caching is off."""
    global _ACROSS_RUNS
    if _ACROSS_RUNS is not None or caching_off():
        yield
        return
    raw = read_marshal(_across_runs_file())
    files: dict[str, tuple[tuple[int, ...], str]] = {}
    markers: dict[int, int] = {}
    if isinstance(raw, dict) and isinstance(raw.get("files"), dict) and isinstance(raw.get("markers"), dict):
        markers = {k: v for k, v in raw["markers"].items() if type(k) is int and type(v) is int}
        for path, entry in raw["files"].items():
            if isinstance(path, str) and isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], str) \
                    and isinstance(entry[0], tuple) and all(type(n) is int for n in entry[0]):
                files[path] = entry
    _ACROSS_RUNS = {"files": files, "markers": markers, "used": set()}
    try:
        yield
    finally:
        _ACROSS_RUNS = None


def _save_across_runs(store: dict[str, Any]) -> None:
    files: dict[str, tuple[tuple[int, ...], str]] = store["files"]
    if len(files) > _LIMIT:
        used = store.get("used", set())
        files = {p: e for p, e in files.items() if p in used}
    write_marshal(_across_runs_file(), {"files": files, "markers": store["markers"]})


def _digest(current: bytes, expected: tuple[bytes, str] | None) -> str:
    if expected is not None and current == expected[0]:
        return expected[1]
    return sha256_hex(current)


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()
