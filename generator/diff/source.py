"""Reading a spec from git history: ``git:REV:PATH`` (for example ``git:origin/main:openapi.yaml``).

The blob is read with ``git show REV:PATH`` in the repository containing the working directory (argv list, no
shell); ``PATH`` is relative to the repository root, or to the working directory when it starts with ``./``.
Relative ``$ref``s to other files are not followed from a git blob (there is no folder to follow them in).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.errors import IOFailure, Location, UsageError
from generator.load.document import SourceDocument

PREFIX = "git:"
_TIMEOUT = 60


def is_git_source(source: str) -> bool:
    return source.startswith(PREFIX)


def split_git_source(source: str) -> tuple[str, str]:
    rev, sep, path = source[len(PREFIX):].partition(":")
    if not sep or not rev or not path:
        raise UsageError("git-source-invalid", f"`{source}` is not of the form git:REV:PATH",
                         hint="for example git:main:openapi.yaml or git:HEAD~1:specs/api.json")
    if rev.startswith("-"):
        raise UsageError("git-source-invalid", f"`{rev}` is not a git revision", Location(source),
                         hint="name a branch, tag or commit (it cannot start with '-')")
    return rev, path


def read_git_source(source: str) -> SourceDocument:
    from generator.load import parse_bytes

    rev, path = split_git_source(source)
    try:
        proc = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True, timeout=_TIMEOUT,
                              check=False)
    except FileNotFoundError:
        raise IOFailure("git-unavailable", f"cannot read {path} at {rev}: git is not installed", Location(source),
                        hint="install git, or pass the old spec as a file") from None
    except subprocess.TimeoutExpired:
        raise IOFailure("git-failed", f"cannot read {path} at {rev}: git did not answer in {_TIMEOUT} s",
                        Location(source), hint="check the repository") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[0].removeprefix("fatal: ") if reason else f"git exited with {proc.returncode}"
        raise IOFailure("git-failed", f"cannot read {path} at {rev}: {detail}", Location(source),
                        hint="check the revision and the path (relative to the repository root, or ./path)")
    return parse_bytes(proc.stdout, source)


def annotation_file(source: str) -> str | None:
    """Where a GitHub annotation about ``source`` points: its path relative to the root of the git repository it
    is in (the working folder when it is in none), or None for URLs. ``git:REV:PATH`` names ``PATH`` itself."""
    from generator.fetch.urls import is_url

    if is_git_source(source):
        _, path = split_git_source(source)
        return path if not path.startswith("./") else _relative(Path.cwd() / path)
    if is_url(source) or not Path(source).is_file():
        return None
    return _relative(Path(source).resolve())


def _relative(path: Path) -> str:
    try:
        proc = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path.parent, capture_output=True,
                              text=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        proc = None
    root = Path(proc.stdout.strip()) if proc is not None and proc.returncode == 0 and proc.stdout.strip() \
        else Path.cwd()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
