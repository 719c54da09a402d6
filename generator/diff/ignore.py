"""``--ignore FILE``: accepted findings that should not be reported again.

One entry per line: ``<rule-id> [<METHOD /path>]``; ``#`` starts a comment. The rule id is a pfgen rule id or an
oasdiff rule id (so ignore lists written for oasdiff keep working), and may be a glob (``docs-*``); the operation is matched case-insensitively on the method and ignoring path-parameter names, so an
entry keeps working after ``/orders/{id}`` becomes ``/orders/{orderId}``. An entry without an operation matches
the rule everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from generator.diff.model import Change, SpecDiff
from generator.diff.oasdiff_catalogue import OASDIFF_RULES
from generator.diff.rules import RULES
from generator.errors import IOFailure, Location, UsageError

_TEMPLATE = re.compile(r"\{[^{}/]*\}")


@dataclass(frozen=True, slots=True)
class IgnoreEntry:
    """One line of an ``--ignore`` file: findings of a rule (on one operation, or everywhere) not to report."""

    rule: str
    operation: str      # normalised "GET /orders/{}" or "" for everywhere
    line: int


def _norm_operation(text: str) -> str:
    method, _, path = text.strip().partition(" ")
    return f"{method.upper()} {_TEMPLATE.sub('{}', path.strip())}".strip()


def parse_ignore(text: str, uri: str = "") -> tuple[IgnoreEntry, ...]:
    entries: list[IgnoreEntry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        rule, _, rest = line.partition(" ")
        if not any(fnmatchcase(known, rule) for known in (*RULES, *OASDIFF_RULES)):
            raise UsageError("ignore-unknown-rule", f"`{rule}` is neither a pfgen nor an oasdiff rule id",
                             Location(uri, number, 1), hint="run `pfgen diff --rules` for the list of rule ids")
        operation = rest.strip()
        if operation and (" " not in operation or not operation.split(" ", 1)[1].startswith("/")):
            raise UsageError("ignore-bad-operation", f"`{operation}` is not an operation like `GET /orders/{{id}}`",
                             Location(uri, number, len(rule) + 2), hint="write the method, a space, then the path")
        entries.append(IgnoreEntry(rule, _norm_operation(operation) if operation else "", number))
    return tuple(entries)


def read_ignore(path: str | Path) -> tuple[IgnoreEntry, ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise IOFailure("ignore-unreadable", f"cannot read the ignore file {path}: {exc.strerror or exc}",
                        Location(str(path)), hint="check the --ignore path") from None
    except UnicodeDecodeError:
        raise UsageError("ignore-unreadable", f"the ignore file {path} is not UTF-8 text", Location(str(path)),
                         hint="save it as UTF-8") from None
    return parse_ignore(text, str(path))


def _matches(entry: IgnoreEntry, change: Change) -> bool:
    if not fnmatchcase(change.id, entry.rule) and not (change.oasdiff_id and fnmatchcase(change.oasdiff_id, entry.rule)):
        return False
    return not entry.operation or _norm_operation(change.operation) == entry.operation


def apply_ignore(diff: SpecDiff, entries: tuple[IgnoreEntry, ...]) -> SpecDiff:
    if not entries:
        return diff
    kept = [c for c in diff.changes if not any(_matches(e, c) for e in entries)]
    return diff.with_changes(kept)
