"""The loaded form of an OpenAPI Overlay 1.0 document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.errors import Diagnostic
from generator.overlay.jsonpath import JSONPath


@dataclass(frozen=True, slots=True)
class OverlayAction:
    """One entry of ``actions``.

    ``index`` is its position in the list (messages name it as ``/actions/<index>``). ``update`` is only meaningful
    when ``has_update`` is true: ``update: null`` is a real (if odd) value, distinct from no ``update`` at all.
    """

    index: int
    target: str
    path: JSONPath
    description: str = ""
    update: Any = None
    has_update: bool = False
    remove: bool = False

    @property
    def pointer(self) -> str:
        return f"/actions/{self.index}"


@dataclass(frozen=True, slots=True)
class Overlay:
    """An overlay document: ``uri`` names it in messages; ``actions`` apply in order."""

    uri: str
    version: str
    title: str
    info_version: str
    actions: tuple[OverlayAction, ...]
    extends: str = ""
    text: str = ""            # the source, so messages about it can be located lazily
    media_type: str = "yaml"
    sha256: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()
