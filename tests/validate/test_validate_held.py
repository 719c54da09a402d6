"""``validate.held``: a job for the resident validation worker names the document parts the worker holds
instead of sending them again. Oracle: the spec itself; what the worker reads must equal it exactly (every
document's data by fingerprint, text and the rest by value), job after job, across edits that keep most parts
(a ``reuse`` session's parses)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from generator import reuse
from generator.pipeline import SpecOptions, load_spec
from generator.resolve.model import ResolvedSpec
from generator.validate import held
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("_HELD", {}), ("_HELD_BY", 0), ("_TABLE", {}), ("_READING", {}), ("_JOB", 0)):
        monkeypatch.setattr(held, name, value)


def _same(read: ResolvedSpec, spec: ResolvedSpec) -> None:
    assert reuse.fingerprint(read.bundled) == reuse.fingerprint(spec.bundled)
    assert reuse.fingerprint(read.data) == reuse.fingerprint(spec.data)
    assert reuse.fingerprint(read.root.data) == reuse.fingerprint(spec.root.data)
    assert (read.root.text, read.root.uri, read.family, read.origins, read.diagnostics) == \
        (spec.root.text, spec.root.uri, spec.family, spec.origins, spec.diagnostics)
    assert (read.bundled is read.root.data) == (spec.bundled is spec.root.data)
    assert (read.data is read.bundled) == (spec.data is spec.bundled)
    assert len(read.documents) == len(spec.documents)


def _load(path: Path) -> ResolvedSpec:
    return load_spec(str(path), SpecOptions(lenient=True, validate=False)).resolved


def _documents() -> list[Path]:
    return [POCKETSFLOW_SPEC, *sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))]


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_jobs_read_as_the_specs_sent_edit_after_edit(tmp_path: Path, path: Path) -> None:
    data: dict[str, Any] = json.loads(json.dumps(_load(path).root.data, default=str))
    items = [v for _, v in sorted((data.get("paths") or {}).items()) if isinstance(v, dict)]
    if not items:
        pytest.skip("no path item to edit")
    spec_file = tmp_path / "spec.json"
    sizes: list[int] = []
    with reuse.session():
        for step in range(3):  # an edit of one path item each time, the rest of the document as it was
            items[step % len(items)]["x-pfgen-edit"] = step
            spec_file.write_text(json.dumps(data), encoding="utf-8")
            spec = _load(spec_file)
            blob = pickle.dumps(held.shrink(spec, worker=7), protocol=pickle.HIGHEST_PROTOCOL)
            sizes.append(len(blob))
            _same(pickle.loads(blob), spec)
    if len(items) > 3:
        text = len(pickle.dumps(spec.root.text, protocol=pickle.HIGHEST_PROTOCOL))  # sent in full each time
        assert all(size - text < (sizes[0] - text) / 2 for size in sizes[1:]), sizes  # named what the worker held


def test_a_worker_that_does_not_hold_what_a_job_names_fails_to_read_it(tmp_path: Path) -> None:
    spec_file = tmp_path / "spec.json"
    spec_file.write_bytes(POCKETSFLOW_SPEC.read_bytes())
    with reuse.session():
        spec = _load(spec_file)
        pickle.loads(pickle.dumps(held.shrink(spec, worker=7)))
        second = pickle.dumps(held.shrink(spec, worker=7))
    held._TABLE.clear()
    held._READING.clear()  # a new worker: it read nothing
    with pytest.raises(KeyError):
        pickle.loads(second)


def test_another_worker_gets_every_part_in_full(tmp_path: Path) -> None:
    spec_file = tmp_path / "spec.json"
    spec_file.write_bytes(POCKETSFLOW_SPEC.read_bytes())
    with reuse.session():
        spec = _load(spec_file)
        first = pickle.dumps(held.shrink(spec, worker=7))
        other = pickle.dumps(held.shrink(spec, worker=8))
    assert abs(len(other) - len(first)) < len(first) / 10
    held._TABLE.clear()
    held._READING.clear()
    _same(pickle.loads(other), spec)
