"""One-shot commands keep ``digests.file_sha256``'s memo across runs (``digests.kept_across_runs``): a
regeneration does not read an output's files whose status is the one a digest was taken of, under git's "racy
clean" rule. The oracle is the hand-edit check: an edit that keeps a file's size and modification time (only its
status-change time moves) is still found."""

from __future__ import annotations

import json
import marshal
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import digests
from generator.cli import cli
from tests.conftest import POCKETSFLOW_SPEC


def _generate(spec: Path, out: Path, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["generate", str(spec), "-o", str(out), *extra], catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, dict[str, object]]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    spec = tmp_path / "spec.json"
    doc = json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))
    spec.write_text(json.dumps(doc), encoding="utf-8")
    return spec, tmp_path / "out", doc


def _edit(spec: Path, doc: dict[str, object], text: str) -> None:
    doc["info"]["description"] = text  # type: ignore[index]
    spec.write_text(json.dumps(doc), encoding="utf-8")


def _remembered(tmp_path: Path) -> dict[str, object]:
    (memo,) = (tmp_path / "cache" / "digests").iterdir()
    files: dict[str, object] = marshal.loads(memo.read_bytes())["files"]
    return files


def test_a_regeneration_reads_only_files_whose_status_changed(
        project: tuple[Path, Path, dict[str, object]], monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out, doc = project
    assert _generate(spec, out).exit_code == 0
    real = digests._read
    for step in range(2):  # the first regeneration reads (and remembers) every file; the second need not
        _edit(spec, doc, f"edit {step}")
        reads: list[str] = []
        monkeypatch.setattr(digests, "_read", lambda path: reads.append(path) or real(path))  # noqa: B023
        result = _generate(spec, out)
        assert result.exit_code == 0, result.output
    generated = [p for p in out.rglob("*.py")]
    assert str(generated[0]) in _remembered(out.parent)
    assert len(reads) < len(generated) / 2, f"{len(reads)} of {len(generated)} files read again"
    assert digests._ACROSS_RUNS is None  # only for the command's run


def test_an_edit_keeping_size_and_modification_time_is_still_found(
        project: tuple[Path, Path, dict[str, object]]) -> None:
    spec, out, doc = project
    assert _generate(spec, out).exit_code == 0
    _edit(spec, doc, "first")
    assert _generate(spec, out).exit_code == 0
    _edit(spec, doc, "second")
    assert _generate(spec, out).exit_code == 0
    victim = out / "pocketsflow" / "_exceptions.py"
    assert str(victim) in _remembered(out.parent)
    before = victim.stat()
    text = victim.read_bytes()
    victim.write_bytes(text.replace(b"class ", b"clasz ", 1))  # the same size
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert victim.stat().st_size == before.st_size and victim.stat().st_mtime_ns == before.st_mtime_ns
    _edit(spec, doc, "third")
    result = _generate(spec, out)
    assert result.exit_code == 1 and "hand-edited" in result.output and "_exceptions.py" in result.output


def test_a_damaged_memo_is_ignored(project: tuple[Path, Path, dict[str, object]]) -> None:
    spec, out, doc = project
    assert _generate(spec, out).exit_code == 0
    _edit(spec, doc, "first")
    assert _generate(spec, out).exit_code == 0
    (memo,) = (out.parent / "cache" / "digests").iterdir()
    for damage in (b"\x00garbage", marshal.dumps({"files": {"x": 1}, "markers": {}}), marshal.dumps([1])):
        memo.write_bytes(damage)
        _edit(spec, doc, repr(damage))
        assert _generate(spec, out).exit_code == 0


def test_a_generation_remembers_what_it_wrote(
        project: tuple[Path, Path, dict[str, object]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The first regeneration after a generation into a new folder does not read back what that one wrote."""
    spec, out, doc = project
    assert _generate(spec, out).exit_code == 0
    generated = list(out.rglob("*.py"))
    remembered = _remembered(out.parent)
    assert sum(str(p) in remembered for p in generated) > len(generated) / 2
    real = digests._read
    reads: list[str] = []
    monkeypatch.setattr(digests, "_read", lambda path: reads.append(path) or real(path))
    _edit(spec, doc, "first")
    assert _generate(spec, out).exit_code == 0
    assert len(reads) < len(generated) / 2, f"{len(reads)} of {len(generated)} files read again"


@pytest.mark.parametrize("when", ["after the first generation", "after a regeneration"])
def test_a_file_changed_as_the_write_ends_is_not_taken_for_what_was_written(
        project: tuple[Path, Path, dict[str, object]], monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    """A file the write wrote, changed between the write and the memo's update keeping its size and modification
    time: the change is found by the next regeneration, as an edit by hand."""
    from generator.write import tree

    spec, out, doc = project
    if when == "after a regeneration":
        assert _generate(spec, out).exit_code == 0
        _edit(spec, doc, "first")
    real = tree.apply_plan
    victims: list[Path] = []

    def apply_then_edit(output, writes, *rest):  # type: ignore[no-untyped-def]
        written = real(output, writes, *rest)
        victim = output / next(path for path, _ in writes if path.endswith(".py"))
        before = victim.stat()
        victim.write_bytes(victim.read_bytes()[:-1] + b"#")  # the same size
        os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
        victims.append(victim)
        return written

    monkeypatch.setattr(tree, "apply_plan", apply_then_edit)
    assert _generate(spec, out).exit_code == 0
    monkeypatch.setattr(tree, "apply_plan", real)
    (victim,) = victims
    assert victim.read_bytes().endswith(b"#")
    _edit(spec, doc, "second")
    result = _generate(spec, out)
    assert result.exit_code == 1 and "hand-edited" in result.output and victim.name in result.output
