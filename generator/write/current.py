"""What is on disk where a generated file goes: nothing, a folder, the very bytes about to be written, or other
bytes (their SHA-256, which is all ``classify`` needs to tell ours from hand edits); and the bytes and digest of
each file about to be written (``encoded``).

A resident ``pfgen watch`` rewrites a few files per save among thousands. In its ``reuse`` session a file whose
status (inode, size, mtime, ctime) is the one seen last time is not read again, under git's "racy clean" rule:
only when that ctime was older than a timestamp the file system gave earlier (``note_written``: the manifest
written by the last generation). Any later change to the file, by any means, gives it a ctime at least that new,
so a trusted status cannot hide a change, whatever the file system's timestamp granularity. A file changed in
the same clock tick as the last write is read every time.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from generator import reuse
from generator.digests import sha256_hex
from generator.render.model import RenderedFile

DIR = object()    # a folder is where the file would go
SAME = object()   # the bytes on disk are the ones about to be written


def current_state(path: str, data: bytes | None, data_sha: str | None, status: os.stat_result | None = None) -> object:
    """``None`` (nothing there), ``DIR``, ``SAME`` (the bytes are ``data``, whose digest is ``data_sha``), or the
    hex SHA-256 of what is there; ``status``: the file's status, when the caller has it already. Raises
    ``OSError`` when the file cannot be read."""
    try:
        st = status if status is not None else os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if stat.S_ISDIR(st.st_mode):
        return DIR
    store = reuse.slot("write.current")
    if store is None:
        current = _read(path)
        return SAME if current == data else sha256_hex(current)
    key = (st.st_ino, st.st_dev, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    files: dict[str, tuple[tuple[int, ...], str]] = store.setdefault("files", {})
    hit = files.get(path)
    if hit is not None and hit[0] == key:
        digest = hit[1]
    else:
        current = _read(path)
        digest = data_sha if current == data and data_sha is not None else sha256_hex(current)
        marker = store.get("marker")
        if marker is not None and st.st_ctime_ns < marker:
            files[path] = (key, digest)
        else:
            files.pop(path, None)
    return SAME if digest == data_sha else digest


def note_written(marker_file: Path) -> None:
    """After a write: the status time of ``marker_file``, just written, becomes the time before which a file's
    status is trusted (see the module docstring)."""
    store = reuse.slot("write.current")
    if store is not None:
        store["marker"] = os.stat(marker_file).st_ctime_ns


def encoded(files: Sequence[RenderedFile]) -> list[tuple[bytes, str]]:
    """Each file's bytes and their SHA-256. A watch keeps them for a file whose content is the very object of
    last time (the format stage keeps the text of what did not change)."""
    return reuse.map_kept("write.encoded", [f.content for f in files], _encode)


def _encode(content: bytes | str) -> tuple[bytes, str]:
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    return data, sha256_hex(data)


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()
