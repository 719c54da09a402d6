"""Built-in templates hold layout, not logic (client and stub alike): no comparisons, arithmetic or ``%``
formatting, ``and``/``or``, concatenation, calls, conditional expressions or ``{% set %}``; an ``{% if %}`` tests
one view attribute (or its negation), and a conditional that only adds blank lines tests a view attribute, not
the loop. Whatever needs computing is computed in the views (``generator.plan``)."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.render.environment import make_environment

TEMPLATES = sorted(BUILTIN_TEMPLATES.rglob("*.jinja"))
FORBIDDEN = (nodes.Compare, nodes.BinExpr, nodes.Concat, nodes.Assign, nodes.AssignBlock, nodes.CondExpr, nodes.Call)


def _plain(test: nodes.Node) -> bool:
    """A view attribute or name, possibly negated: ``view.methods``, ``not d.docstring``."""
    if isinstance(test, nodes.Not):
        test = test.node
    return isinstance(test, (nodes.Getattr, nodes.Name))


def _blank_only(body: list[nodes.Node]) -> bool:
    return all(isinstance(n, nodes.Output) and all(isinstance(x, nodes.TemplateData) and not x.data.strip()
                                                    for x in n.nodes) for n in body)


def _uses_loop(test: nodes.Node) -> bool:
    return any(isinstance(n, nodes.Name) and n.name == "loop" for n in [test, *test.find_all(nodes.Name)])


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(BUILTIN_TEMPLATES)))
def test_template_has_no_logic(path: Path) -> None:
    tree = make_environment().parse(path.read_text(encoding="utf-8"))
    found = [f"{type(node).__name__} (line {node.lineno})" for node in tree.find_all(FORBIDDEN)]
    for node in tree.find_all(nodes.If):
        if not _plain(node.test):
            found.append(f"if-test {type(node.test).__name__} (line {node.lineno})")
        elif _blank_only(node.body) and not node.else_ and _uses_loop(node.test):
            found.append(f"blank-line conditional on the loop (line {node.lineno})")
    assert not found, f"{path.name} computes in the template: {found}"


def test_there_are_templates_to_check() -> None:
    assert len([p for p in TEMPLATES if "python-stub" in p.parts]) >= 8
    assert len([p for p in TEMPLATES if "python-client" in p.parts]) >= 8
    assert isinstance(make_environment().undefined, type) and issubclass(
        make_environment().undefined, jinja2.StrictUndefined
    )
