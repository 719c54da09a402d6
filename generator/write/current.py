"""What is on disk where a generated file goes: nothing, a folder, the very bytes about to be written, or other
bytes (their SHA-256, which is all ``classify`` needs to tell ours from hand edits); and the bytes and digest of
each file about to be written (``encoded``).

A resident ``pfgen watch`` rewrites a few files per save among thousands: ``digests.file_sha256`` reads only
those whose status changed since the last generation (git's "racy clean" rule, see ``digests``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence

from generator import reuse
from generator.digests import file_sha256, note_written, sha256_hex, text_sha256
from generator.render.model import RenderedFile

__all__ = ["DIR", "SAME", "current_state", "encoded", "note_written"]

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
    expected = (data, data_sha) if data is not None and data_sha is not None else None
    digest = file_sha256(path, st, expected)
    return SAME if digest == data_sha else digest


def encoded(files: Sequence[RenderedFile]) -> list[tuple[bytes, str]]:
    """Each file's bytes and their SHA-256. A watch keeps them for a file whose content is the very object of
    last time (the format stage keeps the text of what did not change)."""
    return reuse.map_kept("write.encoded", [f.content for f in files], _encode)


def _encode(content: bytes | str) -> tuple[bytes, str]:
    if isinstance(content, bytes):
        return content, sha256_hex(content)
    return text_sha256(content)  # (the format stage asked the same of most texts)
