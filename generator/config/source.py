"""Reading a config file: TOML parsing (tomllib, or tomli on 3.10) and finding where a key is in the text.

TOML parsers do not report positions, so ``ConfigSource.locate`` searches the text for the keys along a JSON
pointer. That is approximate by design: it only places error messages.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config.model import ConfigError
from generator.errors import IOFailure, Location
from generator.pointer import split

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

PYPROJECT = "pyproject.toml"
STANDALONE = "pfgen.toml"

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_HEADER = re.compile(r"^\s*(\[\[?)([^\[\]#]+)\]\]?\s*(#.*)?$")


@dataclass(frozen=True, slots=True)
class ConfigSource:
    """One config file's text and data. ``table`` is the pfgen table; ``prefix`` its key path in the file."""

    path: Path
    text: str
    table: dict[str, Any]
    prefix: tuple[str, ...]  # ("tool", "pfgen") for pyproject.toml, () for pfgen.toml

    @property
    def base_pointer(self) -> str:
        return "".join(f"/{part}" for part in self.prefix)

    @property
    def section_name(self) -> str:
        return "[" + ".".join(self.prefix) + "]" if self.prefix else self.path.name

    def locate(self, pointer: str) -> Location:
        line, col = find_line(self.text, pointer, self.prefix)
        return Location(str(self.path), line, col, pointer)


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IOFailure(
            "config-unreadable",
            f"cannot read the config file: {exc.strerror or exc}",
            Location(str(path)),
            hint="check that the file exists and is readable",
        ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(
            "config-toml-syntax",
            "the config file is not valid UTF-8 text",
            Location(str(path), line),
            hint="TOML files must be UTF-8; re-save the file as UTF-8",
        ) from exc


def parse_toml(path: Path, text: str) -> dict[str, Any]:
    """Parse TOML, turning syntax errors into ``config-toml-syntax`` with the line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc.args[0]) if exc.args else str(exc)
        line: int | None = getattr(exc, "lineno", None)
        col: int | None = getattr(exc, "colno", None)
        found = _POSITION.search(message)
        if found:
            line, col = int(found.group(1)), int(found.group(2))
            message = message[: found.start()]
        message = message.rstrip(".") or "invalid TOML"
        raise ConfigError(
            "config-toml-syntax",
            f"the config file is not valid TOML: {message[0].lower()}{message[1:]}",
            Location(str(path), line, col),
            hint="fix the TOML syntax at that position (https://toml.io)",
        ) from None


def has_pfgen_table(data: dict[str, Any]) -> bool:
    tool = data.get("tool")
    return isinstance(tool, dict) and "pfgen" in tool


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return list(split("/" + pointer.lstrip("/")))


def _header_path(raw: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in raw.split("."))


def _headers(lines: list[str]) -> list[tuple[int, tuple[str, ...], bool]]:
    """(line index, table path, is array-of-tables) for every table header."""
    found = []
    for index, text in enumerate(lines):
        match = _HEADER.match(text)
        if match:
            found.append((index, _header_path(match.group(2)), match.group(1) == "[["))
    return found


def _key_pattern(key: str) -> re.Pattern[str]:
    escaped = re.escape(key)
    return re.compile(rf"(?:\"{escaped}\"|'{escaped}'|(?<![\w\-\"']){escaped}(?![\w\-\"']))\s*[=.]")


def _search(lines: list[str], key: str, start: int, col: int, end: int) -> tuple[int, int] | None:
    pattern = _key_pattern(key)
    for index in range(start, min(end, len(lines))):
        text = lines[index]
        offset = col if index == start else 0
        match = pattern.search(text, offset)
        if match and "#" not in text[: match.start()]:
            return index, match.start()
    return None


def find_line(text: str, pointer: str, prefix: tuple[str, ...]) -> tuple[int | None, int | None]:
    """Best-effort 1-based (line, column) of the key a JSON pointer names; (None, None) when not found."""
    lines = text.splitlines()
    headers = _headers(lines)
    parts = split_pointer(pointer)
    if tuple(parts[: len(prefix)]) == prefix:
        parts = parts[len(prefix) :]

    def next_header(after: int) -> int:
        return next((index for index, _, _ in headers if index > after), len(lines))

    table: tuple[str, ...] = prefix
    if prefix:
        own = [index for index, path, _ in headers if path == prefix]
        if not own:  # e.g. only [[tool.pfgen.targets]] headers, or dotted keys
            own = [index for index, path, _ in headers if path[: len(prefix)] == prefix]
        if not own:
            return None, None
        start = own[0]
    else:
        start = -1
    found: tuple[int | None, int | None] = ((start + 1) if start >= 0 else None, None)
    line, col, end = max(start, 0), 0, next_header(start)
    index = 0
    while index < len(parts):
        key = parts[index]
        if key.isdigit():  # an array element: stay on the array's line
            index += 1
            continue
        if index + 1 < len(parts) and parts[index + 1].isdigit():
            arrays = [at for at, path, is_array in headers if is_array and path == (*table, key)]
            position = int(parts[index + 1])
            if position < len(arrays):
                line, col = arrays[position], 0
                end = next_header(line)
                table = (*table, key)
                found = (line + 1, None)
                index += 2
                continue
        tables = [at for at, path, _ in headers if path == (*table, key) and at >= line]
        hit = _search(lines, key, line, col, end)
        if hit is None and tables:  # [a.key] or [[a.key]] further down
            hit = (tables[0], 0)
            end = next_header(tables[0])
            table = (*table, key)
        if hit is None:
            hit = _search(lines, key, line, col, len(lines))
        if hit is None:
            break
        line, col = hit
        found = (line + 1, col + 1)
        col += len(key)
        index += 1
    return found
