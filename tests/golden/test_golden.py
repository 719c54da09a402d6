"""Golden trees: generated output for our own specs, compared file by file.

Regenerate with ``python -m pytest tests/golden --update-golden`` and review the diff like any code change.
The expected trees must also pass ``mypy --strict``, ``ruff check`` and ``black --check``.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import load_config, resolve_target_defaults, select_target
from generator.pipeline import SpecOptions, load_spec
from generator.pipeline import render_target

GOLDEN = Path(__file__).resolve().parent
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "pfgen.toml").is_file())


def _spec(case: Path) -> Path:
    return next(p for p in sorted(case.glob("spec.*")))


def _render(case: Path) -> dict[str, bytes]:
    loaded = load_spec(str(_spec(case)), SpecOptions(lenient=True))
    config = load_config(case / "pfgen.toml", check_spec=False)
    target = resolve_target_defaults(
        select_target(config, None), api_title=str(loaded.resolved.data.get("info", {}).get("title", ""))
    )
    rendered = render_target(loaded, target, version="1.0.0")
    return {f.path: f.data() for f in rendered.files}


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
        and ".ruff_cache" not in p.parts
    }


@pytest.mark.parametrize("name", CASES)
def test_golden_tree(name: str, request: pytest.FixtureRequest) -> None:
    case = GOLDEN / name
    expected_dir = case / "expected"
    actual = _render(case)
    if request.config.getoption("--update-golden"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, data in actual.items():
            target = expected_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        pytest.skip(f"updated {expected_dir}")
    expected = _tree(expected_dir)
    problems: list[str] = []
    for path in sorted(set(expected) | set(actual)):
        if path not in actual:
            problems.append(f"- {path} is no longer generated")
        elif path not in expected:
            problems.append(f"+ {path} is new")
        elif actual[path] != expected[path]:
            diff = difflib.unified_diff(
                expected[path].decode().splitlines(), actual[path].decode().splitlines(),
                f"expected/{path}", f"actual/{path}", lineterm="", n=2,
            )
            problems.append("\n".join(list(diff)[:60]))
    assert not problems, (
        "generated output differs from the golden tree (run `python -m pytest tests/golden --update-golden` "
        "and review the diff):\n" + "\n".join(problems)
    )


def _tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("name", CASES)
def test_golden_tree_passes_mypy_ruff_black(name: str, tmp_path: Path) -> None:
    expected_dir = GOLDEN / name / "expected"
    work = tmp_path / "tree"
    shutil.copytree(expected_dir, work)
    black = _tool("black", "--check", "--quiet", ".", cwd=work)
    assert black.returncode == 0, black.stderr
    ruff = _tool("ruff", "check", "--no-cache", ".", cwd=work)
    assert ruff.returncode == 0, ruff.stdout
    packages = [p.name for p in work.iterdir() if (p / "__init__.py").is_file()]
    mypy = _tool("mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "mypy"), *packages, cwd=work)
    assert mypy.returncode == 0, mypy.stdout
