"""Static runtime files are copied verbatim without black, so they must be stored black-formatted."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.format.verify import FORMATTED_STATIC, is_formatted_static
from generator.codegen.template_set import BUILTIN_TEMPLATES

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})
STATIC = sorted(
    p for p in BUILTIN_TEMPLATES.rglob("*.py")
    if is_formatted_static(p.relative_to(BUILTIN_TEMPLATES).as_posix()) and "__pycache__" not in p.parts
)


def test_every_trusted_static_folder_has_files() -> None:
    for prefix in FORMATTED_STATIC:
        assert any(p.relative_to(BUILTIN_TEMPLATES).as_posix().startswith(prefix) for p in STATIC), prefix


@pytest.mark.parametrize("path", STATIC, ids=lambda p: p.relative_to(BUILTIN_TEMPLATES).as_posix())
def test_static_runtime_file_is_black_formatted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert black.format_str(text, mode=MODE) == text, f"run black -l 100 -t py310 on {path}"
