"""``format.linesplit`` splits a statement exactly as black does: black is the oracle.

Hypothesis writes random statements of the grammar the fast splitter accepts (assignments, annotations,
returns, calls, ``class``/``def`` headers; names, strings, numbers, calls, subscripts, ``|`` unions, displays,
keyword arguments, unpacking, magic trailing commas), with name lengths drawn around the line-length boundary
and at several indentation levels. For each one the splitter either declines (black formats it) or returns
exactly the lines black writes for that statement. ``PFGEN_LINESPLIT_EXAMPLES`` raises the example count.
"""

from __future__ import annotations

import os

import black
import pytest
from black.mode import TargetVersion
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.format.linetokens import layout_statement
from generator.format.verify import Statement, snippet_result

MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)
EXAMPLES = int(os.environ.get("PFGEN_LINESPLIT_EXAMPLES", "300"))

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@st.composite
def names(draw: st.DrawFn, pascal: bool = False) -> str:
    length = draw(st.sampled_from((1, 3, 8, 15, 24, 33, 45, 58, 70, 85)))
    seed = draw(st.integers(0, 25))
    text = "".join(_LETTERS[(seed + i * 7) % 26] for i in range(length))
    text = "n" + text[1:] if text[0].isdigit() else text
    return text.capitalize() if pascal else text


atoms = st.one_of(
    names(),
    names(pascal=True),
    st.builds(lambda a, b: f"{a}.{b}", names(), names()),
    st.builds(lambda n: f'"{n}"', names()),
    st.sampled_from(("None", "True", "1", "-2", "3.5", "NOT_GIVEN", "...")).filter(lambda v: v != "..."),
)


def _comma_list(items: list[str], trailing: bool) -> str:
    return ", ".join(items) + ("," if trailing and items else "")


def expressions() -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        argument = st.one_of(
            inner,
            st.builds(lambda n, v: f"{n}={v}", names(), inner),
            st.builds(lambda v: f"**{v}", names()),
        )
        return st.one_of(
            st.builds(lambda c, a, t: f"{c}({_comma_list(a, t)})", names(), st.lists(argument, max_size=4),
                      st.booleans()),
            st.builds(lambda c, a, t: f"{c}[{_comma_list(a, t)}]", names(pascal=True),
                      st.lists(inner, min_size=1, max_size=3), st.booleans()),
            st.builds(lambda parts: " | ".join(parts), st.lists(inner, min_size=2, max_size=6)),
            st.builds(lambda a, t: f"[{_comma_list(a, t)}]", st.lists(inner, max_size=4), st.booleans()),
            st.builds(lambda a, t: f"({_comma_list(a, t)})", st.lists(inner, min_size=2, max_size=4),
                      st.booleans()),
            st.builds(lambda a: f"({a},)", inner),
            st.builds(lambda k, t: "{" + _comma_list([f'"{a}": {b}' for a, b in k], t) + "}",
                      st.lists(st.tuples(names(), inner), max_size=3), st.booleans()),
            st.builds(lambda v: f"await {v}", inner),
        )

    return st.recursive(atoms, extend, max_leaves=12)


@st.composite
def parameters(draw: st.DrawFn) -> str:
    params = ["self"] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 4))):
        name = draw(names())
        annotation = draw(st.one_of(st.none(), expressions()))
        default = draw(st.one_of(st.none(), atoms))
        text = name + (f": {annotation}" if annotation else "")
        if default is not None:
            text += f" = {default}" if annotation else f"={default}"
        params.append(text)
    if draw(st.booleans()):
        params.insert(min(1, len(params)), "*")
        if len(params) == 1 or params[-1] == "*":
            params.append(draw(names()) + ": int")
    if draw(st.booleans()):
        params.append("**options: Unpack[CallOptions]")
    return _comma_list(params, draw(st.booleans()))


@st.composite
def statements(draw: st.DrawFn) -> tuple[str, bool]:
    """A one-line statement and whether it is a block header (needs a body)."""
    kind = draw(st.sampled_from(("assign", "annotated", "annotation", "return", "expression", "class", "def")))
    value = draw(expressions())
    if kind == "assign":
        return f"{draw(names())} = {value}", False
    if kind == "annotated":
        return f"{draw(names())}: {draw(expressions())} = {value}", False
    if kind == "annotation":
        return f"{draw(names())}: {value}", False
    if kind == "return":
        return f"return {value}", False
    if kind == "expression":
        return draw(expressions().filter(lambda e: "(" in e and not e.startswith(("(", "[", "{")))), False
    if kind == "class":
        bases = draw(st.lists(names(pascal=True), min_size=1, max_size=3))
        return f"class {draw(names(pascal=True))}({', '.join(bases)}):", True
    prefix = draw(st.sampled_from(("def", "async def")))
    returns = draw(st.one_of(st.none(), expressions()))
    head = f"{prefix} {draw(names())}({draw(parameters())})" + (f" -> {returns}" if returns else "") + ":"
    if draw(st.booleans()):
        return head + " ...", False
    return head, True


def black_lines(text: str, indent: int, header: bool) -> list[str] | None:
    """Black's lines for ``text`` at ``indent``, read back the way ``format`` reads them for a statement."""
    snippet = "".join("    " * level + "if _:\n" for level in range(indent // 4)) + " " * indent + text + "\n"
    if header:
        snippet += " " * (indent + 4) + "pass\n"
    try:
        formatted = black.format_str(snippet, mode=MODE)
    except black.InvalidInput:  # black refuses it: not a statement the splitter has to match
        return None
    return snippet_result(formatted, Statement(0, 0, indent, header))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(statement=statements(), level=st.integers(0, 3))
def test_linesplit_equals_black(statement: tuple[str, bool], level: int) -> None:
    text, header = statement
    indent = 4 * level
    mine = layout_statement([" " * indent + text], indent)
    if mine is None:
        return
    reference = black_lines(text, indent, header)
    if reference is None:
        return
    assert mine == reference, f"\n{text}\n--- linesplit\n" + "\n".join(mine) + "\n--- black\n" + "\n".join(reference)


@pytest.mark.parametrize(
    "text",
    [
        "x = 'single quotes'",
        "x = a + b",
        "x = f(a)  # comment",
        "x = [i for i in y]",
        "x = lambda: 1",
        "x = y[1:2]",
        'x = b"bytes"',
        "x = a if b else c",
        "x = not a",
    ],
)
def test_outside_the_grammar_is_left_to_black(text: str) -> None:
    assert layout_statement([text], 0) is None
