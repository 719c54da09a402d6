"""Our import and ``__all__`` orders are ruff's: a module written with them has no I001 / RUF022 finding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.plan.ordering import all_sort_key, import_member_key, import_module_key

NAMES = [
    "Model10", "Model2", "aB", "Ab", "APIError", "ApiZ", "API_X", "ab", "Zeta", "alpha", "beta2", "beta10",
    "AsyncAdyenCheckout", "AdyenCheckout", "AdyenCheckoutError", "APIConnectionError", "AULocal", "Asana",
    "AsyncAsana", "NOT_GIVEN", "NotGiven", "NoneType", "X", "x1", "X1", "_private", "A2B", "A10B",
]
MODULES = ["au_local", "additional", "model10", "model2", "Beta", "alpha", "b2b", "b10b"]


def test_orders_match_ruff(tmp_path: Path) -> None:
    members = ", ".join(sorted(NAMES, key=import_member_key))
    statements = "\n".join(
        f"from .{m} import {m}_thing" for m in sorted(MODULES, key=lambda m: import_module_key("." + m))
    )
    entries = ", ".join(f'"{n}"' for n in sorted(NAMES, key=all_sort_key))
    (tmp_path / "pyproject.toml").write_text('[tool.ruff]\nline-length = 1000\ntarget-version = "py310"\n')
    (tmp_path / "m.py").write_text(f"from os import {members}\n\n{statements}\n\n__all__ = [{entries}]\n")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "I001,RUF022", "m.py"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
