"""Overlay ``target`` expressions: RFC 9535 JSONPath, parsed and evaluated by python-jsonpath in strict mode.

This module adapts the library to what Overlay needs: each match as a ``Node`` (its normalized path, i.e. member
names and array indexes from the root, and its value, in RFC 9535 order), and every bad query as one
``JSONPathSyntaxError`` naming the 0-based character position. Regular expressions in ``match``/``search`` are
I-Regexps (RFC 9485), checked and translated by the library's ``strict`` extra (``regex``, ``iregexp-check``).

python-jsonpath 2.2's strict mode still differs from RFC 9535 in the ways below, each of which changes what an
overlay selects or accepts; the small subclasses here put them right through the library's documented hooks
(lexer, parser and environment classes; ``compare``, ``getitem``), and tests/overlay/test_overlay_jsonpath.py
checks each one:

- extended syntax it still accepts is refused: ``<>``, list literals, comparing anything but a literal, a singular
  query or a function (``(@.a) == 1``, ``@.a == 1 == true``, ``!@.a == 1``), ``!!@.a``, ``!`` or ``&&``/``||`` on a
  literal or on a value function (``!count(@.*)``), a trailing comma in a function call, ``[:0-3]`` as ``[:0:-3]``;
- valid queries it refuses are accepted: ``[1,:2]`` (an index, then a slice), ``$..null``/``$..true`` (names),
  shorthand names beyond U+FFFF (``$.𝄞``);
- evaluation: ``@`` alone is the current node whatever its value (the library drops ``0``, ``''`` and ``false`` from
  ``[?@]`` and crashes in ``count(@)``); ``true`` is not the number 1 (the library has ``true < 2`` and
  ``[1] == [true]``); slices select nothing from strings; a string document is not parsed as JSON text; ``..`` has
  no 100-level nesting limit.

One leniency is kept on purpose, as the library has it: ``-`` in a shorthand name (``$.x-y``). RFC 9535 wants
``['x-y']``, but the Overlay 1.0 specification's own traits example writes ``@.x-oai-traits``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeGuard

import jsonpath as _lib
import jsonpath.filter as _ast
import jsonpath.token as _tok
from jsonpath.function_extensions import ExpressionType
from jsonpath.match import JSONPathMatch, NodeList
from jsonpath.selectors import FilterContext, IndexSelector, NameSelector
from jsonpath.stream import TokenStream
from jsonpath.token import Token

from generator.pointer import join

__all__ = ["JSONPath", "JSONPathSyntaxError", "Node", "compile_path", "to_pointer"]

PathPart = str | int
Path = tuple[PathPart, ...]


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


# ------------------------------------------------------------------------------------- the library, made RFC 9535


_COMPARISONS = {_tok.TOKEN_EQ, _tok.TOKEN_NE, _tok.TOKEN_LT, _tok.TOKEN_LE, _tok.TOKEN_GT, _tok.TOKEN_GE,
                _tok.TOKEN_LG}
_COMPARABLE = (_ast.FilterExpressionLiteral, _ast.Nil, _ast.FilterQuery, _ast.FunctionExtension)


def _neighbour(tokens: list[Token], start: int, step: int) -> Token | None:
    """The first non-blank token from ``start`` going in direction ``step``."""
    while 0 <= start < len(tokens):
        if tokens[start].kind != _tok.TOKEN_WHITESPACE:
            return tokens[start]
        start += step
    return None


class _Lexer(_lib.Lexer):
    # RFC 9535 name-first: ALPHA / "_" / %x80-D7FF / %xE000-10FFFF (the library stops at U+FFFF); "-" kept, see above.
    key_pattern = r"[a-zA-Z_\u0080-\ud7ff\ue000-\U0010ffff][a-zA-Z0-9_\-\u0080-\ud7ff\ue000-\U0010ffff]*"


class _CurrentNode(_ast.RelativeFilterQuery):
    """``@`` on its own. The library gives a scalar's bare value here, so ``[?@]`` drops ``0``, ``''`` and ``false``
    and ``count(@)`` / ``value(@)`` raise TypeError; RFC 9535 wants the one-node nodelist."""

    __slots__ = ()

    def evaluate(self, context: FilterContext) -> object:
        node = JSONPathMatch(filter_context=context.extra_context, obj=context.current, parent=None, path="@",
                             parts=(), root=context.root)
        return NodeList([node])


class _Parser(_lib.Parser):
    def parse_shorthand_selector(self, stream: TokenStream) -> Any:
        token = stream.current()
        if token.kind in (_tok.TOKEN_TRUE, _tok.TOKEN_FALSE, _tok.TOKEN_NIL):  # "$..null": a name, not a literal
            stream.next()
            return NameSelector(env=self.env, token=token, name=token.value)
        return super().parse_shorthand_selector(stream)

    def parse_relative_query(self, stream: TokenStream) -> Any:
        query = super().parse_relative_query(stream)
        assert isinstance(query, _ast.RelativeFilterQuery)
        return _CurrentNode(query.path) if query.path.empty() else query

    def parse_slice(self, stream: TokenStream) -> Any:
        token = stream.current()
        if token.kind == _tok.TOKEN_INT and stream.peek().kind == _tok.TOKEN_COMMA:
            # "[1,:2]": the library looks two tokens ahead for a ':' and takes this index for a slice's start
            if token.value.startswith("-0") or (token.value.startswith("0") and token.value != "0"):
                raise _lib.JSONPathSyntaxError("leading zero in index selector", token=token)
            stream.next()
            return IndexSelector(env=self.env, token=token, index=int(token.value))
        start = stream.pos
        selector = super().parse_slice(stream)
        colons = [t.kind for t in stream.tokens[start:stream.pos]].count(_tok.TOKEN_COLON)
        if selector.slice.step is not None and colons < 2:  # "[:0-3]": the library reads it as "[:0:-3]"
            raise _lib.JSONPathSyntaxError("expected ':' before a slice's step", token=stream.tokens[stream.pos - 1])
        return selector

    def parse_function_extension(self, stream: TokenStream) -> Any:
        expr = super().parse_function_extension(stream)
        last = _neighbour(stream.tokens, stream.pos - 2, -1)  # what precedes the closing ')'
        if last is not None and last.kind == _tok.TOKEN_COMMA:
            raise _lib.JSONPathSyntaxError("unexpected ',' before ')'", token=last)
        return expr

    def parse_list_literal(self, stream: TokenStream) -> Any:
        raise _lib.JSONPathSyntaxError("list literals are not JSONPath", token=stream.current())

    def parse_grouped_expression(self, stream: TokenStream) -> Any:
        opener, before = stream.current(), _neighbour(stream.tokens, stream.pos - 1, -1)
        expr = super().parse_grouped_expression(stream)
        after = _neighbour(stream.tokens, stream.pos, 1)
        if any(t is not None and t.kind in _COMPARISONS for t in (before, after)):
            raise _lib.JSONPathSyntaxError("a parenthesised expression cannot be compared", token=opener)
        return expr

    def parse_prefix_expression(self, stream: TokenStream) -> Any:
        token, operand = stream.current(), _neighbour(stream.tokens, stream.pos + 1, 1)
        expr = super().parse_prefix_expression(stream)
        assert isinstance(expr, _ast.PrefixExpression)
        grouped = operand is not None and operand.kind == _tok.TOKEN_LPAREN
        if not grouped and not isinstance(expr.right, (_ast.FilterQuery, _ast.FunctionExtension)):
            raise _lib.JSONPathSyntaxError("'!' applies to a query, a function or a parenthesised expression",
                                           token=token)
        self._check_test(expr.right, token)
        return expr

    def parse_infix_expression(self, stream: TokenStream, left: Any) -> Any:
        token = stream.current()
        if token.kind == _tok.TOKEN_LG:
            raise _lib.JSONPathSyntaxError("'<>' is not a JSONPath operator; use '!='", token=token)
        expr = super().parse_infix_expression(stream, left)
        assert isinstance(expr, _ast.InfixExpression)
        for operand in (expr.left, expr.right):
            if token.kind not in _COMPARISONS:
                self._check_test(operand, token)
            elif not isinstance(operand, _COMPARABLE):
                raise _lib.JSONPathSyntaxError(
                    "only a literal, a singular query or a function result can be compared", token=token)
        return expr

    def _check_test(self, expr: Any, token: Token) -> None:
        """``expr`` is an operand of ``!``, ``&&`` or ``||``: a query, a logical function or a logical expression."""
        if isinstance(expr, (_ast.FilterExpressionLiteral, _ast.Nil)):
            raise _lib.JSONPathSyntaxError("a literal on its own is not a test; compare it with something", token=token)
        func = self.env.function_extensions.get(expr.name) if isinstance(expr, _ast.FunctionExtension) else None
        if getattr(func, "return_type", None) == ExpressionType.VALUE:
            raise _lib.JSONPathSyntaxError(f"{expr.name}() gives a value; compare it with something", token=token)


def _is_array(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list) and not isinstance(value, NodeList)


def _same(a: object, b: object) -> bool:
    """JSON equality: ``true`` is not ``1``, also inside arrays and objects."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if _is_array(a) and _is_array(b):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if _is_array(a) or _is_array(b) or isinstance(a, dict) or isinstance(b, dict):
        return False
    return bool(a == b)


class _Environment(_lib.JSONPathEnvironment):
    lexer_class = _Lexer
    parser_class = _Parser
    max_recursion_depth = 10_000  # nesting depth for '..'; the default (100) is less than some documents have

    def getitem(self, obj: Any, key: Any) -> Any:
        if isinstance(obj, str) and isinstance(key, slice):
            return ()  # a slice selects array items only; the library also slices strings
        return super().getitem(obj, key)

    def compare(self, left: object, operator: str, right: object) -> bool:
        """Python's ``True == 1``, ``True < 2`` and ``[1] == [True]`` hold; JSON's (and RFC 9535's) do not."""
        if operator in ("&&", "||") or not any(isinstance(v, (bool, dict)) or _is_array(v) for v in (left, right)):
            return super().compare(left, operator, right)
        equal = _same(left, right)
        return {"==": equal, "!=": not equal, "<=": equal, ">=": equal}.get(operator, False)


_ENV = _Environment(strict=True)
_AT_INDEX = re.compile(r" at index (\d+)$")
_TOKEN_KIND = re.compile(r"'?\b(TOKEN_[A-Z_]+)\b'?")  # "expected TOKEN_COMMA, found 'TOKEN_DOT'"
_KIND_TEXT = {"ROOT": "'$'", "SELF": "'@'", "COMMA": "','", "DOT": "'.'", "COLON": "':'", "WILD": "'*'",
              "LBRACKET": "'['", "RBRACKET": "']'", "LPAREN": "'('", "RPAREN": "')'", "NAME": "a name",
              "EOF": "the end of the query"}


def _syntax_error(exc: _lib.JSONPathError, text: str) -> JSONPathSyntaxError:
    """The library's error as one line and a position (its own ``str()`` is a multi-line caret diagram)."""
    message = str(exc.args[0]) if exc.args else type(exc).__name__
    message = _TOKEN_KIND.sub(lambda m: _KIND_TEXT.get(m[1][6:], m[1][6:].lower().replace("_", " ")), message)
    token = exc.token or next((a for a in exc.args if isinstance(a, Token)), None)
    at = _AT_INDEX.search(message)
    if at is not None:
        message, position = message[:at.start()], int(at.group(1))
    elif token is None or token.kind == _tok.TOKEN_EOF or token.index < 0:
        position = len(text) if token is not None else 0
    elif token.kind in (_tok.TOKEN_SINGLE_QUOTE_STRING, _tok.TOKEN_DOUBLE_QUOTE_STRING):
        position = token.index - 1  # the library points inside the quotes; name the opening quote
    else:
        position = token.index
    return JSONPathSyntaxError(message, position)


# ----------------------------------------------------------------------------------------------------- public API


@dataclass(frozen=True, slots=True)
class JSONPath:
    """A compiled query; ``find`` is a pure function of the document."""

    text: str
    _query: _lib.JSONPath

    def find(self, document: Any) -> tuple[Node, ...]:
        if isinstance(document, str):  # the library would parse a string document as JSON text
            return (Node((), document),) if self._query.empty() else ()
        return tuple(Node(m.parts, m.obj) for m in self._query.finditer(document))

    @property
    def singular(self) -> bool:
        """True when the query can select at most one node (names and indexes only)."""
        return self._query.singular_query()


def compile_path(text: str) -> JSONPath:
    """Parse ``text`` as an RFC 9535 JSONPath query; raises ``JSONPathSyntaxError`` naming the position."""
    if not isinstance(text, str):
        raise JSONPathSyntaxError("a JSONPath query is a string", 0)
    try:
        query = _ENV.compile(text)
    except _lib.JSONPathError as exc:
        raise _syntax_error(exc, text) from None
    except ValueError as exc:  # python-jsonpath 2.2.2 lets int("1e2") escape for an index or slice like [1e2]
        literal = str(exc).rpartition(": ")[2].strip("'")
        raise JSONPathSyntaxError(f"an index is a plain integer, not {literal}", max(text.find(literal), 0)) from None
    assert isinstance(query, _lib.JSONPath)  # unions and intersections are not part of the strict syntax
    return JSONPath(text, query)
