"""Read one generated statement into the leaves ``linesplit`` lays out, with what black's parse tree tells.

Black decides where to split from its parse tree: which brackets are calls or displays, which commas separate
arguments, where it puts invisible parentheses (around assigned values, annotations, returned values, return
annotations and union parameter annotations), and the whitespace between tokens. This reader recognises the
small grammar pfgen's templates write (see ``linesplit``) and records exactly those facts; anything outside
it raises ``Unsupported``.
"""

from __future__ import annotations

import re

from generator.format.lines import (
    ASYNC,
    AWAIT,
    COLON,
    COMMA,
    DOT,
    DOUBLESTAR,
    EQUAL,
    LBRACE,
    LPAR,
    LSQB,
    NAME,
    NUMBER,
    RARROW,
    RBRACE,
    RPAR,
    RSQB,
    STAR,
    STRING,
    VBAR,
    Leaf,
    Unsupported,
)
from generator.format.linesplit import split_statement

_TOKEN = re.compile(
    r'\s*(?:(?P<string>"(?:[^"\\\n]|\\[^\'"\n])*")'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w.]))"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?![\"'])"
    r"|(?P<op>->|\*\*|\.\.\.|[()\[\]{},:=|.*]))"
)
_KEYWORDS = frozenset((
    "and", "as", "assert", "break", "continue", "del", "elif", "else", "except", "finally", "for", "from",
    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "try", "while",
    "with", "yield", "print", "exec",
))
_SOFT_KEYWORDS = frozenset(("match", "case", "type"))
_AFTER_MINUS = frozenset(("(", "[", "{", ",", "=", ":", "->", "return"))
_Token = tuple[str, str]  # (kind, text)


def tokenize(text: str) -> list[_Token]:
    if not text.isascii() or _has_comment(text):
        raise Unsupported("comment or non-ASCII text")
    tokens: list[_Token] = []
    pos = 0
    end = len(text.rstrip())
    while pos < end:
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise Unsupported(f"unknown token at {pos}")
        pos = match.end()
        kind = match.lastgroup or ""
        value = match.group(kind)
        if kind == "number" and value.startswith("-") and tokens and tokens[-1][1] not in _AFTER_MINUS:
            raise Unsupported("binary minus")
        if kind == "name" and value in _KEYWORDS:
            raise Unsupported(f"keyword {value}")
        tokens.append((kind, value))
    return tokens


_STRING_BODIES = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def _has_comment(text: str) -> bool:
    """A ``#`` or a single quote outside double-quoted strings (a comment, or a string black may requote)."""
    bare = _STRING_BODIES.sub('""', text)
    return "#" in bare or "'" in bare


class StatementReader:
    """Recursive descent over the tokens of one statement, emitting leaves."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.leaves: list[Leaf] = []

    # -- helpers

    def peek(self, offset: int = 0) -> str:
        index = self.pos + offset
        return self.tokens[index][1] if index < len(self.tokens) else ""

    def peek_kind(self) -> str:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> _Token:
        if self.pos >= len(self.tokens):
            raise Unsupported("unexpected end")
        token = self.tokens[self.pos]
        if expected is not None and token[1] != expected:
            raise Unsupported(f"expected {expected}")
        self.pos += 1
        return token

    def consume(self, type_: str, value: str, prefix: str, kind: str = "") -> Leaf:
        """Take the next token, which must be ``value``, and emit it."""
        self.take(value)
        return self.emit(type_, value, prefix, kind)

    def emit(self, type_: str, value: str, prefix: str, kind: str = "") -> Leaf:
        leaf = Leaf(type_, value, prefix, kind)
        self.leaves.append(leaf)
        return leaf

    def wrap(self, start: int) -> None:
        """Invisible parentheses around the leaves from ``start`` on (black's ``wrap_in_parentheses``)."""
        first = self.leaves[start]
        lpar = Leaf(LPAR, "", first.prefix, "atom")
        first.prefix = first.orig_prefix = ""
        self.leaves.insert(start, lpar)
        self.emit(RPAR, "", "", "atom")

    # -- statements

    def statement(self) -> list[Leaf]:
        head = self.peek()
        if head in _SOFT_KEYWORDS and self.peek_kind() == "name" and self.pos + 1 < len(self.tokens) and (
            self.tokens[self.pos + 1][0] != "op"
        ):
            raise Unsupported(f"soft keyword {head}")
        if head == "class":
            self.class_header()
        elif head in ("def", "async"):
            self.def_header()
        elif head == "return":
            self.consume(NAME, "return", "")
            if self.pos < len(self.tokens):
                self.value(" ")
        else:
            self.assignment_or_expression()
        if self.pos != len(self.tokens):
            raise Unsupported("trailing tokens")
        return self.leaves

    def value(self, prefix: str) -> None:
        """A value after ``=``, ``:`` or ``return``: in invisible parentheses unless it is a tuple display
        (parentheses around anything else become the invisible ones)."""
        start = len(self.leaves)
        kind = self.optional_parens(self.expr(prefix, redundant=True), start)
        if kind != "paren":
            self.wrap(start)

    def optional_parens(self, kind: str, start: int) -> str:
        """Black makes redundant parentheses in an optional-parentheses position invisible: what it then
        sees is the content in invisible parentheses, exactly what ``wrap`` writes."""
        if kind != "redundant":
            return kind
        lpar, rpar = self.leaves[start], self.leaves[-1]
        del self.leaves[-1]
        del self.leaves[start]
        self.leaves[start].prefix = self.leaves[start].orig_prefix = lpar.prefix
        del rpar
        return "redundant"

    def assignment_or_expression(self) -> None:
        if self.peek_kind() == "name" and self.peek(1) in (":", "=", "."):
            probe = self.pos
            while self.peek(1) == "." and self.tokens[self.pos][0] == "name":
                self.pos += 2
            is_target = self.peek_kind() == "name" and self.peek(1) in (":", "=")
            self.pos = probe
            if is_target:
                prefix = ""
                while True:
                    self.emit(NAME, self.take()[1], prefix)
                    prefix = ""
                    if self.peek() != ".":
                        break
                    self.consume(DOT, ".", "")
                if self.peek() == ":":
                    self.consume(COLON, ":", "")
                    self.value(" ")
                if self.peek() == "=":
                    self.consume(EQUAL, "=", " ")
                    self.value(" ")
                    if self.peek() == "=":
                        raise Unsupported("chained assignment")
                return
        self.expr("")

    def class_header(self) -> None:
        self.take("class")
        self.emit(NAME, "class", "")
        self.name(" ")
        if self.peek() == "(":
            self.take()
            if self.peek() == ")":
                raise Unsupported("empty class parentheses")
            self.emit(LPAR, "(", "", "class")
            self.arguments(")")
            self.take(")")
            self.emit(RPAR, ")", "", "class")
        self.take(":")
        self.emit(COLON, ":", "")

    def def_header(self) -> None:
        if self.peek() == "async":
            self.consume(ASYNC, "async", "")
            self.take("def")
            self.emit(NAME, "def", " ")
        else:
            self.take("def")
            self.emit(NAME, "def", "")
        self.name(" ")
        self.take("(")
        self.emit(LPAR, "(", "", "params")
        self.parameters()
        self.take(")")
        self.emit(RPAR, ")", "", "params")
        if self.peek() == "->":
            self.consume(RARROW, "->", " ")
            start = len(self.leaves)
            if self.optional_parens(self.expr(" ", redundant=True), start) == "paren":
                raise Unsupported("parenthesised return annotation")
            self.wrap(start)
        self.take(":")
        self.emit(COLON, ":", "")
        if self.peek() == "...":
            self.take()
            for prefix in (" ", "", ""):
                self.emit(DOT, ".", prefix, "ellipsis")

    def name(self, prefix: str) -> None:
        kind, value = self.take()
        if kind != "name":
            raise Unsupported("expected a name")
        self.emit(NAME, value, prefix)

    def parameters(self) -> None:
        prefix = ""
        while self.peek() != ")":
            token = self.peek()
            if token in ("*", "**"):
                self.take()
                star = self.emit(STAR if token == "*" else DOUBLESTAR, token, prefix)
                star.vararg = True
                if not (token == "*" and self.peek() == ","):  # a bare ``*`` marks keyword-only parameters
                    self.parameter("")
            else:
                self.parameter(prefix)
            prefix = self.list_comma(")", "parameter list")

    def list_comma(self, closing: str, what: str) -> str:
        """After one parameter or argument: its comma (an argument-list comma, which black counts double), or
        the closing bracket; the next item's prefix."""
        if self.peek() == ",":
            self.consume(COMMA, ",", "").arglist = True
        elif self.peek() != closing:
            raise Unsupported(what)
        return " "

    def parameter(self, prefix: str) -> None:
        self.name(prefix)
        annotated = self.peek() == ":"
        if annotated:
            self.consume(COLON, ":", "")
            start = len(self.leaves)
            kind = self.optional_parens(self.expr(" ", redundant=True), start)
            for leaf in self.leaves[start:]:
                leaf.annotation = True
            if kind == "paren":
                raise Unsupported("parenthesised annotation")
            if kind in ("union", "display", "redundant"):
                self.wrap(start)
                self.leaves[start].annotation = self.leaves[-1].annotation = True
        if self.peek() == "=":
            self.take()
            space = " " if annotated else ""
            self.emit(EQUAL, "=", space)
            self.expr(space)

    # -- expressions

    def expr(self, prefix: str, *, redundant: bool = False) -> str:
        """A ``|`` union of primaries; returns "union", "paren" (a tuple display), "redundant" (parentheses
        around one expression, only where ``redundant`` allows them), "display" (list, dict or set display)
        or "plain"."""
        kind = self.primary(prefix)
        if kind == "redundant" and (not redundant or self.peek() == "|"):
            raise Unsupported("redundant parentheses")
        if self.peek() != "|":
            return kind
        while self.peek() == "|":
            self.consume(VBAR, "|", " ")
            self.primary(" ")
        return "union"

    def primary(self, prefix: str) -> str:
        if self.peek() == "await":
            self.consume(AWAIT, "await", prefix)
            self.atom_with_trailers(" ")
            return "plain"
        return self.atom_with_trailers(prefix)

    def atom_with_trailers(self, prefix: str) -> str:
        kind = self.atom(prefix)
        while self.peek() in ("(", "[", "."):
            kind = "plain"
            token = self.take()[1]
            if token == ".":
                self.emit(DOT, ".", "")
                self.name("")
            elif token == "(":
                self.emit(LPAR, "(", "", "trailer")
                self.arguments(")")
                self.take(")")
                self.emit(RPAR, ")", "", "trailer")
            else:
                if self.peek() == "]":
                    raise Unsupported("empty subscript")
                self.emit(LSQB, "[", "", "trailer")
                self.items("]", arglist=False)
                self.take("]")
                self.emit(RSQB, "]", "", "trailer")
        return kind

    def atom(self, prefix: str) -> str:
        kind, value = self.take()
        if kind == "name":
            if value in ("def", "class", "return", "async", "await"):
                raise Unsupported(f"keyword {value}")
            self.emit(NAME, value, prefix)
            return "plain"
        if kind == "number":
            self.emit(NUMBER, value, prefix)
            return "plain"
        if kind == "string":
            self.emit(STRING, value, prefix)
            if self.peek_kind() == "string":
                raise Unsupported("implicit concatenation")
            return "plain"
        if value == "(":
            self.emit(LPAR, "(", prefix, "atom")
            count, commas = self.items(")", arglist=False)
            self.take(")")
            self.emit(RPAR, ")", "", "atom")
            return "redundant" if count == 1 and commas == 0 else "paren"
        if value == "[":
            self.emit(LSQB, "[", prefix, "atom")
            self.items("]", arglist=False, stars=True)
            self.take("]")
            self.emit(RSQB, "]", "", "atom")
            return "display"
        if value == "{":
            self.emit(LBRACE, "{", prefix, "atom")
            self.entries()
            self.take("}")
            self.emit(RBRACE, "}", "", "atom")
            return "display"
        raise Unsupported(f"unexpected {value}")

    def items(self, closing: str, *, arglist: bool, stars: bool = False) -> tuple[int, int]:
        count = commas = 0
        prefix = ""
        while self.peek() != closing:
            if stars and self.peek() == "*":
                self.consume(STAR, "*", prefix).vararg = True
                self.expr("")
            else:
                self.expr(prefix)
            count += 1
            if self.peek() == ",":
                self.consume(COMMA, ",", "").arglist = arglist
                commas += 1
                prefix = " "
            elif self.peek() != closing:
                raise Unsupported("item list")
        return count, commas

    def arguments(self, closing: str) -> None:
        prefix = ""
        while self.peek() != closing:
            token = self.peek()
            if token in ("*", "**"):
                self.take()
                self.emit(STAR if token == "*" else DOUBLESTAR, token, prefix).vararg = True
                self.expr("")
            elif self.peek_kind() == "name" and self.peek(1) == "=":
                self.name(prefix)
                self.consume(EQUAL, "=", "")
                self.expr("")
            else:
                self.expr(prefix)
            prefix = self.list_comma(closing, "argument list")

    def entries(self) -> None:
        prefix = ""
        while self.peek() != "}":
            if self.peek() == "**":
                self.consume(DOUBLESTAR, "**", prefix).vararg = True
                self.expr("")
            else:
                self.expr(prefix)
                if self.peek() == ":":
                    self.consume(COLON, ":", "")
                    self.expr(" ")
            if self.peek() == ",":
                self.consume(COMMA, ",", "")
                prefix = " "
            elif self.peek() != "}":
                raise Unsupported("dict entries")


def read_statement(text: str) -> list[Leaf]:
    """The leaves of the one statement in ``text`` (its lines joined), or ``Unsupported``."""
    return StatementReader(tokenize(text)).statement()


def layout_statement(lines: list[str], indent: int) -> list[str] | None:
    """Black's lines for the statement written on ``lines`` at ``indent`` spaces, or None when the statement is
    outside the grammar (black formats it then)."""
    if indent % 4:
        return None
    try:
        first, added_comma = split_statement(read_statement("\n".join(lines)), indent // 4)
        if not added_comma:
            return first
        # Black formats twice when the first pass changed anything. The second pass reads the same tree except
        # for the trailing commas the first one added, which are magic now and can make it choose other
        # brackets (``black.format_str``); without added commas it would return the first pass unchanged.
        return split_statement(read_statement("\n".join(first)), indent // 4)[0]
    except Unsupported:
        return None


def layout_chunk(items: list[tuple[list[str], int]]) -> list[list[str] | None]:
    """``layout_statement`` for each ``(lines, indent)`` (a process pool's unit of work)."""
    return [layout_statement(lines, indent) for lines, indent in items]
