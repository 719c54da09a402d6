"""``.pfgenignore``: generated paths the user has taken over (gitignore syntax, matched with ``pathspec``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.errors import InputError, IOFailure, Location

IGNORE_FILE = ".pfgenignore"


def load_ignore(output: Path, ignore_file: str = IGNORE_FILE) -> Callable[[str], bool]:
    """A predicate telling whether a generated path is listed in the ignore file (no file: nothing ignored)."""
    path = output / ignore_file
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return _nothing
    except UnicodeDecodeError as exc:
        raise InputError(
            "ignore-file-invalid",
            f"{ignore_file} is not valid UTF-8",
            Location(str(path)),
            "save the file as UTF-8",
        ) from exc
    except OSError as exc:
        raise IOFailure(
            "ignore-file-unreadable",
            f"cannot read {ignore_file}: {exc.strerror or exc}",
            Location(str(path)),
            "check its permissions",
        ) from exc
    import pathspec  # only when there is an ignore file: most outputs have none

    try:
        spec = pathspec.GitIgnoreSpec.from_lines(text.splitlines())
    # pathspec raises assorted errors (GitWildMatchPatternError, ValueError, ...)
    except Exception as exc:
        raise InputError(
            "ignore-file-invalid",
            f"{ignore_file} contains a pattern that is not valid gitignore syntax: {exc}",
            Location(str(path)),
            "fix or remove the pattern (see `git help gitignore` for the syntax)",
        ) from exc
    return spec.match_file


def _nothing(path: str) -> bool:
    return False
