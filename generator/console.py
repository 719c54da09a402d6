"""Terminal output for the CLI: verbosity, colour only on a terminal, simple progress.

Only ``cli.py`` uses this module; the library itself never prints.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

import click


@dataclass
class Console:
    """The CLI's terminal output: messages by verbosity, colour on a terminal, progress and status lines."""

    verbosity: int = 0        # -1 quiet, 0 normal, 1+ verbose
    debug: bool = False
    _status: bool = False     # a stage status line is on screen and must be cleared before other output

    def _clear_status(self) -> None:
        if self._status:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()
            self._status = False

    def _colour(self, stream: TextIO) -> bool:
        if os.environ.get("NO_COLOR"):
            return False
        return stream.isatty()

    def out(self, text: str = "", *, fg: str | None = None, bold: bool = False) -> None:
        """Results: always printed (even with -q), since they are what the user asked for."""
        self._clear_status()
        stream = sys.stdout
        if fg or bold:
            text = click.style(text, fg=fg, bold=bold) if self._colour(stream) else text
        click.echo(_printable(text), file=stream)

    def info(self, text: str) -> None:
        self._clear_status()
        if self.verbosity >= 0:
            click.echo(_printable(text), file=sys.stderr)

    def detail(self, text: str) -> None:
        self._clear_status()
        if self.verbosity >= 1:
            click.echo(_printable(text), file=sys.stderr)

    def warn(self, text: str) -> None:
        self._clear_status()
        if self.verbosity >= 0:
            prefix = click.style("warning:", fg="yellow") if self._colour(sys.stderr) else "warning:"
            click.echo(f"{prefix} {_printable(text)}", file=sys.stderr)

    def error(self, text: str) -> None:
        self._clear_status()
        if self._colour(sys.stderr) and text.startswith("error"):
            head, _, rest = text.partition(":")
            text = click.style(head + ":", fg="red", bold=True) + rest
        click.echo(_printable(text), file=sys.stderr)

    def progress_enabled(self) -> bool:
        return self.verbosity >= 0 and sys.stderr.isatty()

    def progress(self, done: int, total: int, label: str) -> None:
        """A single self-overwriting line on a terminal; nothing when output is piped."""
        if not self.progress_enabled() or total <= 0:
            return
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label} {done}/{total}{end}")
        sys.stderr.flush()

    def stage_reporter(self) -> Callable[[str], None] | None:
        """On a terminal, one self-overwriting status line naming the stage at work (cleared by ``done``)."""
        if not self.progress_enabled():
            return None

        def report(stage: str) -> None:
            sys.stderr.write(f"\r\x1b[2K{stage}...")
            sys.stderr.flush()
            self._status = True

        return report

    def done(self) -> None:
        self._clear_status()


def counted(n: int, noun: str) -> str:
    """``1 file``, ``2 files``: the one place that counts things in messages."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _printable(text: str) -> str:
    """``text`` with what no encoding can write (lone surrogates a document may contain) shown escaped."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text
