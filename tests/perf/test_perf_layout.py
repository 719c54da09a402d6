"""The layout helpers write exactly what black writes, around the line-length boundary where black changes its mind.

Each case builds one statement with ``generator.codegen.layout`` (or a literal with ``generator.codegen.escape``),
places it in a module at its indentation, and asserts that black leaves the module unchanged. Names are swept
across lengths so that the flat form, the split at the last bracket, the parenthesised value, the parenthesised
annotation and the one-per-line forms are all exercised.
"""

from __future__ import annotations

import black
import pytest
from black.mode import TargetVersion

from generator.codegen import layout as L
from generator.format.verify import suspects
from generator.codegen.escape import docstring, docstring_body, py_literal, py_str

MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)
LENGTHS = (4, 20, 40, 55, 62, 68, 72, 76, 80, 84, 88, 92, 96)


def name(n: int, stem: str = "field") -> str:
    return (stem + "_abcdefghijklmnopqrstuvwxyz" * 8)[:n]


def pascal(n: int) -> str:
    return ("Model" + "AbcdefghijKlmnopqrstUvwxyz" * 8)[:n]


def in_class(lines: list[str]) -> str:
    return "class A:\n" + "\n".join(lines) + "\n"


def in_method(lines: list[str], indent: int) -> str:
    """``lines`` as arguments at ``indent`` inside calls nested in a method (``return g(`` / ``h(`` / ...)."""
    head = ["class A:", "    def f(self):", "        return g("]
    tails = ["        )"]
    for depth in range(12, indent, 4):
        head.append(" " * depth + "h(")
        tails.insert(0, " " * depth + "),")
    return "\n".join(head + lines + tails) + "\n"


def assert_black_keeps(source: str) -> None:
    """Black leaves ``source`` alone, or the layout declined the shape (left a long line) and the format
    stage's check notices it, so black runs there."""
    formatted = black.format_str(source, mode=MODE)
    if formatted != source:
        assert suspects(source) != [], f"black changes this, and the fast path would not notice:\n{source}"
        assert any(len(line) > 100 for line in source.splitlines()), source


@pytest.mark.parametrize("n", LENGTHS)
@pytest.mark.parametrize("m", (8, 30, 50, 70))
def test_field_with_field_call(n: int, m: int) -> None:
    value = L.call("Field", ["default=None", f"alias={py_str(name(m, 'wire'))}"])
    lines = L.assignment_lines(f"{name(n)}: {pascal(m)} | None", value, 4, annotated=True)
    assert_black_keeps(in_class(lines))


@pytest.mark.parametrize("n", LENGTHS)
@pytest.mark.parametrize("m", (8, 40, 60, 75))
def test_field_with_plain_default(n: int, m: int) -> None:
    lines = L.assignment_lines(f"{name(n)}: {pascal(m)} | None", "None", 4, annotated=True)
    assert_black_keeps(in_class(lines))


@pytest.mark.parametrize("n", LENGTHS)
def test_union_annotation_without_value(n: int) -> None:
    annotation = " | ".join(pascal(n // 2 + 10) for _ in range(3)) + " | None"
    assert_black_keeps(in_class(L.annotation_lines(name(n), annotation, 4)))


@pytest.mark.parametrize("n", LENGTHS)
@pytest.mark.parametrize("m", (10, 50, 80))
def test_parameter_lines(n: int, m: int) -> None:
    params = ["self", "*", f"{name(n)}: {pascal(m)} | NotGiven = NOT_GIVEN", "**options: Unpack[CallOptions]"]
    lines = ["    def method(", *(line for p in params for line in L.param_lines(p, 8)), "    ) -> None:", "        pass"]
    assert_black_keeps(in_class(lines))


def _literal(count: int, width: int) -> str:
    return "Literal[" + ", ".join(py_str(name(width, f"v{i}_")) for i in range(count)) + "]"


@pytest.mark.parametrize("n", (10, 40, 70))
@pytest.mark.parametrize("count", (1, 2, 3, 6, 12))
@pytest.mark.parametrize("width", (4, 9, 14, 30, 90))
def test_parameter_with_a_long_literal_member(n: int, count: int, width: int) -> None:
    """``name: Enum | Literal[...] | NotGiven = NOT_GIVEN``: the union split before each ``|``, and a member
    still too long split at its subscript (elements on one line, or one per line)."""
    for annotation in (f"{pascal(n // 2 + 6)} | {_literal(count, width)}",
                       f"list[{pascal(n // 2 + 6)} | {_literal(count, width)}]"):  # a union inside a subscript
        param = f"{name(n)}: {annotation} | NotGiven = NOT_GIVEN"
        lines = ["    def method(", *L.param_lines("self", 8), *L.param_lines("*", 8), *L.param_lines(param, 8),
                 "    ) -> None:", "        pass"]
        assert_black_keeps(in_class(lines))


@pytest.mark.parametrize("n", (10, 40, 70))
@pytest.mark.parametrize("count", (2, 5, 12))
@pytest.mark.parametrize("width", (4, 14, 30))
def test_field_with_a_long_literal_member(n: int, count: int, width: int) -> None:
    annotation = f"list[{pascal(n // 2 + 6)}] | {_literal(count, width)} | None"
    assert_black_keeps(in_class(L.annotation_lines(name(n), annotation, 4)))
    assert_black_keeps(in_class(L.assignment_lines(f"{name(n)}: {annotation}", "None", 4, annotated=True)))


@pytest.mark.parametrize("count", (1, 2, 5, 9))
@pytest.mark.parametrize("n", (5, 30, 60))
@pytest.mark.parametrize("indent", (16, 20))
def test_request_options(count: int, n: int, indent: int) -> None:
    query = L.list_of((L.call("QueryParam", [py_str(name(n, "wire")), name(n)]) for _ in range(count)), prefix="query=")
    path = L.dict_of(((py_str(name(n, "key")), name(n)) for _ in range(count)), prefix="path_params=")
    security = L.kw("security", L.tuple_of([L.tuple_of([py_str("BasicAuth")], trailing_comma=True)] * min(count, 2),
                                           trailing_comma=True))
    lines = [line for o in (query, path, security, "**options") for line in L.element_lines(o, indent, ",")]
    assert_black_keeps(in_method(lines, indent))


@pytest.mark.parametrize("n", LENGTHS)
def test_module_constant_call(n: int) -> None:
    value = L.call("Pagination", ['style="page"', L.kw("items_path", L.tuple_of([py_str(name(n // 3 + 1))])),
                                  f"page_param={py_str(name(n // 2 + 1))}"])
    assert_black_keeps("\n".join(L.assignment_lines(f"_{name(n).upper()}_PAGINATION", value, 0)) + "\n")


@pytest.mark.parametrize("n", LENGTHS + (100, 110))
def test_attribute_assignment_and_return(n: int) -> None:
    target = f"self.{name(n)}"
    value = L.call("to_raw_response_wrapper", [f"resource.{name(n)}"])
    lines = ["    def __init__(self, resource):", *L.assignment_lines(target, value, 8)]
    lines += ["", "    def g(self):", *L.statement_lines(L.call(pascal(n), [f"self._client.{name(n)}"]), 8, "return")]
    assert_black_keeps(in_class(lines))


@pytest.mark.parametrize("n", LENGTHS)
def test_property_header_and_import(n: int) -> None:
    lines = ["    @property", *L.def_lines(f"def {name(n)}", ["self"], f" -> {pascal(n)}:", 4)]
    lines += [*L.import_lines(f".resources.{name(n)}", [pascal(n)], 8), "", f"        return {pascal(20)}(self)"]
    assert_black_keeps(in_class(lines))


@pytest.mark.parametrize("count", (1, 3, 30))
def test_all_and_imports(count: int) -> None:
    names = [pascal(12 + i % 30) + str(i) for i in range(count)]
    source = "\n".join(L.import_lines("..types.module", names)) + "\n\n"
    source += "\n".join(L.assignment_lines("__all__", L.list_of(py_str(n) for n in names))) + "\n"
    assert_black_keeps(source)


@pytest.mark.parametrize("n", LENGTHS)
def test_enum_member(n: int) -> None:
    assert_black_keeps(in_class(L.assignment_lines(name(n).upper(), py_str(name(n)), 4)))


NASTY = [
    "plain",
    'starts with "a quote',
    '"quoted"',
    "ends with a backslash \\",
    "line one\n   indented continuation\n      more",
    "line one\n\tTabbed\n\tlines",
    "first\n\n\nsecond\n",
    "   leading and trailing   ",
    "x" * 120,
    "short\n" + "y" * 97,
    "short\n" + "y" * 95,
    'triple """ inside',
    "nul \x00 and \u2028",
    "caf\u00e9 \u4e2d\u6587",
]


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("indent", (0, 4, 8))
def test_docstrings(text: str, indent: int) -> None:
    body = docstring(docstring_body(text), indent)
    if indent == 0:
        source = f'"""{body}"""\n'
    elif indent == 4:
        source = f'class A:\n    """{body}"""\n'
    else:
        source = f'class A:\n    def f(self):\n        """{body}"""\n'
    assert_black_keeps(source)


@pytest.mark.parametrize(
    "value",
    ["a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\x00\u2028", 1e20, 1.5e-5, 0.1, -3, 10**30, True,
     None, [1, "a"], {"k": ("v",)}, float("nan")],
)
def test_literals(value: object) -> None:
    assert_black_keeps(f"x = {py_literal(value)}\n")


# --- the cheap test trusts only what black leaves alone --------------------------------------------------------


def _long_head_corpus() -> list[str]:
    """Statements whose first line black cannot shorten (a long method name), in the shapes the templates
    write, for name lengths on both sides of the line length: raw-response assignments, exploded signatures
    with and without trailing commas, and signatures whose parameters share one line."""
    texts: list[str] = []
    for n in range(60, 130, 4):
        method = name(n, "op")
        for callee in ("to_raw_response_wrapper", "w"):
            for arg in (f"resource.{method}", "r"):
                lines = L.assignment_lines(f"self.{method}", L.call(callee, [arg]), 8)
                texts.append("class A:\n    def f(self, resource):\n" + "\n".join(lines) + "\n")
        for keyword in ("def", "async def"):
            head = f"    {keyword} {method}("
            texts.append(in_class([head, "        self,", "        id: str,", "    ) -> None:", "        pass"]))
            texts.append(in_class([head, "        self,", "        id: str,", "    ) -> None: ..."]))
            if len(head) > 100:  # split without a magic comma: only written when the head alone is too long
                texts.append(in_class([head, "        self,", "        id: str", "    ) -> None:", "        pass"]))
                texts.append(in_class([head, "        self, id: str", "    ) -> None:", "        pass"]))
            texts.append(in_class(L.def_lines(f"{keyword} {method}", ["self", "id: str"], " -> None:", 4)
                                  + ["        pass"]))
    return texts


@pytest.mark.parametrize("text", _long_head_corpus())
def test_cheap_test_trusts_a_long_head_only_when_black_agrees(text: str) -> None:
    if suspects(text) == []:
        assert black.format_str(text, mode=MODE) == text
