"""Escaping of spec text for the place it lands in generated code.

Spec text (descriptions, titles, names, defaults, examples) is data. It reaches generated Python only through
these functions, so nothing in a spec can end a string, open a comment, or run when the package is imported.
"""

from __future__ import annotations

import math
import re
from typing import Any

from generator.codegen.html_text import html_to_text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u0085]")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)
    return text


def docstring_body(text: str) -> str:
    """Text safe to place between triple double quotes (no closing quotes, no stray escapes, no trailing quote).

    Backslashes are doubled so ``\\n`` in a description stays two characters; ``\"\"\"`` cannot appear.
    """
    text = _clean(html_to_text(text).strip()).replace("\\", "\\\\")
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


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_TOML_SPECIAL = re.compile(r'["\\\x00-\x1f\x7f]')


def toml_str(text: str) -> str:
    """A TOML basic string (quotes included) holding ``text`` exactly: quotes, backslashes and every control
    character escaped, so no value can end the string, start a table or make the file unparseable."""
    return '"' + _TOML_SPECIAL.sub(lambda m: _TOML_ESCAPES.get(m.group()) or f"\\u{ord(m.group()):04X}", text) + '"'


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_text(text: str) -> str:
    """Spec text as one line of Markdown prose: line breaks folded, control characters dropped, and whatever
    Markdown or HTML would interpret inline (emphasis, links, tags, code spans, table cells) backslash-escaped.
    For positions inside a line: templates never start a line with it, so block markers need no escape."""
    flat = re.sub(r"\s+", " ", _CONTROL.sub(" ", text))  # one line; an edge space stays (text joins text)
    return _MD_SPECIAL.sub(r"\\\1", flat)


def md_code(text: str) -> str:
    """Spec text as a Markdown code span (backticks chosen so the text cannot close it)."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") or not flat.strip() else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (plain data only, never evaluated from text), spelled as black would."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, int):
        return black_number(repr(value))
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f"float({py_str(str(value))})"
        return black_number(repr(value))
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return py_str(str(value))


# --- black's canonical spellings ---------------------------------------------------------------------------
# Generated code is written directly in the form black gives it (so the ``format`` stage rarely has to run
# black). These helpers reproduce, for the literals we emit, exactly what black does to a literal: they are
# ports of ``black.strings.normalize_string_quotes``, ``black.numerics.normalize_numeric_literal`` and black's
# docstring handling (``LineGenerator.visit_STRING``), kept free of a black import so planning stays cheap.
# tests/perf checks them against black itself.

_UNESCAPED_DQ = re.compile(r'(([^\\]|^)(\\\\)*)"')
_ESCAPED_DQ = re.compile(r'([^\\]|^)\\((?:\\\\)*)"')
_ESCAPED_SQ = re.compile(r"([^\\]|^)\\((?:\\\\)*)'")


def _sub_twice(regex: re.Pattern[str], replacement: str, text: str) -> str:
    return regex.sub(replacement, regex.sub(replacement, text))


def black_string(literal: str) -> str:
    """The spelling black gives a plain (no prefix, single-line) string literal: double quotes unless that
    needs more backslashes (port of ``normalize_string_quotes`` for the literals ``repr`` produces)."""
    if literal[:1] == '"':
        orig_quote, new_quote = '"', "'"
        escaped_new, escaped_orig = _ESCAPED_SQ, _ESCAPED_DQ
        unescaped_new = re.compile(r"(([^\\]|^)(\\\\)*)'")
    else:
        orig_quote, new_quote = "'", '"'
        escaped_new, escaped_orig = _ESCAPED_DQ, _ESCAPED_SQ
        unescaped_new = _UNESCAPED_DQ
    body = literal[1:-1]
    new_body = _sub_twice(escaped_new, rf"\1\2{new_quote}", body)
    if body != new_body:
        body = new_body
        literal = f"{orig_quote}{body}{orig_quote}"
    new_body = _sub_twice(escaped_orig, rf"\1\2{orig_quote}", new_body)
    new_body = _sub_twice(unescaped_new, rf"\1\\{new_quote}", new_body)
    orig_escapes = body.count("\\")
    new_escapes = new_body.count("\\")
    if new_escapes > orig_escapes:
        return literal
    if new_escapes == orig_escapes and orig_quote == '"':
        return literal
    return f"{new_quote}{new_body}{new_quote}"


def py_str(value: str) -> str:
    """A string literal for ``value`` in black's canonical spelling (what ``repr`` gives, requoted)."""
    text = repr(value)
    if '"' not in value and "'" not in value:
        return '"' + text[1:-1] + '"'  # the common case: same body, double quotes
    return black_string(text)


def black_number(text: str) -> str:
    """A numeric literal as black spells it (lower-case, ``1e20`` not ``1e+20``, ``1.0`` not ``1.``)."""
    text = text.lower()
    if text.startswith(("0o", "0b")):
        return text
    if text.startswith("0x"):
        return text[:2] + text[2:].upper()
    if "e" in text:
        before, after = text.split("e")
        sign = ""
        if after.startswith("-"):
            after, sign = after[1:], "-"
        elif after.startswith("+"):
            after = after[1:]
        return f"{_float_or_int(before)}e{sign}{after}"
    return _float_or_int(text)


def _float_or_int(text: str) -> str:
    if "." not in text:
        return text
    before, after = text.split(".")
    return f"{before or 0}.{after or 0}"


_LINE_BREAK = re.compile(r"\r\n|[\r\n]")
_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")
LINE_LENGTH = 100  # black's line length of record (generator.format.settings.LINE_LENGTH)


def _expand_leading_tabs(text: str) -> list[str]:
    lines = []
    for line in _LINE_BREAK.split(text):
        stripped = line.lstrip()
        if not stripped or stripped == line:
            lines.append(line)
        else:
            lines.append(line[: len(line) - len(stripped)].expandtabs(4) + stripped)
    return lines


def docstring(body: str, indent: int) -> str:
    """What black writes between the triple quotes of a docstring (first statement of a module, class or
    function) at ``indent`` spaces, given the text a template would put there (``docstring_body`` output).

    Continuation lines are re-indented to the statement (common indentation removed first), the text is padded
    when it starts or ends with a quote, and the closing quotes move to their own line when the last line would
    be too long with them. Only for docstring positions: black leaves other string statements alone.
    """
    literal = '"""' + body + '"""'
    if _BACKSLASH_NEWLINE.search(literal):
        return body  # black leaves docstrings with backslash-newlines alone
    prefix = " " * indent
    if "\n" in body:
        lines = _expand_leading_tabs(body)
        common = min(
            (len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()), default=-1
        )
        trimmed = [lines[0].strip()]
        if common >= 0:
            last = len(lines) - 2
            for i, line in enumerate(lines[1:]):
                stripped = line[common:].rstrip()
                trimmed.append(prefix + stripped if stripped or i == last else "")
        text = "\n".join(trimmed)
    else:
        text = body.strip()
    if text:
        if text[0] == '"':
            text = " " + text
        if text[-1] == '"':
            text += " "
        if text[-1] == "\\" and (len(text) - len(text.rstrip("\\"))) % 2:
            return text + " "
    elif body:
        text = " "
    lines = text.splitlines()
    last_length = len(lines[-1]) if text and not text.endswith("\n") else 0
    if len(lines) > 1 and last_length + 3 > LINE_LENGTH and indent + 3 <= LINE_LENGTH:
        return text + "\n" + prefix
    return text


def sh_word(text: str) -> str:
    """Spec text as one word of a POSIX shell command line (quoted when it needs to be)."""
    import shlex

    return shlex.quote(" ".join(_CONTROL.sub(" ", text).split()))


# The escaping filters templates apply to text in a quoted or Markdown context: one per context, registered
# once (generator.render.environment). A test rejects any template that writes ``{{ ... }}`` inside quotes.
FILTERS = {
    "py_str": py_str,
    "py_literal": py_literal,
    "toml_str": toml_str,
    "md_text": md_text,
    "md_code": md_code,
    "comment": comment,
    "sh_word": sh_word,
}
