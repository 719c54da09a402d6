"""A regeneration that diffs against the previous spec's resolved data kept in the cache
(``release.spec.keep_resolved_data``) releases exactly what one that loads the stored copy again releases.

Oracle: the same regeneration of a copy of the same output with caching off. Every shared document, the Pocketsflow
document and a union-heavy one are generated, edited (the random edits of ``tests/test_reuse.py``, plus removing an
operation: a breaking change) and generated again, twice; every file of the two outputs (code, CHANGELOG.md, the
version, the manifest) must be identical, and the kept data must have been used.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import cli
from generator.release import prepare
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS
from tests.perf.union_spec import union_document
from tests.test_reuse import EDIT_KINDS, _remove_operation

_DOCS = sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))


def _load(name: str) -> dict[str, Any]:
    if name == "pocketsflow":
        return json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))
    if name == "unions":
        return union_document(seed=11, schemas=40)
    path = REAL_SPECS / name
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _generate(spec: Path, out: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(spec), "-o", str(out), "--lenient"], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", ["pocketsflow", "unions", *(p.relative_to(REAL_SPECS).as_posix() for p in _DOCS)])
def test_a_diff_from_kept_data_releases_what_a_fresh_load_releases(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(prepare, "FORK_DIFF_CHARS", 1 << 62)  # the previous side in this process, to see its calls
    calls: list[object] = []
    real = prepare.kept_resolved_data
    monkeypatch.setattr(prepare, "kept_resolved_data", lambda *a: calls.append(real(*a)) or calls[-1])
    rng = random.Random(name)
    doc = _load(name)
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    out, before = tmp_path / "out", tmp_path / "before"
    _generate(spec, out)
    for step in range(2):
        _remove_operation(doc, rng) if step else rng.choice(EDIT_KINDS)(doc, rng)
        spec.write_text(json.dumps(doc), encoding="utf-8")
        shutil.rmtree(before, ignore_errors=True)
        shutil.copytree(out, before)
        _generate(spec, out)
        kept = _files(out)
        shutil.rmtree(out)
        shutil.copytree(before, out)  # the same folder: its path is part of the configuration's hash
        with monkeypatch.context() as m:
            m.setenv("PFGEN_NO_CACHE", "1")
            _generate(spec, out)
        assert kept == _files(out), f"step {step}: the releases differ"
    assert any(c is not None for c in calls), "no regeneration diffed against kept data"


def test_kept_data_answers_only_its_own_key_and_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    from generator.release.spec import keep_resolved_data, kept_resolved_data

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    out, other = tmp_path / "out", tmp_path / "other"
    keep_resolved_data(out, ("sha-a", ()), {"openapi": "3.0.3", "x": [1, 1.0, True]})
    assert kept_resolved_data(out, ("sha-a", ())) == {"openapi": "3.0.3", "x": [1, 1.0, True]}
    assert [type(v) for v in kept_resolved_data(out, ("sha-a", ()))["x"]] == [int, float, bool]  # type: ignore[index]
    assert kept_resolved_data(out, ("sha-b", ())) is None      # other bytes in the output's copy
    assert kept_resolved_data(other, ("sha-a", ())) is None    # another output
    keep_resolved_data(out, ("sha-c", ()), {"when": datetime.date(2026, 12, 5)})  # not marshal's: not kept
    assert kept_resolved_data(out, ("sha-c", ())) is None
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    assert kept_resolved_data(out, ("sha-a", ())) is None
