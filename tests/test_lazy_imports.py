"""A generate from a JSON spec does not import what only YAML specs, ignore files, ``file:`` refs or a black
process pool need: each of those imports costs a cold run 5-25 ms. Nor what only a Swagger 2.0 input, a
changed ``multipleOf`` or another command needs (1-2 ms each, of a regeneration's ~0.3 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "shared" / "pocketsflow" / "docs.json"
OTHER_COMMANDS = ("generator.cli.diff", "generator.cli.explain", "generator.cli.fetch", "generator.cli.templates",
                  "generator.cli.validate", "generator.cli.watch")
OPTIONAL = ("yaml", "pathspec", "urllib.request", "concurrent.futures", "black", "fractions",
            "generator.normalize.swagger2_document", *OTHER_COMMANDS)

_PROBE = f"""
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted(m for m in {OPTIONAL!r} if m in sys.modules))))
sys.argv = ["pfgen", "-q", "generate", sys.argv[1], "-o", sys.argv[2]]
from generator.launch import main
main()
"""


def _imported(tmp_path: Path, output: str) -> set[str]:
    # In one process (no validation worker), with the validation cached by a first run: what is left is
    # exactly what generating imports.
    env = dict(os.environ, PFGEN_SERIAL="1", PFGEN_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", _PROBE, str(SPEC), str(tmp_path / output)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_a_json_generate_imports_none_of_the_optional_modules(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text("")
    _imported(tmp_path, "first")  # fills the validation cache (openapi-spec-validator imports PyYAML)
    found = _imported(tmp_path, "second")
    assert not found & {"yaml", "urllib.request", "concurrent.futures", "fractions",
                        "generator.normalize.swagger2_document", *OTHER_COMMANDS}
    if "black" not in found:  # black itself brings pathspec when a file needs it
        assert "pathspec" not in found


def test_an_ignore_file_brings_its_matcher(tmp_path: Path) -> None:
    """The probe can see an import: with a .pfgenignore, pathspec is loaded."""
    (tmp_path / "pfgen.toml").write_text("")
    _imported(tmp_path, "out")
    (tmp_path / "out" / ".pfgenignore").write_text("README.md\n")
    assert "pathspec" in _imported(tmp_path, "out")
