from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.codegen.escape import comment, docstring_body, py_literal

NASTY = [
    'ends with a quote"',
    'triple """ inside """',
    "backslash at the end \\",
    "{{ 7*7 }} and {% if x %}",
    "line\nbreaks\r\nand\rcarriage",
    "nul \x00 and bell \x07 and \u2028 separator",
    "'''single triple'''",
    '"""',
    "\\N{DIGIT ONE} is not an escape here",
    "",
]


@pytest.mark.parametrize("text", NASTY)
def test_docstring_body_is_always_a_valid_docstring(text: str) -> None:
    body = docstring_body(text)
    module = ast.parse(f'def f():\n    """{body}"""\n')
    func = module.body[0]
    assert isinstance(func, ast.FunctionDef)
    # The docstring is the only statement: nothing in the text escaped the string.
    assert len(func.body) == 1


def test_docstring_keeps_template_syntax_verbatim() -> None:
    assert docstring_body("{{ 7*7 }}") == "{{ 7*7 }}"


@pytest.mark.parametrize("text", NASTY)
def test_comment_is_one_line(text: str) -> None:
    assert "\n" not in comment(text)
    assert "\r" not in comment(text)


@pytest.mark.parametrize(
    "value",
    [None, True, 0, -3, 1.5, "x'\"\\", [1, "a", None], {"a": {"b": [True]}}, {"__import__('os')": 1}],
)
def test_py_literal_round_trips_through_literal_eval(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


def test_template_hash_ignores_tool_caches(tmp_path: Path) -> None:
    from generator.codegen.template_set import template_set_sha256

    (tmp_path / "python-client").mkdir()
    (tmp_path / "python-client" / "a.jinja").write_text("x")
    before = template_set_sha256.__wrapped__(tmp_path)
    (tmp_path / "python-client" / ".ruff_cache").mkdir()
    (tmp_path / "python-client" / ".ruff_cache" / "x").write_text("cache")
    (tmp_path / "python-client" / "__pycache__").mkdir()
    (tmp_path / "python-client" / "__pycache__" / "y.pyc").write_bytes(b"\0")
    assert template_set_sha256.__wrapped__(tmp_path) == before
    (tmp_path / "python-client" / "a.jinja").write_text("y")
    assert template_set_sha256.__wrapped__(tmp_path) != before
