"""Calling black in-process: the mode of record, one-file formatting, and the worker entry point.

This module imports only black (and the settings), so worker processes started with ``spawn`` pay for nothing
else. Results are plain tuples so they pickle cheaply across process boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

import black
from black.mode import Mode, TargetVersion

from generator.format.settings import LINE_LENGTH, TARGET_VERSIONS


@lru_cache(maxsize=1)
def black_mode() -> Mode:
    """The ``black.Mode`` every generated ``.py`` file is formatted with."""
    targets = {TargetVersion[name.upper()] for name in TARGET_VERSIONS}
    return Mode(target_versions=targets, line_length=LINE_LENGTH)


@lru_cache(maxsize=1)
def mode_fingerprint() -> str:
    """A deterministic description of black's version and mode, part of every cache key."""
    # ``get_cache_key`` sorts the target versions, so it does not depend on set order or PYTHONHASHSEED.
    return f"black={version('black')};mode={black_mode().get_cache_key()}"


@dataclass(frozen=True, slots=True)
class BlackFailure:
    """Why black rejected a file; ``line``/``col`` are 1-based when black said where."""

    reason: str
    line: int | None = None
    col: int | None = None


# black: "cannot parse for target version Python 3.10: 3:9\n<source line>\n<caret>\nTokenError: ..."
_POSITION = re.compile(r":\s*(\d+):(\d+)\s*$")


def describe_failure(exc: Exception) -> BlackFailure:
    """Pull black's line/column (black reports a 0-based column) and the parser's reason out of ``exc``."""
    text = str(exc)
    lines = text.splitlines() or [type(exc).__name__]
    line = col = None
    match = _POSITION.search(lines[0])
    if match:
        line, col = int(match.group(1)), int(match.group(2)) + 1
    reason = lines[-1].strip() if len(lines) > 1 else lines[0].strip()
    return BlackFailure(reason=reason or type(exc).__name__, line=line, col=col)


def format_source(text: str) -> str:
    """Format one module's source with the mode of record (raises black's exceptions)."""
    return black.format_str(text, mode=black_mode())


# (index, formatted text or None, failure or None)
ChunkResult = list[tuple[int, "str | None", "BlackFailure | None"]]


def format_chunk(items: list[tuple[int, str]]) -> ChunkResult:
    """Format a batch; never raises for a bad file so one template bug reports every broken file at once."""
    out: ChunkResult = []
    for index, text in items:
        try:
            out.append((index, format_source(text), None))
        # black raises InvalidInput for syntax errors, but also assorted internal errors on odd input.
        except Exception as exc:  # noqa: BLE001
            out.append((index, None, describe_failure(exc)))
    return out


def warm_up() -> None:
    """Process-pool initializer: import black and build the mode before the first chunk arrives."""
    black_mode()
