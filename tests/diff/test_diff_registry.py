"""Every rule the engine can emit is registered (with one level), and every registered rule can be emitted."""

from __future__ import annotations

import ast
from pathlib import Path

import generator.diff as diff_pkg
from generator.diff.rules import RULES, rules_table

SOURCES = sorted(p for p in Path(diff_pkg.__file__).parent.glob("*.py") if p.name != "rules.py")
_EMITTERS = {"emit", "Finding", "_change"}


def _literals() -> tuple[set[str], set[str]]:
    """(ids passed to emitters or assigned to ``rule``, every string constant in the engine)."""
    emitted: set[str] = set()
    constants: set[str] = set()
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in _EMITTERS and isinstance(node.args[0].value, str):
                    emitted.add(node.args[0].value)
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "rule" for t in node.targets):
                compared = {id(c) for n in ast.walk(node.value) if isinstance(n, ast.Compare) for c in ast.walk(n)}
                for sub in ast.walk(node.value):
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and id(sub) not in compared:
                        emitted.add(sub.value)
    return emitted, constants


def test_every_emitted_rule_is_registered() -> None:
    emitted, _ = _literals()
    assert emitted, "the scan found no emitted rule ids"
    assert emitted - set(RULES) == set()


def test_every_registered_rule_appears_in_the_engine() -> None:
    _, constants = _literals()
    assert set(RULES) - constants == set()


def test_rules_table_is_complete_sorted_and_explained() -> None:
    table = rules_table()
    assert {r.id for r in table} == set(RULES) and len(table) == len(RULES)
    assert all(r.summary.endswith(".") and r.level in ("breaking", "warning", "info") for r in table)
    wire = sum(r.scope == "wire" for r in table)
    assert [r.scope for r in table] == ["wire"] * wire + ["sdk"] * (len(table) - wire)
    assert all(r.id.startswith("sdk-") == (r.scope == "sdk") for r in table)
    assert not any(r.addition and r.level != "info" for r in table)
