"""The data the ``render`` stage hands to ``format`` and ``write``.

Only the shared value type lives here; the render stage itself lives beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FileKind = Literal["python", "text", "binary"]


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One output file.

    ``path`` is POSIX-style and relative to the output root (``pkg/models/user.py``); ``write`` refuses anything
    absolute or containing ``..``. ``content`` is text (written as UTF-8, line endings exactly as given, so LF) or
    raw bytes. ``kind`` decides the treatment: ``python`` files go through black, ``text`` and ``binary`` files pass
    through untouched.
    """

    path: str
    content: bytes | str
    kind: FileKind

    def data(self) -> bytes:
        """The exact bytes to put on disk."""
        if isinstance(self.content, bytes):
            return self.content
        return self.content.encode("utf-8")

    def text(self) -> str:
        """The content as text (UTF-8 decoded when it was given as bytes)."""
        if isinstance(self.content, str):
            return self.content
        return self.content.decode("utf-8")
