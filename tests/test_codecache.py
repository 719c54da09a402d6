"""The ``pfgen`` entry point's cache of dataclass method code: used when present and trusted, never when
pfgen is imported as a library, and never changing what a dataclass does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys, dataclasses
from generator import codecache
codecache.install()
import generator.ir.model as m  # over twenty frozen dataclasses
t = m.TypeRef("ref", name="Pet")
assert t == m.TypeRef("ref", name="Pet") and hash(t) == hash(m.TypeRef("ref", name="Pet")) and "Pet" in repr(t)
try:
    t.name = "x"
except dataclasses.FrozenInstanceError:
    pass
else:
    raise SystemExit("frozen dataclass accepted an assignment")
compiled = len(codecache._added)
codecache.save()
print(compiled)
"""


def _run(code: str, cache: Path, **env: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PFGEN_CACHE_DIR": str(cache), **env})
    return result.stdout.strip()


def test_a_second_run_compiles_nothing_and_behaves_the_same(tmp_path: Path) -> None:
    assert int(_run(PROBE, tmp_path)) > 50
    assert _run(PROBE, tmp_path) == "0"
    (cached,) = (tmp_path / "code").iterdir()
    assert cached.stat().st_mode & 0o022 == 0


def test_a_file_others_can_write_is_ignored(tmp_path: Path) -> None:
    _run(PROBE, tmp_path)
    (cached,) = (tmp_path / "code").iterdir()
    cached.chmod(0o666)
    assert int(_run(PROBE, tmp_path)) > 50


def test_a_damaged_file_is_a_miss(tmp_path: Path) -> None:
    _run(PROBE, tmp_path)
    (cached,) = (tmp_path / "code").iterdir()
    cached.write_bytes(b"\x00garbage")
    cached.chmod(0o600)
    assert int(_run(PROBE, tmp_path)) > 50


def test_off_with_the_other_caches(tmp_path: Path) -> None:
    assert _run(PROBE, tmp_path, PFGEN_NO_CACHE="1") == "0"   # nothing routed through the cache at all
    assert not (tmp_path / "code").exists()


def test_importing_pfgen_as_a_library_leaves_dataclasses_alone(tmp_path: Path) -> None:
    code = "import dataclasses, generator.cli, generator.pipeline; print('exec' in vars(dataclasses))"
    assert _run(code, tmp_path) == "False"


def test_the_command_saves_it(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "generator", "--version"], check=True, capture_output=True,
                   env={**os.environ, "PFGEN_CACHE_DIR": str(tmp_path)})
    assert len(list((tmp_path / "code").iterdir())) == 1


TEMPLATE_PROBE = """
import sys
from generator import codecache
codecache.install()
first = codecache.compiled("value = 6 * 7", "/templates/a.jinja")
other = codecache.compiled("value = 6 * 7", "/templates/b.jinja")
namespace = {}
exec(first, namespace)
assert namespace["value"] == 42
assert (first.co_filename, other.co_filename) == ("/templates/a.jinja", "/templates/b.jinja")
print(len(codecache._added))
codecache.save()
"""


def test_template_code_comes_from_the_cache_by_source_and_file_name(tmp_path: Path) -> None:
    assert _run(TEMPLATE_PROBE, tmp_path) == "2"   # one entry per file name, though the source is the same
    assert _run(TEMPLATE_PROBE, tmp_path) == "0"


def test_template_code_is_compiled_when_pfgen_is_a_library(tmp_path: Path) -> None:
    code = ("from generator import codecache; c = codecache.compiled('x = 1', 'f.jinja');"
            " print(c.co_filename, codecache._added == {})")
    assert _run(code, tmp_path) == "f.jinja True"
