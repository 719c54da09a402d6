"""The loaded form of one source file: what ``load`` hands to every later stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.errors import Diagnostic

MediaKind = Literal["json", "yaml"]


@dataclass(frozen=True, slots=True, eq=False)
class SourceDocument:
    """One parsed document.

    ``uri`` is what messages name (a path as the user gave it, or a URL); ``text`` is the decoded source, kept so
    positions (line/column of a JSON pointer) can be computed lazily when a message needs them; ``data`` is the
    parsed value (plain dicts/lists/scalars only; mapping keys are strings); ``sha256`` is over the raw bytes.
    """

    uri: str
    media_type: MediaKind
    text: str
    data: Any
    sha256: str
    diagnostics: tuple[Diagnostic, ...] = ()   # e.g. integer response-code keys turned into strings
