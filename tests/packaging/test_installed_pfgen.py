"""pfgen works when installed, not only from its checkout: a wheel and an sdist are built, each is installed into
a fresh virtual environment, and that environment's ``pfgen`` generates a client (from a folder outside the
repository, so nothing can be found through the checkout) that then imports and builds a client object."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "causes" / "causes.yaml"


def _run(cmd: list[str], cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(cmd)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    source = tmp_path_factory.mktemp("source")
    # Build from a copy of what git tracks, as a release would (no caches, no venv, no generated output).
    files = _run(["git", "ls-files", "-z"], ROOT).stdout.split("\0")
    for name in filter(None, files):
        if name.startswith(("generated/", "tests/", "bench/", "specs/")):
            continue
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(source)], source)
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_installed_pfgen_generates_an_importable_client(kind: str, dists: dict[str, Path], tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env)
    python = env / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "-q", str(dists[kind]), "pydantic>=2.7,<3"], tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy2(SPEC, work / "causes.yaml")
    _run([str(env / "bin" / "pfgen"), "generate", "causes.yaml", "--output", "out", "--package-name", "causes",
          "--lenient"], work)
    assert not (work / "out" / "templates").exists()
    _run([str(python), "-c", "import causes; causes.Causes(credentials={'basicAuth': ('u', 'p')}); print('ok')"],
         work / "out")
    templates = _run([str(python), "-c", "from generator.codegen.template_set import BUILTIN_TEMPLATES as t; print(t)"],
                     work).stdout.strip()
    assert str(env) in templates and "_templates" in templates, templates  # found inside the installed package
