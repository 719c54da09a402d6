"""What ``resolve`` produces: one self-contained document whose ``$ref``s are all local."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.errors import Diagnostic
from generator.load.document import SourceDocument

SpecFamily = Literal["2.0", "3.0", "3.1"]


@dataclass(frozen=True, slots=True, eq=False)
class ResolvedSpec:
    """A bundled, normalised OpenAPI document.

    ``bundled`` is the input document made self-contained (external refs hoisted in, all ``$ref``s local) but
    otherwise as written, in its own version: it is what ``validate`` checks. ``data`` is shaped like OpenAPI 3.x whatever the input was (Swagger 2.0 is converted by ``normalize``), every
    ``$ref`` in it is local (``#/...``) and points at something that exists (``$ref``s inside ``x-`` extensions
    are the extensions' data, passed through untouched), and mapping keys are strings.
    ``family`` and ``spec_version`` describe the *input* document. ``origins`` maps pointers of hoisted external
    pieces in ``data`` to ``(uri, pointer)`` in the file they came from, so messages can name the real place.
    """

    root: SourceDocument
    bundled: dict[str, Any]
    data: dict[str, Any]
    family: SpecFamily
    spec_version: str
    documents: tuple[SourceDocument, ...] = ()
    origins: tuple[tuple[str, str, str], ...] = ()   # (pointer in data, source uri, pointer in source)
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def sha256(self) -> str:
        return self.root.sha256
