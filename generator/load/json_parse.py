"""JSON text to Python data with stdlib ``json`` (its C scanner is the fastest reader available)."""

from __future__ import annotations

import json
from typing import Any

from generator.errors import InputError, Location
from generator.load.limits import too_deep


def parse_json(text: str, uri: str) -> Any:
    """Parse ``text``; syntax errors become ``json-syntax`` with the line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            "json-syntax",
            f"invalid JSON: {exc.msg}",
            Location(uri, exc.lineno, exc.colno),
            hint=_hint_for(exc),
        ) from None
    except RecursionError:
        # The C scanner recurses per nesting level; a document this deep is hostile or broken.
        raise too_deep(uri, parser=True) from None
    except ValueError as exc:   # not a JSONDecodeError: an integer beyond Python's 4,300-digit limit
        raise InputError(
            "json-syntax",
            f"invalid JSON: {exc}",
            Location(uri),
            hint="write such a number as a string, or shorten it",
        ) from None


def _hint_for(exc: json.JSONDecodeError) -> str:
    msg = exc.msg
    if msg.startswith("Expecting property name enclosed in double quotes"):
        return "JSON needs double-quoted keys and allows no trailing comma before '}'"
    if msg.startswith("Expecting value"):
        if exc.pos == 0 or not exc.doc[: exc.pos].strip():
            return "the file does not start like JSON; if it is YAML, name it .yaml"
        return "a value is missing here (a trailing comma before ']' is not allowed in JSON)"
    if msg.startswith("Extra data"):
        return "there is text after the end of the JSON document; a file holds one document"
    if msg.startswith("Invalid control character"):
        return "escape control characters inside strings (for example a tab as \\t)"
    if msg.startswith("Unterminated string"):
        return "a string is missing its closing double quote"
    return "fix the JSON syntax at this position"
