"""Turning a ``SpecDiff`` into text, Markdown (a changelog section), HTML, JSON or GitHub annotations.

Every renderer is a pure function returning a string (the CLI prints it); output is deterministic. Spec text
(messages quote property names, enum values, descriptions) is escaped for each target: ``html.escape`` for HTML,
workflow-command escaping for GitHub annotations; Markdown keeps the messages' own backticks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.diff.model import LEVEL_RANK, Change, Level, SpecDiff
from generator.diff.rules import RULES

_DEPRECATION_RULES = frozenset({"operation-deprecated", "request-parameter-deprecated", "property-deprecated"})
_LEVEL_LABEL = {"breaking": "breaking", "warning": "warning", "info": "info"}


def render_json(diff: SpecDiff) -> str:
    payload = {
        "breaking": diff.breaking,
        "sdk_breaking": diff.sdk_breaking,
        "bump": diff.bump,
        "changes": [c.as_dict() for c in diff.changes],
    }
    return json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False)


def groups(diff: SpecDiff) -> list[tuple[str, list[Change]]]:
    """Changes grouped by operation; groups with the worst changes first, then by operation; inside a group, by
    level then location. Document-level changes (operation ``""``) form the group ``""``."""
    by_op: dict[str, list[Change]] = {}
    for c in diff.changes:
        by_op.setdefault(c.operation, []).append(c)
    out = []
    for op, changes in by_op.items():
        changes.sort(key=lambda c: (LEVEL_RANK[c.level], c.scope, c.location, c.id, c.message))
        out.append((op, changes))
    out.sort(key=lambda g: (LEVEL_RANK[g[1][0].level], g[0]))
    return out


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of the plain-text diff report, with a hint for how the CLI styles it."""

    text: str
    level: Level | None = None   # colour hint for the CLI
    heading: bool = False


def text_lines(diff: SpecDiff) -> list[TextLine]:
    lines: list[TextLine] = [TextLine(diff.heading, heading=True), TextLine("")]
    if not diff.changes:
        return [*lines, TextLine("no changes")]
    for op, changes in groups(diff):
        lines.append(TextLine(op or "(document)", heading=True))
        for c in changes:
            scope = " sdk" if c.scope == "sdk" else ""
            lines.append(TextLine(f"  {c.level:<8}{scope:<4} {c.message} [{c.id}]", c.level))
        lines.append(TextLine(""))
    lines.append(TextLine(summary(diff), heading=True))
    return lines


def render_text(diff: SpecDiff) -> str:
    return "\n".join(line.text for line in text_lines(diff)) + "\n"


def summary(diff: SpecDiff) -> str:
    counts = diff.counts()
    sdk = sum(1 for c in diff.changes if c.scope == "sdk" and c.level == "breaking")
    breaking = f"{counts['breaking']} breaking" + (f" ({sdk} in the Python SDK)" if sdk else "")
    return (f"{breaking}, {counts['warning']} warning{'s' if counts['warning'] != 1 else ''}, "
            f"{counts['info']} info; suggested version bump: {diff.bump}")


# -- Markdown -----------------------------------------------------------------------------------------------------

_SECTIONS = ("Breaking changes", "Deprecated", "Added", "Changed", "Documentation")


def _section(c: Change) -> str:
    if c.level == "breaking":
        return "Breaking changes"
    if c.id in _DEPRECATION_RULES:
        return "Deprecated"
    if c.id == "docs-changed":
        return "Documentation"
    if RULES[c.id].addition if c.id in RULES else False:
        return "Added"
    return "Changed"


def _bullets(changes: list[Change]) -> list[str]:
    """One bullet per distinct message; the same message on several operations is listed once."""
    seen: dict[tuple[str, str, str], list[str]] = {}
    for c in sorted(changes, key=lambda c: (c.scope == "sdk", c.operation, c.location, c.id)):   # wire first
        seen.setdefault((c.scope, c.id, c.message), []).append(c.operation)
    out: list[str] = []
    for (scope, _, message), ops in seen.items():
        ops = sorted({o for o in ops if o})
        tag = " *(Python SDK)*" if scope == "sdk" else ""
        if not ops:
            out.append(f"- {message}{tag}")
        elif len(ops) == 1 and ops[0] not in message:
            out.append(f"- **{ops[0]}**: {message}{tag}")
        elif len(ops) == 1:
            out.append(f"- {message}{tag}")
        else:
            shown = ", ".join(ops[:3]) + (f" and {len(ops) - 3} more" if len(ops) > 3 else "")
            out.append(f"- {message}{tag} ({shown})")
    return out


def render_markdown(diff: SpecDiff, *, version: str | None = None, title: str | None = None) -> str:
    """A changelog section. With ``version``/``title`` it starts with ``## <version> <title>`` and uses ``###``
    sub-headings (ready to insert into CHANGELOG.md); without, the sub-headings are ``##``."""
    heading = " ".join(part for part in (version, title) if part)
    sub = "###" if heading else "##"
    lines: list[str] = []
    if heading:
        lines += [f"## {heading}", ""]
    if not diff.changes:
        lines += ["No changes to the API.", ""]
        return "\n".join(lines)
    by_section: dict[str, list[Change]] = {}
    for c in diff.changes:
        by_section.setdefault(_section(c), []).append(c)
    for name in _SECTIONS:
        changes = by_section.get(name)
        if not changes:
            continue
        lines += [f"{sub} {name}", ""]
        if name == "Breaking changes":
            wire = [c for c in changes if c.scope == "wire"]
            sdk = [c for c in changes if c.scope == "sdk"]
            if wire:
                lines += _bullets(wire)
            if sdk:
                if wire:
                    lines.append("")
                lines += ["Migrating Python code:", ""]
                lines += _bullets(sdk)
        else:
            lines += _bullets(changes)
        lines.append("")
    lines += [f"_{summary(diff)}._", ""]
    return "\n".join(lines)


# -- HTML ---------------------------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:72rem;color:#1f2328;
padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.5rem;font-family:ui-monospace,monospace}
.summary span{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:.4rem;background:#f6f8fa}
table{border-collapse:collapse;width:100%}td{padding:.3rem .5rem;border-top:1px solid #d0d7de;vertical-align:top}
.lvl{font-weight:600;white-space:nowrap}.breaking .lvl{color:#cf222e}.warning .lvl{color:#9a6700}
.info .lvl{color:#57606a}code,.id{font-family:ui-monospace,monospace;font-size:.85em}.id{color:#57606a}
""".strip()


_CODE_SPAN = re.compile(r"`([^`]+)`")


def _html_text(text: str) -> str:
    """Escaped text whose Markdown code spans (the messages quote names in backticks) become ``<code>``."""
    # Imported here: the html package brings a 2,000-entry table, and only the HTML format needs it.
    from html import escape

    return _CODE_SPAN.sub(r"<code>\1</code>", escape(text))


def render_html(diff: SpecDiff, *, title: str | None = None) -> str:
    from html import escape as esc

    counts = diff.counts()
    heading = title or f"Changes: {diff.heading}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(heading)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(heading)}</h1>",
        (
            '<p class="summary">'
            f'<span>breaking: {counts["breaking"]}</span><span>warnings: {counts["warning"]}</span>'
            f'<span>info: {counts["info"]}</span><span>suggested bump: {esc(diff.bump)}</span></p>'
        ),
    ]
    if not diff.changes:
        out.append("<p>No changes.</p>")
    for op, changes in groups(diff):
        out.append(f"<h2>{esc(op or '(document)')}</h2>")
        out.append("<table>")
        for c in changes:
            scope = " (SDK)" if c.scope == "sdk" else ""
            out.append(
                f'<tr class="{esc(c.level)}"><td class="lvl">{esc(_LEVEL_LABEL[c.level] + scope)}</td>'
                f"<td>{_html_text(c.message)}</td>"
                f'<td class="id">{esc(c.id)}<br>{esc(c.location)}</td></tr>'
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# -- GitHub annotations -------------------------------------------------------------------------------------------

_COMMAND = {"breaking": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(diff: SpecDiff, *, file: str | None = None,
                  line_of: Callable[[str], int | None] | None = None) -> str:
    """One workflow command per change: ``::error`` for breaking, ``::warning``, ``::notice`` for info.

    ``file`` is the new document's path relative to the repository (so GitHub can place the annotation) and
    ``line_of`` gives the line a change's location (a JSON pointer) has in it."""
    lines = []
    for c in diff.changes:
        title = f"{c.id}" + (f" ({c.operation})" if c.operation else "")
        props = [f"file={_escape_property(file)}"] if file else []
        line = line_of(c.location) if file and line_of is not None else None
        if line is not None:
            props.append(f"line={line}")
        props.append(f"title={_escape_property(title)}")
        lines.append(f"::{_COMMAND[c.level]} {','.join(props)}::{_escape_data(c.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
