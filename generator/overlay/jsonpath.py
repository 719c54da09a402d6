"""A small RFC 9535 JSONPath evaluator: what Overlay ``target`` expressions need, with RFC semantics.

Supported: the root ``$``; child segments ``.name``, ``.*``, ``[<selectors>]``; descendant segments ``..name``,
``..*``, ``..[<selectors>]``; selectors ``'name'`` / ``"name"`` (with JSON-style escapes), ``*``, ``0``, ``-1``,
slices ``start:end:step`` and filters ``?<expr>``. Filter expressions have ``@`` and ``$`` queries (existence tests
and singular queries in comparisons), string/number/``true``/``false``/``null`` literals, ``== != < <= > >=``,
``&& || !``, parentheses, and the RFC functions ``length``, ``count``, ``match``, ``search`` and ``value``.

One deliberate leniency, because real overlays (and the Overlay 1.0 specification's own examples) write
``@.x-oai-traits`` and ``$.paths..$ref``: a ``.name`` shorthand may also contain ``-`` and ``$``. RFC 9535 has no
arithmetic, so this never changes the meaning of a valid query; it only accepts a few more.

Each match is a ``Node``: its normalized path (member names and array indexes from the root) and its value, in the
order RFC 9535 gives (document order, parents before their descendants). Nothing here evaluates text as code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator.pointer import join

__all__ = ["JSONPath", "JSONPathSyntaxError", "Node", "compile_path", "to_pointer"]

PathPart = str | int
Path = tuple[PathPart, ...]

_MAX_INT = 2**53 - 1  # I-JSON's exact integer range, which RFC 9535 requires of indexes and slice bounds


class JSONPathSyntaxError(ValueError):
    """A query that is not valid JSONPath; ``position`` is the 0-based character offset of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.message = message
        self.position = position


@dataclass(frozen=True, slots=True)
class Node:
    """One selected value and where it is."""

    path: Path
    value: Any

    @property
    def pointer(self) -> str:
        return to_pointer(self.path)


def to_pointer(path: Sequence[PathPart]) -> str:
    """The JSON pointer (RFC 6901) of a normalized path."""
    return join(p if isinstance(p, (str, int)) else str(p) for p in path)


# ----------------------------------------------------------------------------------------------------- the syntax


class _Nothing:
    """RFC 9535's "Nothing": the value of a singular query that selects no node."""

    def __repr__(self) -> str:
        return "Nothing"


NOTHING = _Nothing()


@dataclass(frozen=True, slots=True)
class _Name:
    name: str


@dataclass(frozen=True, slots=True)
class _Wildcard:
    pass


@dataclass(frozen=True, slots=True)
class _Index:
    index: int


@dataclass(frozen=True, slots=True)
class _Slice:
    start: int | None
    end: int | None
    step: int | None


@dataclass(frozen=True, slots=True)
class _Filter:
    expr: _Expr


_Selector = _Name | _Wildcard | _Index | _Slice | _Filter


@dataclass(frozen=True, slots=True)
class _Segment:
    descendant: bool
    selectors: tuple[_Selector, ...]


@dataclass(frozen=True, slots=True)
class _Query:
    relative: bool            # ``@`` (the current node) rather than ``$`` (the root)
    segments: tuple[_Segment, ...]

    @property
    def singular(self) -> bool:
        return all(
            not s.descendant and len(s.selectors) == 1 and isinstance(s.selectors[0], (_Name, _Index))
            for s in self.segments
        )


@dataclass(frozen=True, slots=True)
class _Literal:
    value: Any


@dataclass(frozen=True, slots=True)
class _Call:
    name: str
    args: tuple[_Operand, ...]


@dataclass(frozen=True, slots=True)
class _Compare:
    op: str
    left: _Operand
    right: _Operand


@dataclass(frozen=True, slots=True)
class _Test:
    operand: _Query | _Call   # a query tests existence; a function tests its logical result


@dataclass(frozen=True, slots=True)
class _Not:
    expr: _Expr


@dataclass(frozen=True, slots=True)
class _And:
    items: tuple[_Expr, ...]


@dataclass(frozen=True, slots=True)
class _Or:
    items: tuple[_Expr, ...]


_Operand = _Literal | _Query | _Call
_Expr = _Compare | _Test | _Not | _And | _Or

# Function signatures from RFC 9535 section 2.4: argument types and result type.
_FUNCTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "length": (("value",), "value"),
    "count": (("nodes",), "value"),
    "match": (("value", "value"), "logical"),
    "search": (("value", "value"), "logical"),
    "value": (("nodes",), "value"),
}

_COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/", "\\": "\\"}
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FUNCTION_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _name_first(ch: str) -> bool:
    if len(ch) != 1:
        return False
    if ch.isascii():
        return ch.isalpha() or ch == "_"
    return not "\ud800" <= ch <= "\udfff"


def _name_char(ch: str) -> bool:
    return len(ch) == 1 and (_name_first(ch) or "0" <= ch <= "9" or ch in "-$")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    # -- helpers

    def error(self, message: str, pos: int | None = None) -> JSONPathSyntaxError:
        return JSONPathSyntaxError(message, self.pos if pos is None else pos)

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos:self.pos + n]

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def skip_blank(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def expect(self, token: str, what: str) -> None:
        if self.peek(len(token)) != token:
            found = f", found {self.peek()!r}" if self.peek() else ""
            raise self.error(f"expected {what}{found}")
        self.pos += len(token)

    # -- queries

    def parse(self) -> _Query:
        if self.peek() != "$":
            raise self.error("a JSONPath query starts with '$'")
        self.pos += 1
        query = _Query(False, self.segments())
        if not self.at_end():
            raise self.error(f"unexpected {self.peek()!r}")
        return query

    def segments(self) -> tuple[_Segment, ...]:
        out: list[_Segment] = []
        while True:
            start = self.pos
            self.skip_blank()
            if self.peek(2) == "..":
                self.pos += 2
                out.append(self.after_dot(descendant=True))
            elif self.peek() == ".":
                self.pos += 1
                out.append(self.after_dot(descendant=False))
            elif self.peek() == "[":
                out.append(_Segment(False, self.bracketed()))
            else:
                self.pos = start  # blank space belongs to whatever follows the query
                return tuple(out)

    def after_dot(self, *, descendant: bool) -> _Segment:
        ch = self.peek()
        if ch == "*":
            self.pos += 1
            return _Segment(descendant, (_Wildcard(),))
        if descendant and ch == "[":
            return _Segment(True, self.bracketed())
        if ch and (_name_first(ch) or ch == "$"):
            start = self.pos
            while self.pos < len(self.text) and _name_char(self.text[self.pos]):
                self.pos += 1
            return _Segment(descendant, (_Name(self.text[start:self.pos]),))
        if ch in ("'", '"'):
            raise self.error("a quoted name needs brackets: ['name']")
        raise self.error("expected a member name or '*' after '.'")

    def bracketed(self) -> tuple[_Selector, ...]:
        self.expect("[", "'['")
        selectors: list[_Selector] = []
        while True:
            self.skip_blank()
            selectors.append(self.selector())
            self.skip_blank()
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == "]":
                self.pos += 1
                return tuple(selectors)
            if self.at_end():
                raise self.error("missing ']'")
            raise self.error(f"expected ',' or ']', found {self.peek()!r}")

    def selector(self) -> _Selector:
        ch = self.peek()
        if ch in ("'", '"'):
            return _Name(self.string())
        if ch == "*":
            self.pos += 1
            return _Wildcard()
        if ch == "?":
            self.pos += 1
            self.skip_blank()
            return _Filter(self.logical_or())
        if ch == ":" or ch == "-" or ch.isdigit():
            return self.index_or_slice()
        if self.at_end():
            raise self.error("missing ']'")
        raise self.error(f"expected a selector (a quoted name, '*', an index, a slice or '?filter'), found {ch!r}")

    def integer(self) -> int:
        m = _INT.match(self.text, self.pos)
        if m is None:
            raise self.error("expected an integer")
        if m.group() == "-0":
            raise self.error("'-0' is not a valid index")
        value = int(m.group())
        if abs(value) > _MAX_INT:
            raise self.error("integer out of range")
        self.pos = m.end()
        if self.peek().isdigit():  # "01": leading zeros are not allowed
            raise self.error("integers have no leading zeros")
        return value

    def index_or_slice(self) -> _Selector:
        start = self.integer() if self.peek() != ":" else None
        self.skip_blank()
        if self.peek() != ":":
            if start is None:  # unreachable: ':' is checked above; kept for the type checker
                raise self.error("expected an index")
            return _Index(start)
        self.pos += 1
        self.skip_blank()
        end = self.integer() if self.peek() not in (":", "]", ",", "") else None
        self.skip_blank()
        step = None
        if self.peek() == ":":
            self.pos += 1
            self.skip_blank()
            if self.peek() not in ("]", ",", ""):
                step = self.integer()
        return _Slice(start, end, step)

    def string(self) -> str:
        quote = self.peek()
        start = self.pos
        self.pos += 1
        out: list[str] = []
        while True:
            if self.at_end():
                raise self.error("unterminated string", start)
            ch = self.text[self.pos]
            if ch == quote:
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                out.append(self.escape(quote))
                continue
            if ord(ch) < 0x20:
                raise self.error("control characters must be escaped in strings")
            out.append(ch)
            self.pos += 1

    def escape(self, quote: str) -> str:
        self.pos += 1
        ch = self.peek()
        if ch == quote:
            self.pos += 1
            return ch
        if ch in _ESCAPES:
            self.pos += 1
            return _ESCAPES[ch]
        if ch == "u":
            code = self.hex4()
            if 0xD800 <= code <= 0xDBFF:
                if self.peek(2) != "\\u":
                    raise self.error("a high surrogate must be followed by a low surrogate")
                self.pos += 1
                low = self.hex4()
                if not 0xDC00 <= low <= 0xDFFF:
                    raise self.error("a high surrogate must be followed by a low surrogate")
                return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
            if 0xDC00 <= code <= 0xDFFF:
                raise self.error("a lone low surrogate is not a character")
            return chr(code)
        raise self.error(f"invalid escape '\\{ch}'" if ch else "unterminated string")

    def hex4(self) -> int:
        digits = self.text[self.pos + 1:self.pos + 5]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise self.error("expected four hex digits after '\\u'")
        self.pos += 5
        return int(digits, 16)

    # -- filter expressions

    def logical_or(self) -> _Expr:
        items = [self.logical_and()]
        while True:
            self.skip_blank()
            if self.peek(2) != "||":
                break
            self.pos += 2
            self.skip_blank()
            items.append(self.logical_and())
        return items[0] if len(items) == 1 else _Or(tuple(items))

    def logical_and(self) -> _Expr:
        items = [self.basic()]
        while True:
            self.skip_blank()
            if self.peek(2) != "&&":
                break
            self.pos += 2
            self.skip_blank()
            items.append(self.basic())
        return items[0] if len(items) == 1 else _And(tuple(items))

    def basic(self) -> _Expr:
        if self.peek() == "!" and self.peek(2) != "!=":
            self.pos += 1
            self.skip_blank()
            if self.peek() == "(":
                return _Not(self.paren())
            start = self.pos
            operand = self.operand()
            if isinstance(operand, _Literal):
                raise self.error("'!' needs a query, a function or a parenthesised expression", start)
            return _Not(self.as_test(operand, start))
        if self.peek() == "(":
            start = self.pos
            expr = self.paren()
            self.skip_blank()
            if self.peek(2) in _COMPARISONS or self.peek() in ("<", ">"):
                raise self.error("a parenthesised expression cannot be compared", start)
            return expr
        start = self.pos
        left = self.operand()
        self.skip_blank()
        op = self.comparison_op()
        if op is None:
            if isinstance(left, _Literal):
                raise self.error("a literal on its own is not a test; compare it with something", start)
            return self.as_test(left, start)
        self.check_comparable(left, start)
        self.skip_blank()
        right_start = self.pos
        right = self.operand()
        self.check_comparable(right, right_start)
        return _Compare(op, left, right)

    def paren(self) -> _Expr:
        self.expect("(", "'('")
        self.skip_blank()
        expr = self.logical_or()
        self.skip_blank()
        self.expect(")", "')'")
        return expr

    def comparison_op(self) -> str | None:
        for op in _COMPARISONS:
            if self.peek(len(op)) == op:
                self.pos += len(op)
                return op
        return None

    def as_test(self, operand: _Literal | _Query | _Call, start: int) -> _Test:
        if isinstance(operand, _Call) and _FUNCTIONS[operand.name][1] == "value":
            raise self.error(f"{operand.name}() gives a value; compare it with something", start)
        assert not isinstance(operand, _Literal)
        return _Test(operand)

    def check_comparable(self, operand: _Literal | _Query | _Call, start: int) -> None:
        if isinstance(operand, _Query) and not operand.singular:
            raise self.error(
                "only a singular query (names and indexes, no wildcards, slices, filters or '..') can be compared",
                start,
            )
        if isinstance(operand, _Call) and _FUNCTIONS[operand.name][1] != "value":
            raise self.error(f"{operand.name}() gives true or false and cannot be compared", start)

    def operand(self) -> _Literal | _Query | _Call:
        ch = self.peek()
        if ch in ("@", "$"):
            self.pos += 1
            return _Query(ch == "@", self.segments())
        if ch in ("'", '"'):
            return _Literal(self.string())
        if ch == "-" or ch.isdigit():
            m = _NUMBER.match(self.text, self.pos)
            if m is None:
                raise self.error("invalid number")
            self.pos = m.end()
            text = m.group()
            return _Literal(float(text) if any(c in text for c in ".eE") else int(text))
        for word, value in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos) and not _name_char(self.peek_at(len(word))):
                self.pos += len(word)
                return _Literal(value)
        m = _FUNCTION_NAME.match(self.text, self.pos)
        if m is not None and self.text[m.end():m.end() + 1] == "(":
            return self.call(m.group(), m.end())
        if self.at_end():
            raise self.error("unexpected end of the filter expression")
        raise self.error(f"expected '@', '$', a literal or a function, found {ch!r}")

    def peek_at(self, offset: int) -> str:
        return self.text[self.pos + offset:self.pos + offset + 1]

    def call(self, name: str, open_paren: int) -> _Call:
        if name not in _FUNCTIONS:
            raise self.error(f"unknown function {name}(); known: {', '.join(sorted(_FUNCTIONS))}")
        kinds, _result = _FUNCTIONS[name]
        self.pos = open_paren + 1
        args: list[_Literal | _Query | _Call] = []
        self.skip_blank()
        while self.peek() != ")":
            if args:
                self.expect(",", "',' or ')'")
                self.skip_blank()
            start = self.pos
            arg = self.operand()
            kind = kinds[len(args)] if len(args) < len(kinds) else "value"
            if kind == "value":
                self.check_comparable(arg, start)
            elif not isinstance(arg, _Query):
                raise self.error(f"{name}() takes a query", start)
            args.append(arg)
            self.skip_blank()
            if self.at_end():
                raise self.error("missing ')'")
        self.pos += 1
        if len(args) != len(kinds):
            raise self.error(f"{name}() takes {len(kinds)} argument(s), got {len(args)}", open_paren)
        return _Call(name, tuple(args))


# ----------------------------------------------------------------------------------------------------- evaluation


def _children(path: Path, value: Any) -> Iterator[Node]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield Node((*path, key), child)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield Node((*path, i), child)


def _descendants(node: Node) -> Iterator[Node]:
    """The node and everything under it, parents before children, arrays in order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(list(_children(current.path, current.value))))


def _select(selector: _Selector, node: Node, root: Any) -> Iterator[Node]:
    value = node.value
    if isinstance(selector, _Name):
        if isinstance(value, dict) and selector.name in value:
            yield Node((*node.path, selector.name), value[selector.name])
    elif isinstance(selector, _Wildcard):
        yield from _children(node.path, value)
    elif isinstance(selector, _Index):
        if isinstance(value, list):
            i = selector.index if selector.index >= 0 else len(value) + selector.index
            if 0 <= i < len(value):
                yield Node((*node.path, i), value[i])
    elif isinstance(selector, _Slice):
        if isinstance(value, list) and selector.step != 0:
            # Python's slice normalisation is the one RFC 9535 section 2.3.4.2.2 specifies.
            for i in range(*slice(selector.start, selector.end, selector.step).indices(len(value))):
                yield Node((*node.path, i), value[i])
    else:
        for child in _children(node.path, value):
            if _truthy(selector.expr, child.value, root):
                yield child


def _run(query: _Query, current: Any, root: Any, start_path: Path = ()) -> list[Node]:
    nodes = [Node(start_path, current if query.relative else root)]
    for segment in query.segments:
        out: list[Node] = []
        for node in nodes:
            inputs = _descendants(node) if segment.descendant else iter((node,))
            for each in inputs:
                for selector in segment.selectors:
                    out.extend(_select(selector, each, root))
        nodes = out
    return nodes


def _value_of(operand: _Operand, current: Any, root: Any) -> Any:
    if isinstance(operand, _Literal):
        return operand.value
    if isinstance(operand, _Query):
        found = _run(operand, current, root)
        return found[0].value if len(found) == 1 else NOTHING
    if isinstance(operand, _Call):
        return _call(operand, current, root)
    raise TypeError(f"not a comparable: {operand!r}")  # the parser never builds this


def _call(call: _Call, current: Any, root: Any) -> Any:
    name = call.name
    if name in ("count", "value"):
        query = call.args[0]
        assert isinstance(query, _Query)
        found = _run(query, current, root)
        if name == "count":
            return len(found)
        return found[0].value if len(found) == 1 else NOTHING
    values = [_value_of(arg, current, root) for arg in call.args]
    if name == "length":
        v = values[0]
        if isinstance(v, (str, list, dict)):
            return len(v)
        return NOTHING
    text, pattern = values
    if not isinstance(text, str) or not isinstance(pattern, str):
        return False
    compiled = _iregexp(pattern)
    if compiled is None:
        return False
    hit = compiled.fullmatch(text) if name == "match" else compiled.search(text)
    return hit is not None


_REGEX_CACHE: dict[str, re.Pattern[str] | None] = {}


def _iregexp(pattern: str) -> re.Pattern[str] | None:
    """An I-Regexp (RFC 9485) as a Python pattern: ``.`` outside a class matches anything but CR and LF."""
    if pattern in _REGEX_CACHE:
        return _REGEX_CACHE[pattern]
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        elif ch == "." and not in_class:
            ch = "[^\\n\\r]"
        out.append(ch)
        i += 1
    try:
        compiled: re.Pattern[str] | None = re.compile("".join(out))
    except re.error:
        compiled = None
    if len(_REGEX_CACHE) < 256:
        _REGEX_CACHE[pattern] = compiled
    return compiled


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _equal(a: Any, b: Any) -> bool:
    if a is NOTHING or b is NOTHING:
        return a is b
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    return False


def _less(a: Any, b: Any) -> bool:
    if _is_number(a) and _is_number(b):
        return bool(a < b)
    if isinstance(a, str) and isinstance(b, str):
        return a < b   # code point order, as the RFC asks
    return False


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": _equal,
    "!=": lambda a, b: not _equal(a, b),
    "<": _less,
    ">": lambda a, b: _less(b, a),
    "<=": lambda a, b: _less(a, b) or _equal(a, b),
    ">=": lambda a, b: _less(b, a) or _equal(a, b),
}


def _truthy(expr: _Expr, current: Any, root: Any) -> bool:
    if isinstance(expr, _Or):
        return any(_truthy(e, current, root) for e in expr.items)
    if isinstance(expr, _And):
        return all(_truthy(e, current, root) for e in expr.items)
    if isinstance(expr, _Not):
        return not _truthy(expr.expr, current, root)
    if isinstance(expr, _Compare):
        return _COMPARE[expr.op](_value_of(expr.left, current, root), _value_of(expr.right, current, root))
    operand = expr.operand
    if isinstance(operand, _Query):
        return bool(_run(operand, current, root))
    return bool(_call(operand, current, root))


# ----------------------------------------------------------------------------------------------------- public API


@dataclass(frozen=True, slots=True)
class JSONPath:
    """A compiled query; ``find`` is a pure function of the document."""

    text: str
    _query: _Query

    def find(self, document: Any) -> tuple[Node, ...]:
        return tuple(_run(self._query, document, document))

    @property
    def singular(self) -> bool:
        """True when the query can select at most one node (names and indexes only)."""
        return self._query.singular


def compile_path(text: str) -> JSONPath:
    """Parse ``text`` as an RFC 9535 JSONPath query; raises ``JSONPathSyntaxError`` naming the position."""
    if not isinstance(text, str):
        raise JSONPathSyntaxError("a JSONPath query is a string", 0)
    return JSONPath(text, _Parser(text).parse())
