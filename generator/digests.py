"""The SHA-256 of bytes, as hex: one function for every digest pfgen writes or compares (manifests, stamps,
the source document's ``sha256``), and the digest of a file on disk (``file_sha256``).

One run hashes the same large object several times: the source document's bytes are the parsed document's
``sha256``, the stored copy in the output, the manifest entry and the stamp's key. The last few large ``bytes``
objects hashed are remembered by identity (``bytes`` cannot change, and each is kept alive while remembered,
so its ``id`` cannot be reused), and hashing the same object again costs nothing.

A resident ``pfgen watch`` looks at thousands of files per save (its output, the template set) of which a few
changed. In its ``reuse`` session a file whose status (inode, size, mtime, ctime) is the one seen last time is
not read again, under git's "racy clean" rule: only when that ctime was older than a timestamp the file system
gave earlier (``note_written``: the manifest written by the last generation). Any later change to the file, by
any means, gives it a ctime at least that new, so a trusted status cannot hide a change, whatever the file
system's timestamp granularity. A file changed in the same clock tick as the last write is read every time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from generator import reuse

_LARGE = 1 << 16   # smaller inputs hash faster than a lookup is worth remembering
_KEEP = 4
_RECENT: dict[int, tuple[bytes, str]] = {}
_FILES = "digests.files"


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
    store = reuse.slot(_FILES)
    if store is None:
        return _digest(_read(path), expected)
    key = (status.st_ino, status.st_dev, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    files: dict[str, tuple[tuple[int, ...], str]] = store.setdefault("files", {})
    hit = files.get(path)
    if hit is not None and hit[0] == key:
        return hit[1]
    digest = _digest(_read(path), expected)
    marker = store.get("marker")
    if marker is not None and status.st_ctime_ns < marker:
        files[path] = (key, digest)
    else:
        files.pop(path, None)
    return digest


def note_written(marker_file: Path) -> None:
    """After a write: the status time of ``marker_file``, just written, becomes the time before which a file's
    status is trusted (see the module docstring)."""
    store = reuse.slot(_FILES)
    if store is not None:
        store["marker"] = os.stat(marker_file).st_ctime_ns


def _digest(current: bytes, expected: tuple[bytes, str] | None) -> str:
    if expected is not None and current == expected[0]:
        return expected[1]
    return sha256_hex(current)


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()
