"""Escaping of spec text for the place it lands in generated code.

Spec text (descriptions, titles, names, defaults, examples) is data. It reaches generated Python only through
these functions, so nothing in a spec can end a string, open a comment, or run when the package is imported.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u0085]")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)
    return text


def docstring_body(text: str) -> str:
    """Text safe to place between triple double quotes (no closing quotes, no stray escapes, no trailing quote).

    Backslashes are doubled so ``\\n`` in a description stays two characters; ``\"\"\"`` cannot appear.
    """
    text = _clean(text.strip()).replace("\\", "\\\\")
    text = text.replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in text.split("\n")]
    # Collapse runs of blank lines: black keeps docstrings as written, and runs of them read badly.
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    text = "\n".join(out).strip()
    if text.endswith('"'):
        text += " "
    return text


def comment(text: str) -> str:
    """One comment line's worth of text (newlines folded)."""
    return " ".join(_clean(text).split())


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (``repr`` of plain data; never evaluated from text)."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f"float({str(value)!r})"
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(str(value))
