"""The ``normalize`` stage: any supported input becomes one OpenAPI-3-shaped document."""

from __future__ import annotations

from typing import Any, Literal

from generator.errors import Diagnostic
from generator.normalize.openapi3 import normalize_openapi3

Family = Literal["2.0", "3.0", "3.1"]


def normalize(
    data: dict[str, Any], family: Family
) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    """Return ``data`` shaped as OpenAPI 3 plus warnings for whatever had to be guessed or dropped.

    ``data`` is a self-contained document (local ``$ref``s, string keys) and is never modified. Swagger 2.0
    becomes a new ``openapi: 3.0.3`` document marked ``x-pfgen-source-version: "2.0"``; OpenAPI 3.x comes back
    as the same object when nothing needed repair, otherwise as a copy sharing every untouched part.
    Diagnostic pointers name places in the *input* document.
    """
    if family == "2.0":
        # Imported here: only a Swagger 2.0 input needs it.
        from generator.normalize.swagger2_document import convert_swagger2

        return convert_swagger2(data)
    return normalize_openapi3(data)
