"""The stub's templates hold layout only: no comparisons, arithmetic, concatenation, calls or ``{% set %}``."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from generator.render.environment import make_environment
from generator.codegen.template_set import BUILTIN_TEMPLATES

STUB_TEMPLATES = sorted((BUILTIN_TEMPLATES / "python-stub").rglob("*.jinja"))
FORBIDDEN = (nodes.Compare, nodes.BinExpr, nodes.Concat, nodes.Assign, nodes.AssignBlock, nodes.CondExpr, nodes.Call)


@pytest.mark.parametrize("path", STUB_TEMPLATES, ids=lambda p: str(p.relative_to(BUILTIN_TEMPLATES)))
def test_template_has_no_logic(path: Path) -> None:
    env = make_environment()
    tree = env.parse(path.read_text(encoding="utf-8"))
    found = [type(node).__name__ for node in tree.find_all(FORBIDDEN)]
    assert not found, f"{path.name} uses {found}"


def test_there_are_templates_to_check() -> None:
    assert len(STUB_TEMPLATES) >= 8
    assert isinstance(make_environment().undefined, type) and issubclass(
        make_environment().undefined, jinja2.StrictUndefined
    )
