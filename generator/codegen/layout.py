"""Lay out generated statements the way black would, so most generated files never need black.

The plan builds the long expressions it emits (calls, list/dict/tuple literals, imports, ``__all__``) as small
trees instead of strings; these functions turn a tree into lines exactly as black 24+ lays them out at a given
indentation: flat when the line fits in 100 columns, else split at the last bracket (black's "right hand split"),
collections exploded one element per line with a trailing comma, call arguments joined on one line when they
fit. Only the shapes whose black layout is certain are handled; for anything else (a head that does not fit,
a bracket inside opaque text, non-ASCII text whose display width black measures differently) the flat text is
returned unchanged: it is longer than the line length, so the ``format`` stage sees the long line and runs
black on that file. Nothing here can make output differ from black's; at worst it leaves work for black.

``tests/perf`` compares these layouts with black on the documents in ``../shared`` and on generated shapes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

LINE_LENGTH = 100

Kind = Literal["call", "collection"]


@dataclass(frozen=True, slots=True)
class Br:
    """``prefix`` + bracketed, comma-separated ``items``: ``Pagination(style="page")``, ``query=[...]``.

    ``prefix`` is opaque text glued to the opening bracket (a callee, ``name=``, ``"key": ``); ``kind`` is
    ``"call"`` for call arguments (kept on one line when they fit) or ``"collection"`` for list, dict, set and
    tuple displays (black puts each element on its own line as soon as the display is split).
    """

    prefix: str
    open: str
    items: tuple[Code, ...]
    close: str
    kind: Kind = "call"
    one_tuple: bool = False   # ``("a",)``: the comma is part of the value (black does not treat it as magic)
    trailing_comma: bool = False  # written with a trailing comma: black keeps it exploded (a "magic" comma)

    def __str__(self) -> str:
        return flat(self)

    @property
    def magic(self) -> bool:
        """Black's rule: a trailing comma forces a split unless it makes a one-tuple."""
        return self.trailing_comma and not (self.open == "(" and len(self.items) == 1)


Code = str | Br


def call(callee: str, items: Iterable[Code]) -> Br:
    return Br(callee, "(", tuple(items), ")", "call")


def prefixed(text: str, value: Code) -> Code:
    """``text`` glued in front of ``value`` (``name=`` for an argument, ``"key": `` for a dict entry)."""
    if isinstance(value, Br):
        return replace(value, prefix=text + value.prefix)
    return text + value


def kw(name: str, value: Code) -> Code:
    """``name=value`` as an argument."""
    return prefixed(f"{name}=", value)


def keyed(key: str, value: Code) -> Code:
    """``key: value`` as a dict entry."""
    return prefixed(f"{key}: ", value)


def list_of(items: Iterable[Code], prefix: str = "") -> Br:
    return Br(prefix, "[", tuple(items), "]", "collection")


def dict_of(entries: Iterable[tuple[str, Code]], prefix: str = "") -> Br:
    return Br(prefix, "{", tuple(keyed(k, v) for k, v in entries), "}", "collection")


def tuple_of(items: Sequence[Code], prefix: str = "", *, trailing_comma: bool = False) -> Br:
    """A tuple display; ``trailing_comma`` writes ``(a, b,)`` (black then keeps one element per line)."""
    return Br(prefix, "(", tuple(items), ")", "collection", one_tuple=len(items) == 1,
              trailing_comma=trailing_comma and len(items) > 0)


def flat(code: Code) -> str:
    if isinstance(code, str):
        return code
    inner = ", ".join(flat(i) for i in code.items)
    if code.one_tuple or code.trailing_comma:
        inner += ","
    return f"{code.prefix}{code.open}{inner}{code.close}"


def _has_magic(code: Code) -> bool:
    return isinstance(code, Br) and (code.magic or any(_has_magic(i) for i in code.items))


# What black cannot split: after blanking string literals, an optional ``name=`` or ``"key": `` then a name,
# dotted name, number or string, or ``**name``. Anything else (brackets, operators) might be split by black, and
# non-ASCII text is measured by display width (East Asian wide characters count twice): both are left to black.
_STRINGS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_ATOM = rf'(?:{_NAME}(?:\.{_NAME})*|-?\d+(?:\.\d+)?|""|\*\*{_NAME})'
_OPAQUE = re.compile(rf'(?:(?:{_NAME}=)|(?:(?:""|-?\d+): ))?{_ATOM}')
_PREFIX = re.compile(rf'(?:{_NAME}=|(?:""|-?\d+): )?(?:{_NAME}(?:\.{_NAME})*)?')
_DOTTED = re.compile(rf"{_NAME}(?:\.{_NAME})*")


@functools.lru_cache(maxsize=8192)  # a signature repeats its parameters (sync, async, overloads)
def _masked(text: str) -> str:
    """``text`` with every string literal's characters replaced by ``x`` (same length, so positions hold)."""
    return _STRINGS.sub(lambda m: "x" * len(m.group()), text) if ('"' in text or "'" in text) else text


def _opaque_ok(text: str) -> bool:
    """True when black has nothing to split in ``text`` (an identifier, a literal, ``**options``...)."""
    return text.isascii() and bool(_OPAQUE.fullmatch(_STRINGS.sub('""', text)))


def _prefix_ok(prefix: str) -> bool:
    """A prefix black keeps glued to the bracket: ``Name``, ``a.b``, ``name=``, ``"key": ``, ``name=Call``."""
    return prefix.isascii() and bool(_PREFIX.fullmatch(_STRINGS.sub('""', prefix)))


def _fits(indent: int, text: str) -> bool:
    return indent + len(text) <= LINE_LENGTH and text.isascii()


class _Unknown(Exception):
    """The shape is outside what this module reproduces; leave the statement to black."""


def element_lines(code: Code, indent: int, suffix: str = ",") -> list[str]:
    """One element inside an exploded bracket (a call argument, list item, dict entry) at ``indent`` spaces,
    followed by ``suffix`` (its comma). Returns the lines black writes, or the flat line if unsure."""
    try:
        return _element(code, indent, suffix)
    except _Unknown:
        return [" " * indent + flat(code) + suffix]


def _element(code: Code, indent: int, suffix: str) -> list[str]:
    text = flat(code) + suffix
    pad = " " * indent
    if _fits(indent, text) and not _has_magic(code):
        return [pad + text]
    if isinstance(code, str):
        if _opaque_ok(code):
            return [pad + text]  # nothing black can split: it stays long
        raise _Unknown
    if not _prefix_ok(code.prefix) or not code.items:
        raise _Unknown
    head = code.prefix + code.open
    if not _fits(indent, head):
        raise _Unknown  # black would try other bracket pairs first
    return [pad + head, *_body(code, indent + 4), pad + code.close + suffix]


def _body(code: Br, indent: int) -> list[str]:
    """The inside of a split bracket, one indentation level deeper."""
    items = code.items
    if code.one_tuple:
        return _element(items[0], indent, ",")
    explode = (code.kind == "collection" or code.trailing_comma) and len(items) > 1
    if not explode:
        joined = ", ".join(flat(i) for i in items)
        if _fits(indent, joined) and not any(_has_magic(i) for i in items):
            return [" " * indent + joined]
        if len(items) == 1:
            return _element(items[0], indent, "")
    out: list[str] = []
    for item in items:
        out.extend(_element(item, indent, ","))
    return out


def assignment_lines(target: str, value: Code, indent: int = 0, *, annotated: bool = False) -> list[str]:
    """``target = value`` (``target`` may be ``name: Annotation``) as black lays it out at ``indent``.

    ``annotated`` tells that ``target`` holds an annotation (black puts optional parentheses around it, which
    changes when it prefers wrapping the value in parentheses over splitting the value's own brackets).
    """
    try:
        return _assignment(target, value, indent, annotated)
    except _Unknown:
        return [" " * indent + f"{target} = {flat(value)}"]


def _assignment(target: str, value: Code, indent: int, annotated: bool) -> list[str]:
    pad = " " * indent
    text = f"{target} = {flat(value)}"
    if _fits(indent, text) and not _has_magic(value):
        return [pad + text]
    if not target.isascii():
        raise _Unknown
    bare_target = _STRINGS.sub('""', target)
    name = annotation = ""
    if annotated:
        name, sep, annotation = target.partition(": ")
        if not sep or not name.isidentifier() or re.search(r"[=;]", _STRINGS.sub('""', annotation)):
            raise _Unknown
    elif not _DOTTED.fullmatch(bare_target):
        raise _Unknown
    if isinstance(value, str):
        return _atom_assignment(target, name, annotation, value, indent)
    if not value.items:
        raise _Unknown
    if value.kind == "collection":
        if value.prefix or value.open == "(":
            raise _Unknown  # a parenthesised tuple: black treats its parentheses as optional
        head = f"{target} = {value.open}"
        if not _fits(indent, head):
            raise _Unknown
        return [pad + head, *_body(value, indent + 4), pad + value.close]
    if not _DOTTED.fullmatch(value.prefix):
        raise _Unknown
    head = f"{target} = {value.prefix}{value.open}"
    if _fits(indent, head):
        return [pad + head, *_body(value, indent + 4), pad + value.close]
    if not annotated:
        return _second_opinion(f"{target} = ", value, indent)
    if indent + len(target) + 3 <= LINE_LENGTH - 1:
        # black keeps its optional parentheses around the value: ``x: T = (`` / value / ``)``
        return [pad + f"{target} = (", *_element(value, indent + 4, ""), pad + ")"]
    # The head is too long even without the value: black splits the annotation's optional parentheses
    # instead, ``x: (`` / ``A | None`` / ``) = value``, when the annotation is a union (else it may pick
    # another bracket) and the value fits after the closing parenthesis.
    parts = _split_union(annotation)
    tail = f") = {flat(value)}"
    if len(parts) < 2 or _has_magic(value) or not _fits(indent, tail) or not _fits(indent, f"{name}: ("):
        raise _Unknown
    return [pad + f"{name}: (", *_union_body(annotation, parts, indent + 4), pad + tail]


def _union_body(annotation: str, parts: list[str], indent: int) -> list[str]:
    """An annotation inside its (now visible) parentheses: one line, or split before each top-level ``|``
    (a member still too long is split at its subscript, ``_subscript_lines``)."""
    pad = " " * indent
    if _fits(indent, annotation):
        return [pad + annotation]
    if len(parts) < 2:
        raise _Unknown
    body: list[str] = []
    for i, part in enumerate(parts):
        line = part if i == 0 else f"| {part}"
        body.extend([pad + line] if _fits(indent, line) else _subscript_lines(line, indent))
    return body


_SUBSCRIPT = re.compile(r"((?:\| )?[A-Za-z_][A-Za-z0-9_.]*)\[(.*)\]")


def _subscript_lines(line: str, indent: int) -> list[str]:
    """``| Literal["a", "b", ...]`` that does not fit, as black's right-hand split leaves it: ``| Literal[``,
    the elements (on one line when they fit, else one per line with a trailing comma added), ``]``. Only
    elements black cannot split further (strings, names, numbers), at least two of them; or one element that
    is a union (``list[A | Literal[...]]``), split before each ``|`` in its turn."""
    match = _SUBSCRIPT.fullmatch(line)
    if match is None:
        raise _Unknown
    head, inner = match.group(1) + "[", match.group(2)
    if not _fits(indent, head):
        raise _Unknown
    pad = " " * indent
    parts = _split_union(inner)
    if len(parts) > 1:  # ``list[Enum | Literal[...]]``: the union is the one element, split as unions are
        if any(", " in _STRINGS.sub('""', p) and not _SUBSCRIPT.fullmatch(p) for p in parts):
            raise _Unknown
        return [pad + head, *_union_body(inner, parts, indent + 4), pad + "]"]
    bare = _masked(inner)
    if any(c in bare for c in "[](){}"):
        raise _Unknown
    elements: list[str] = []
    start = 0
    for cut in (m.start() for m in re.finditer(", ", bare)):
        elements.append(inner[start:cut])
        start = cut + 2
    elements.append(inner[start:])
    if len(elements) < 2 or not all(_opaque_ok(e) and e == e.strip() and e for e in elements):
        raise _Unknown
    inner_pad = " " * (indent + 4)
    if _fits(indent + 4, inner):
        return [pad + head, inner_pad + inner, pad + "]"]
    rows = [inner_pad + e + "," for e in elements]
    if not all(_fits(0, row) for row in rows):
        raise _Unknown
    return [pad + head, *rows, pad + "]"]


def annotation_lines(name: str, annotation: str, indent: int) -> list[str]:
    """``name: Annotation`` (no value) as black lays it out: a too-long union goes inside parentheses."""
    pad = " " * indent
    text = f"{name}: {annotation}"
    if _fits(indent, text):
        return [pad + text]
    parts = _split_union(annotation)
    try:
        if len(parts) < 2 or not _opaque_ok(parts[-1]) or not annotation.isascii():
            raise _Unknown  # black may split a bracket inside the annotation instead
        return [pad + f"{name}: (", *_union_body(annotation, parts, indent + 4), pad + ")"]
    except _Unknown:
        return [pad + text]


def param_lines(param: str, indent: int) -> list[str]:
    """One parameter of an exploded ``def`` (``name: Annotation = default``, its comma added) as black lays it
    out: a too-long annotation goes inside parentheses, ``name: (`` / annotation / ``) = default,``."""
    return list(_param_lines(param, indent))


@functools.lru_cache(maxsize=8192)  # the same parameters recur in sync and async methods and their overloads
def _param_lines(param: str, indent: int) -> tuple[str, ...]:
    return tuple(_param_layout(param, indent))


def _param_layout(param: str, indent: int) -> list[str]:
    pad = " " * indent
    text = param + ","
    if _fits(indent, text):
        return [pad + text]
    try:
        bare = _masked(param)
        name, sep, _ = bare.partition(": ")
        if not sep or not name.isidentifier() or not param.isascii():
            raise _Unknown
        annotation = param[len(name) + 2 :]
        default = ""
        cut = bare.rfind(" = ")
        if cut > 0:
            annotation, default = param[len(name) + 2 : cut], param[cut:]
            if not _opaque_ok(default[3:]):
                raise _Unknown
        parts = _split_union(annotation)
        if len(parts) < 2 and not _opaque_ok(annotation):
            raise _Unknown  # black would look for brackets inside the annotation first
        tail = f"){default},"
        if not _fits(indent, tail) or not _fits(indent, f"{name}: ("):
            raise _Unknown
        return [pad + f"{name}: (", *_union_body(annotation, parts, indent + 4), pad + tail]
    except _Unknown:
        return [pad + text]


def _atom_assignment(target: str, name: str, annotation: str, value: str, indent: int) -> list[str]:
    """``target = value`` with an unsplittable value (``None``, a string, a number) that does not fit."""
    if not _opaque_ok(value):
        raise _Unknown
    pad = " " * indent
    wrapped = [pad + f"{target} = (", " " * (indent + 4) + value, pad + ")"]
    if not name:
        # black wraps the value in its optional parentheses only when that makes the value fit
        return wrapped if _fits(indent + 4, value) else [pad + f"{target} = {value}"]
    if indent + len(target) + 3 <= LINE_LENGTH - 1:
        return wrapped
    parts = _split_union(annotation)
    tail = f") = {value}"
    if len(parts) < 2 or not _fits(indent, tail) or not _fits(indent, f"{name}: ("):
        raise _Unknown
    return [pad + f"{name}: (", *_union_body(annotation, parts, indent + 4), pad + tail]


def _second_opinion(lead: str, value: Br, indent: int) -> list[str]:
    """``lead + Callee(`` does not fit. Black's first answer keeps that long head; because it is too long,
    black then tries the value in its optional parentheses (``lead + (``) and takes that when every line fits."""
    pad = " " * indent
    wrapped = [pad + lead + "(", *_element(value, indent + 4, ""), pad + ")"]
    if all(_fits(0, line) for line in wrapped):
        return wrapped
    return [pad + lead + value.prefix + value.open, *_body(value, indent + 4), pad + value.close]


def _split_union(annotation: str) -> list[str]:
    """``A | list[B | C] | None`` -> ``["A", "list[B | C]", "None"]`` (top-level ``|`` only)."""
    bare = _masked(annotation)
    parts: list[str] = []
    depth = start = 0
    for match in _UNION_TOKENS.finditer(bare):
        c = match.group()
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and match.start() >= start:
            parts.append(annotation[start:match.start()])
            start = match.end()
    parts.append(annotation[start:])
    return parts


_UNION_TOKENS = re.compile(r"[()\[\]{}]| \| ")


def import_lines(module: str, names: Sequence[str], indent: int = 0) -> list[str]:
    """``from module import a, b`` as black writes it: one line, or one name per line in parentheses."""
    pad = " " * indent
    text = f"from {module} import {', '.join(names)}"
    if _fits(indent, text) or not text.isascii():
        return [pad + text]
    return [pad + f"from {module} import (", *(f"{pad}    {n}," for n in names), pad + ")"]


def def_lines(head: str, params: Sequence[str], tail: str, indent: int) -> list[str]:
    """``def name(params) -> T:`` without a magic trailing comma, as black splits a long one: the parameters
    on one line of their own (a lone parameter gets a trailing comma), or one per line when they do not fit."""
    pad = " " * indent
    text = f"{head}({', '.join(params)}){tail}"
    if _fits(indent, text):
        return [pad + text]
    if not all(p.isascii() for p in params) or not _fits(indent, head + "(") or not _fits(indent, ")" + tail):
        return [pad + text]
    inner = indent + 4
    if len(params) == 1:
        one = params[0] + ","
        body = [" " * inner + one] if _fits(inner, one) else [pad + text]
        if not _fits(inner, one):
            return [pad + text]
    else:
        joined = ", ".join(params)
        if _fits(inner, joined):
            body = [" " * inner + joined]
        else:
            return [pad + text]
    return [pad + head + "(", *body, pad + ")" + tail]


def lines_text(lines: Sequence[str]) -> str:
    """Lines joined for a template that puts the first line at its own indentation (continuation lines carry
    theirs)."""
    return "\n".join(lines).lstrip(" ")


def statement_lines(code: Code, indent: int, keyword: str = "") -> list[str]:
    """An expression statement (``warnings.warn(...)``) or ``return``/``await`` one (``keyword``), split at its
    last bracket when too long, as black does when that bracket's opening line fits."""
    lead = f"{keyword} " if keyword else ""
    pad = " " * indent
    text = lead + flat(code)
    if _fits(indent, text) and not _has_magic(code):
        return [pad + text]
    try:
        if isinstance(code, str) or not code.items or not _DOTTED.fullmatch(code.prefix):
            raise _Unknown
        head = lead + code.prefix + code.open
        if not _fits(indent, head):
            if keyword != "return":
                raise _Unknown
            return _second_opinion(lead, code, indent)
        return [pad + head, *_body(code, indent + 4), pad + code.close]
    except _Unknown:
        return [pad + text]


# --- Jinja filters (registered by generator.render.environment) -------------------------------------------


def _filter_arg(code: Code, indent: int) -> str:
    """An argument / element line, with its trailing comma, at ``indent`` (the template supplies the first
    line's indentation)."""
    return lines_text(element_lines(code, indent, ","))


def _filter_assign(code: Code, target: str, indent: int = 0, annotated: bool = False) -> str:
    return lines_text(assignment_lines(target, code, indent, annotated=annotated))


def _filter_stmt(code: Code, indent: int, keyword: str = "") -> str:
    return lines_text(statement_lines(code, indent, keyword))


def _filter_py_all(names: Sequence[str], indent: int = 0) -> str:
    """``__all__ = [...]`` for ``names`` (kept in the given order)."""
    from generator.codegen.escape import py_str

    return lines_text(assignment_lines("__all__", list_of(py_str(n) for n in names), indent))


def _filter_docstring(body: str, indent: int) -> str:
    from generator.codegen.escape import docstring

    return docstring(body, indent)


def _filter_self_def(name: str, returns: str, indent: int, keyword: str = "def") -> str:
    """``def name(self) -> returns:`` (a property or a parameterless method) as black lays it out."""
    return lines_text(def_lines(f"{keyword} {name}", ["self"], f" -> {returns}:", indent))


def _filter_import_from(names: str | Sequence[str], module: str, indent: int = 0) -> str:
    return lines_text(import_lines(module, [names] if isinstance(names, str) else list(names), indent))


def _filter_param(param: str, indent: int) -> str:
    return lines_text(param_lines(param, indent))


FILTERS = {
    "arg": _filter_arg,
    "param": _filter_param,
    "assign": _filter_assign,
    "stmt": _filter_stmt,
    "py_all": _filter_py_all,
    "docstring": _filter_docstring,
    "self_def": _filter_self_def,
    "import_from": _filter_import_from,
}
