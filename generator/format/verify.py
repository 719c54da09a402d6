"""A cheap, conservative test that a generated file is already in black's form, so ``format`` can skip black.

Only files rendered by pfgen's built-in templates are offered to this test (``is_canonical_template``): those
templates and the plan write code the way black lays it out (``generator.codegen.layout``), and
``tests/perf`` checks on every shared document that the result is byte-identical to black's output. This test
guards what the plan cannot fully control, with string operations and regular expressions only (a tokenizer
would cost a good part of what black costs):

- a code line longer than black's line length (black would split it) unless it is one of the few shapes black
  cannot split, or non-ASCII code longer than half of it (black measures display width, where wide
  characters count twice);
- a magic trailing comma inside one line (``,]``, ``,}``, or ``,)`` that does not close a one-tuple);
- trailing whitespace, tabs, carriage returns, form feeds or backslash continuations in code;
- triple quotes anywhere but around a statement-level string (a docstring);
- blank-line shapes black never writes (three blank lines, two before an indented line, leading blank lines,
  a missing or doubled final newline).

``suspects`` says which statements raised an alarm, so that ``format`` runs black on just those statements
(``None``: the whole file). A false alarm only costs time. Docstring lines are exempt from the length test
(black never splits strings).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from generator.format.settings import LINE_LENGTH

_LONG = re.compile(rf"^.{{{LINE_LENGTH + 1},}}$", re.MULTILINE)
_MAGIC_COMMA = re.compile(r",[\]}]")
_BLANKS = re.compile(r"\n\n\n\n|\n\n\n[ ]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ONE_TUPLE_CANDIDATE = re.compile(r",\)")
_STRINGS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
# Long lines black cannot change: one name (or string, or ``name as name``) and its comma inside an exploded
# bracket, a ``"key": "value",`` entry, or the head of an exploded import whose module name is long.
_UNSPLITTABLE_ITEM = re.compile(
    r'[ ]+(?:"[^"\\]*": |[A-Za-z_][A-Za-z0-9_]*=)?'
    r'(?:[A-Za-z_][A-Za-z0-9_.]*(?: as [A-Za-z_][A-Za-z0-9_]*)?|"[^"\\]*"),'
)
_LONG_IMPORT_HEAD = re.compile(r"[ ]*from [.A-Za-z0-9_]+ import \(")
# Heads black cannot shorten: ``def <long name>(`` and ``self.<long name> = <callee>(`` ending their line, and a
# lone dotted name as the only argument inside such a call (``tests/perf`` checks these shapes against black for
# every length).
_LONG_HEAD = re.compile(
    r"[ ]*(?:async )?def [A-Za-z_][A-Za-z0-9_]*\(|[ ]*self\.[A-Za-z_][A-Za-z0-9_]* = [A-Za-z_][A-Za-z0-9_]*\("
)
_LONE_NAME = re.compile(r"[ ]+[A-Za-z_][A-Za-z0-9_.]*")


@dataclass(frozen=True, slots=True)
class Statement:
    """Lines ``first``..``last`` (0-based, inclusive) of a file: one whole statement; ``header`` when it is a
    compound statement's header (``def ...:``), whose body is not part of it."""

    first: int
    last: int
    indent: int
    header: bool


def looks_formatted(text: str) -> bool:
    """True when ``text`` (from a built-in template) has none of the marks of code black would change."""
    return suspects(text) == []


def suspects(text: str) -> list[Statement] | None:
    """The statements black might change ([] when none), or None when the whole file needs black."""
    if not text.endswith("\n") or text.endswith("\n\n") or text.startswith("\n"):
        return None
    code = _code_only(text, keep_lines=False)
    if code is None:
        return None
    if " \n" in code or "\t" in code or "\r" in code or "\x0c" in code or "\\\n" in code:
        return None
    if _BLANKS.search(code):
        return None
    suspect = bool(_MAGIC_COMMA.search(code))
    if not suspect and ",)" in code:
        suspect = any(not _only_one_tuples(line) for line in code.split("\n") if ",)" in line)
    if not suspect:
        suspect = any(not _unsplittable(code, m.start(), m.group()) for m in _LONG.finditer(code))
    if not suspect and not code.isascii():
        suspect = any(_too_wide(code, m.start()) for m in _NON_ASCII.finditer(code))
    if not suspect:
        return []
    return _suspect_statements(text)


def _too_wide(code: str, at: int) -> bool:
    start = code.rfind("\n", 0, at) + 1
    stop = code.find("\n", at)
    return (stop if stop >= 0 else len(code)) - start > LINE_LENGTH // 2


def _unsplittable(code: str, start: int, line: str) -> bool:
    previous = code[: max(start - 1, 0)].rstrip("\n")
    return _long_line_accepted(line, previous, lambda: code[start + len(line) + 1 :].split("\n", _BODY_LIMIT + 1))


def _long_line_accepted(line: str, previous: str, following: Callable[[], list[str]]) -> bool:
    """A line over the length that black cannot shorten, so it leaves the line (and its statement) as it is."""
    if not line.isascii():
        return False
    if _LONG_IMPORT_HEAD.fullmatch(line):
        return True
    if _LONG_HEAD.fullmatch(line):
        return _settled_body(following(), line)
    if _LONE_NAME.fullmatch(line):
        return previous.endswith("(")
    return bool(_UNSPLITTABLE_ITEM.fullmatch(line)) and previous.endswith(("(", "[", "{", ","))


def _code_only(text: str, *, keep_lines: bool) -> str | None:
    """``text`` with its statement-level triple-quoted strings (docstrings) replaced by ``""`` (followed by
    as many empty lines as they spanned when ``keep_lines``), or None when a triple quote stands anywhere else
    (opening quotes must start their line, closing quotes must end theirs)."""
    parts = text.split('"""')
    if len(parts) % 2 == 0:
        return None
    code = parts[0::2]
    for i in range(len(code) - 1):
        before, after = code[i], code[i + 1]
        line_start = before.rfind("\n") + 1
        if before[line_start:].strip(" ") or not after.startswith("\n"):
            return None
    if not keep_lines:
        return '""'.join(code)
    out = [code[0]]
    for i, body in enumerate(parts[1::2]):
        out.append('""' + "\n" * body.count("\n"))
        out.append(code[i + 1])
    return "".join(out)


_BODY_LIMIT = 400


def _settled_body(following: list[str], head: str) -> bool:
    """Black keeps the bracket a long head opens as it is when the lines up to its closing line end with a magic
    trailing comma, or are a single line (black's own split when the contents fit)."""
    indent = len(head) - len(head.lstrip(" "))
    closing = " " * indent + ")"
    body: list[str] = []
    for line in following[:_BODY_LIMIT]:
        if line.startswith(closing):
            return bool(body) and (len(body) == 1 or body[-1].endswith(","))
        body.append(line)
    return False


def _line_is_suspect(lines: list[str], index: int, previous: str) -> bool:
    line = lines[index]
    if len(line) > LINE_LENGTH and not _long_line_accepted(
        line, previous, lambda: lines[index + 1 : index + 1 + _BODY_LIMIT]
    ):
        return True
    if not line.isascii() and len(line) > LINE_LENGTH // 2:
        return True
    if _MAGIC_COMMA.search(line):
        return True
    return ",)" in line and not _only_one_tuples(line)


def _suspect_statements(text: str) -> list[Statement] | None:
    code = _code_only(text, keep_lines=True)
    if code is None:
        return None
    lines = code.split("\n")
    bare = [_STRINGS.sub(lambda m: "x" * len(m.group()), line) for line in lines]
    depth_before: list[int] = []
    depth = 0
    for line in bare:
        depth_before.append(depth)
        depth += sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")
        if depth < 0:
            return None
    if depth != 0:
        return None
    found: list[Statement] = []
    previous = ""
    for index, line in enumerate(lines):
        if line.strip() and _line_is_suspect(lines, index, previous):
            statement = _statement_at(lines, bare, depth_before, index)
            if statement is None:
                return None
            if not found or statement.first > found[-1].last:
                found.append(statement)
            elif statement.last > found[-1].last:
                return None  # overlapping in a way a simple splice cannot handle
        if line.strip():
            previous = line
    return found


def _statement_at(lines: list[str], bare: list[str], depth_before: list[int], index: int) -> Statement | None:
    first = index
    while first > 0 and depth_before[first] > 0:
        first -= 1
    last = index
    while last + 1 < len(lines) and depth_before[last + 1] > 0:
        last += 1
    head = lines[first]
    indent = len(head) - len(head.lstrip(" "))
    if indent % 4 or head.lstrip(" ").startswith(("@", '""', "#")):
        return None
    header = bare[last].rstrip().endswith(":") and head.lstrip().startswith(
        ("def ", "async def ", "class ", "if ", "elif ", "for ", "while ", "with ")
    )
    return Statement(first, last, indent, header)


def _only_one_tuples(line: str) -> bool:
    """Every ``,)`` in ``line`` closes a parenthesised one-element tuple (black keeps those commas)."""
    bare = _STRINGS.sub(lambda m: "x" * len(m.group()), line)
    for match in _ONE_TUPLE_CANDIDATE.finditer(bare):
        depth = 0
        i = match.start() - 1
        while i >= 0:
            c = bare[i]
            if c in ")]}":
                depth += 1
            elif c in "([{":
                if depth == 0:
                    break
                depth -= 1
            elif c == "," and depth == 0:
                return False  # a second element: the trailing comma is magic
            i -= 1
        if i < 0 or bare[i] != "(":
            return False
    return True


# --- splicing black's answer for single statements back into a file ----------------------------------------

_WRAP = "if _:\n"


def statement_snippet(text: str, statement: Statement) -> str:
    """A module holding only ``statement`` at its own indentation (nested in ``if _:`` blocks), which black
    formats exactly as it formats the statement in place: black lays out each logical line on its own, by its
    tokens and its depth."""
    lines = text.split("\n")[statement.first : statement.last + 1]
    levels = statement.indent // 4
    out = ["    " * level + _WRAP for level in range(levels)]
    out.append("\n".join(lines) + "\n")
    if statement.header:
        out.append(" " * (statement.indent + 4) + "pass\n")
    return "".join(out)


def snippet_result(formatted: str, statement: Statement) -> list[str] | None:
    """The statement's lines out of black's output for ``statement_snippet`` (None if it is not as expected)."""
    lines = formatted.split("\n")
    levels = statement.indent // 4
    for level in range(levels):
        if not lines or lines[0] != "    " * level + _WRAP.rstrip("\n"):
            return None
        lines.pop(0)
        # Black puts an empty line between a block opener and a nested ``def``; that line is the wrapper's, not
        # the statement's (blank lines around the statement in the file are checked by ``suspects``).
        while lines and not lines[0]:
            lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if statement.header:
        if not lines or lines[-1] != " " * (statement.indent + 4) + "pass":
            return None
        lines.pop()
    if not lines or any(not line.strip() for line in lines):
        return None
    return lines


def splice(text: str, replacements: list[tuple[Statement, list[str]]]) -> str:
    lines = text.split("\n")
    for statement, new in sorted(replacements, key=lambda r: -r[0].first):
        lines[statement.first : statement.last + 1] = new
    return "\n".join(lines)


# --- which files are offered to the test -----------------------------------------------------------------

# Built-in templates (and static files) whose output is written in black's form. Files from a user's template
# overlay, and the other built-in templates, always go through black.
CANONICAL_TEMPLATES: tuple[str, ...] = ("python-client/package/",)
# Static files copied verbatim that are kept black-formatted in the repository (tests/runtime checks them with
# ``black --check``): passed through without even the cheap test (their long comment lines would trip it).
FORMATTED_STATIC: tuple[str, ...] = (
    "python-client/_runtime/",
    "python-client/runtime_init.py",
    "python-stub/_runtime/",
)


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or (prefix.endswith("/") and name.startswith(prefix)) for prefix in prefixes)


def is_canonical_template(name: str, overlay_files: Collection[str] = ()) -> bool:
    """``name`` (a template relative to the template root) renders code meant to be in black's form."""
    return bool(name) and name not in overlay_files and _matches(name, CANONICAL_TEMPLATES)


def is_formatted_static(name: str, overlay_files: Collection[str] = ()) -> bool:
    """``name`` (a static file relative to the template root) is stored black-formatted."""
    return bool(name) and name not in overlay_files and _matches(name, FORMATTED_STATIC)
