"""No built-in template writes a value inside quotes it did not make: text in a string or code-span context goes
through the escaping filter of that context (``py_str``, ``toml_str``, ``md_code``, ...), which makes the quotes
itself. A template that writes ``"{{ value }}"`` trusts the value to contain no quote, and spec text can."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.render.environment import make_environment

TEMPLATES = sorted(p for p in BUILTIN_TEMPLATES.rglob("*.jinja"))


def _quoted_expressions(env: jinja2.Environment, source: str, *, markdown: bool) -> list[tuple[int, str]]:
    """``(line, expression)`` for each ``{{ ... }}`` that stands inside a one-line string literal (Python, TOML)
    or inside a Markdown code span, as read from the template's own text around it."""
    found: list[tuple[int, str]] = []
    quote = ""          # the open quote of the literal text around us ("", '"', "'", '"""', "`")
    fence = False       # inside a ``` block (Markdown): backticks there are code, not spans
    expression: list[str] = []
    start_line = 0
    for lineno, kind, value in env.lex(source):
        if kind == "variable_begin":
            expression, start_line = [], lineno
            continue
        if kind == "variable_end":
            if quote and quote != '"""' and quote != "'''":
                found.append((start_line, "".join(v for v in expression if v.strip())))
            continue
        if kind != "data":
            if kind not in ("block_begin", "block_end", "comment_begin", "comment_end", "comment"):
                expression.append(value)
            continue
        i = 0
        while i < len(value):
            ch = value[i]
            if markdown:
                if value.startswith("```", i) and (i == 0 or value[i - 1] == "\n"):
                    fence = not fence
                    i = value.find("\n", i) + 1 or len(value)
                    continue
                if ch == "\n" and quote == "`":
                    quote = ""  # a code span never crosses a line in these templates
                elif ch == "`" and not fence:
                    quote = "" if quote == "`" else "`"
                i += 1
                continue
            if quote in ('"""', "'''"):
                if value.startswith(quote, i):
                    quote, i = "", i + 3
                    continue
            elif quote:
                if ch == "\\":
                    i += 2
                    continue
                if ch == quote:
                    quote = ""
                elif ch == "\n":
                    quote = ""  # an unterminated one-line literal: the next line starts fresh
            elif ch == "#":
                i = value.find("\n", i)
                if i < 0:
                    break
                continue
            elif value.startswith(('"""', "'''"), i):
                quote, i = value[i : i + 3], i + 3
                continue
            elif ch in "\"'":
                quote = ch
            i += 1
    return found


@pytest.mark.parametrize("path", TEMPLATES, ids=[str(p.relative_to(BUILTIN_TEMPLATES)) for p in TEMPLATES])
def test_no_value_is_written_inside_quotes(path: Path) -> None:
    env = make_environment()
    name = path.name
    if not name.endswith((".py.jinja", ".toml.jinja", ".md.jinja")):
        pytest.skip("not a Python, TOML or Markdown template")
    found = _quoted_expressions(env, path.read_text(encoding="utf-8"), markdown=name.endswith(".md.jinja"))
    assert not found, (
        f"{path.relative_to(BUILTIN_TEMPLATES)} writes values inside quotes it did not make (use the escaping "
        f"filter of the context instead, e.g. {{{{ value | py_str }}}}): {found}"
    )


def test_the_check_finds_what_it_looks_for() -> None:
    env = make_environment()
    assert _quoted_expressions(env, 'x = "{{ view.a }}"\n', markdown=False) == [(1, "view.a")]
    assert _quoted_expressions(env, "x = '{{ view.a }}'\n", markdown=False)
    assert _quoted_expressions(env, 'x = "a {{ v }} b"\n', markdown=False)
    assert _quoted_expressions(env, 'version = "{{ v }}"\n', markdown=False)
    assert not _quoted_expressions(env, 'x = {{ v | py_str }}  # "quoted"\n', markdown=False)
    assert not _quoted_expressions(env, '"""{{ v | docstring(0) }}"""\nx = {{ y }}\n', markdown=False)
    assert not _quoted_expressions(env, 'x = "\\"" + {{ v }}\n', markdown=False)
    assert _quoted_expressions(env, "- `{{ name }}`\n", markdown=True)
    assert not _quoted_expressions(env, "- {{ name | md_code }}\n", markdown=True)
    assert not _quoted_expressions(env, "```python\nx = {{ a }}\n```\n", markdown=True)
