"""State shared by the Swagger 2.0 conversion passes: the input, collected warnings, and global defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import Diagnostic, Location

JSON_MEDIA_TYPE = "application/json"


def media_types(value: Any) -> tuple[str, ...]:
    """A ``consumes``/``produces`` list as a de-duplicated tuple of strings (order kept)."""
    if not isinstance(value, list):
        return ()
    seen: dict[str, None] = {}
    for item in value:
        if isinstance(item, str) and item:
            seen.setdefault(item, None)
    return tuple(seen)


@dataclass
class Context:
    """Mutable only while one conversion runs; nothing outside this package ever sees it."""

    document: dict[str, Any]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    consumes: tuple[str, ...] = (JSON_MEDIA_TYPE,)  # effective global consumes
    produces: tuple[str, ...] = (JSON_MEDIA_TYPE,)  # effective global produces
    # Schemas reached through a ``$ref`` that does not point into ``definitions`` are hoisted into
    # ``components/schemas`` so that the reference keeps working after the document changes shape.
    hoisted_names: dict[str, str] = field(default_factory=dict)  # input pointer -> component name
    hoisted_schemas: dict[str, Any] = field(
        default_factory=dict
    )  # component name -> converted schema
    taken_names: set[str] = field(default_factory=set)

    def warn(self, code: str, message: str, pointer: str, hint: str = "") -> None:
        self.diagnostics.append(
            Diagnostic("warning", code, message, Location(pointer=pointer), hint)
        )

    def effective_consumes(self, operation: dict[str, Any]) -> tuple[str, ...]:
        return media_types(operation.get("consumes")) or self.consumes

    def effective_produces(self, operation: dict[str, Any]) -> tuple[str, ...]:
        return media_types(operation.get("produces")) or self.produces
