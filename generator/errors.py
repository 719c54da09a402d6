"""One error tree for the whole generator.

Every failure the user can cause is a ``GeneratorError`` carrying a stable kebab-case ``code``, a one-sentence
``message``, the ``Location`` it concerns and a ``hint`` saying how to fix it. The library never prints; ``cli.py``
turns these into one line on stderr and an exit code (1 for invalid input, 2 for usage or I/O problems).
Recoverable problems are ``Diagnostic`` values returned beside a result instead of being raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]

EXIT_INVALID = 1
EXIT_USAGE = 2


@dataclass(frozen=True, slots=True)
class Location:
    """Where something is: a file (or URL), an optional 1-based line/column, and a JSON pointer."""

    file: str = ""
    line: int | None = None
    col: int | None = None
    pointer: str = ""

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            head = self.file
            if self.line is not None:
                head += f":{self.line}"
                if self.col is not None:
                    head += f":{self.col}"
            parts.append(head)
        if self.pointer:
            parts.append(self.pointer)
        return ": ".join(parts)

    def with_pointer(self, pointer: str) -> Location:
        return Location(self.file, None, None, pointer)


_CONTROL = {i: f"\\x{i:02x}" for i in [*range(0x20), 0x7F]} | {0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}


def one_line(text: str) -> str:
    """``text`` with control characters escaped (``\\n``, ``\\x07``), so a message is one line."""
    return text.translate(_CONTROL) if any(ch < " " or ch == "\x7f" for ch in text) else text


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in an input that does not (by itself) stop the run."""

    severity: Severity
    code: str
    message: str
    location: Location = Location()
    hint: str = ""

    def __post_init__(self) -> None:
        # One line each, whatever a document's names contain (a key may hold a newline).
        object.__setattr__(self, "message", one_line(self.message))
        object.__setattr__(self, "hint", one_line(self.hint))

    def format(self) -> str:
        where = str(self.location)
        text = f"{where}: {self.message}" if where else self.message
        if self.severity != "error":
            text = f"{text} [{self.severity}: {self.code}]"
        else:
            text = f"{text} [{self.code}]"
        return text


class GeneratorError(Exception):
    """Base of every error pfgen raises on purpose."""

    exit_code: int = EXIT_INVALID

    def __init__(
        self,
        code: str,
        message: str,
        location: Location | None = None,
        hint: str = "",
        diagnostics: tuple[Diagnostic, ...] = (),
    ) -> None:
        message, hint = one_line(message), one_line(hint)
        super().__init__(message)
        self.code = code
        self.message = message
        self.location = location or Location()
        self.hint = hint
        self.diagnostics = diagnostics

    def one_line(self) -> str:
        where = str(self.location)
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return f"error[{self.code}]: {text}"


class InputError(GeneratorError):
    """The input (spec, config, template) is invalid: exit code 1."""

    exit_code = EXIT_INVALID


class SpecInvalidError(InputError):
    """Validation found errors; ``diagnostics`` lists them all."""


class UsageError(GeneratorError):
    """The command was called wrongly: exit code 2."""

    exit_code = EXIT_USAGE


class IOFailure(GeneratorError):
    """A file or network operation failed: exit code 2."""

    exit_code = EXIT_USAGE


class Terminated(BaseException):
    """SIGTERM (a CI timeout, ``kill``) turned into an exception, so the writer rolls back as on Ctrl-C; the
    command line ends the run with one line and status 143."""


def raise_terminated(signum: int, frame: object) -> None:
    """The SIGTERM handler the entry points install."""
    raise Terminated
