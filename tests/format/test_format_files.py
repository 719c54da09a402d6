from __future__ import annotations

import multiprocessing
from importlib.metadata import version
from pathlib import Path

import black
import pytest
from black.mode import TargetVersion
from format_samples import model_module, resource_module, sample_tree

from generator.errors import GeneratorError
from generator.format import (
    LINE_LENGTH,
    TARGET_VERSIONS,
    default_cache_dir,
    engine,
    format_files,
    run,
)
from generator.format.cache import FormatCache, cache_key
from generator.render.model import RenderedFile
from tests.conftest import record_calls

REFERENCE_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)


@pytest.fixture(autouse=True)
def _cache_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    monkeypatch.delenv("PFGEN_CACHE_DIR", raising=False)


def py(path: str, text: str) -> RenderedFile:
    return RenderedFile(path, text, "python")


def cache_entries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_settings_are_the_documented_black_config() -> None:
    assert LINE_LENGTH == 100
    assert TARGET_VERSIONS == ("py310",)
    assert engine.black_mode() == REFERENCE_MODE


def test_output_equals_black_format_str(tmp_path: Path) -> None:
    sources = [model_module(1), resource_module(2), "x = {  'a':1 }\n", ""]
    files = [py(f"m{i}.py", s) for i, s in enumerate(sources)]
    out = format_files(files, cache_dir=tmp_path, jobs=1)
    assert [f.content for f in out] == [black.format_str(s, mode=REFERENCE_MODE) for s in sources]
    assert [f.path for f in out] == [f.path for f in files]
    assert all(f.kind == "python" for f in out)
    assert "'" not in out[0].text().split('"""', 2)[2].replace('"', "")  # quotes normalised, proves black ran


def test_non_python_files_pass_through_untouched(tmp_path: Path) -> None:
    text = RenderedFile("README.md", "x = {  'a':1 }\n", "text")
    blob = RenderedFile("logo.png", b"\x89PNG\r\n\x00", "binary")
    toml = RenderedFile("pyproject.toml", "a  =  1\r\n", "text")
    out = format_files([text, blob, toml], cache_dir=tmp_path, jobs=1)
    assert out == (text, blob, toml)
    assert cache_entries(tmp_path) == []


def test_python_given_as_bytes_is_decoded(tmp_path: Path) -> None:
    out = format_files([py("a.py", b"x = 'caf\xc3\xa9'\n")], cache_dir=tmp_path, jobs=1)  # type: ignore[arg-type]
    assert out[0].content == 'x = "café"\n'


def test_cache_hit_returns_same_without_calling_black(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [py("a.py", model_module(1)), py("b.py", resource_module(3))]
    first = format_files(files, cache_dir=tmp_path, jobs=1)
    entries = cache_entries(tmp_path)
    assert len(entries) == 2
    for entry in entries:  # sharded: <first two hex digits>/<key>
        assert entry.parent.name == entry.name[:2] and len(entry.name) == 64

    def boom(text: str) -> str:
        raise AssertionError("black must not run on a hot cache")

    monkeypatch.setattr(engine, "format_source", boom)
    assert format_files(files, cache_dir=tmp_path, jobs=1) == first


def test_corrupt_cache_entry_is_ignored_and_repaired(tmp_path: Path) -> None:
    files = [py("a.py", "x   =  1\n")]
    format_files(files, cache_dir=tmp_path, jobs=1)
    (entry,) = cache_entries(tmp_path)
    good = entry.read_bytes()
    entry.write_bytes(good[:-3] + b"!!\n")  # same length, wrong checksum
    assert format_files(files, cache_dir=tmp_path, jobs=1)[0].content == "x = 1\n"
    assert entry.read_bytes() == good
    entry.write_bytes(b"garbage")
    assert format_files(files, cache_dir=tmp_path, jobs=1)[0].content == "x = 1\n"


def test_cache_key_covers_black_version_mode_and_text() -> None:
    assert cache_key("black=1;mode=a", "x") != cache_key("black=2;mode=a", "x")
    assert cache_key("black=1;mode=a", "x") != cache_key("black=1;mode=b", "x")
    assert cache_key("black=1;mode=a", "x") != cache_key("black=1;mode=a", "y")
    assert engine.mode_fingerprint().startswith(f"black={version('black')};")


def test_no_cache_env_disables_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    out = format_files([py("a.py", "x   =  1\n")], cache_dir=tmp_path, jobs=1)
    assert out[0].content == "x = 1\n"
    assert cache_entries(tmp_path) == []


def test_default_cache_dir_follows_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c" / "black"
    format_files([py("a.py", "x   =  1\n")], cache_dir=None, jobs=1)
    assert len(cache_entries(tmp_path / "c" / "black")) == 1
    monkeypatch.delenv("PFGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "pfgen" / "black"


def test_unusable_cache_dir_does_not_fail_formatting(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert format_files([py("a.py", "x   =  1\n")], cache_dir=blocker, jobs=1)[0].content == "x = 1\n"


def test_identical_sources_are_formatted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = record_calls(monkeypatch, engine, "format_source")
    files = [py(f"pkg{i}/__init__.py", "") for i in range(5)] + [py("a.py", "x=1\n")]
    out = format_files(files, cache_dir=tmp_path, jobs=1)
    assert len(calls) == 2
    assert [f.content for f in out] == [""] * 5 + ["x = 1\n"]


def test_syntax_error_gives_format_failed_naming_file(tmp_path: Path) -> None:
    files = [
        py("pkg/ok.py", "x = 1\n"),
        py("pkg/models/bad.py", "class A:\n    x: int = (\n"),
        py("pkg/api/broken.py", "def f(:\n    pass\n"),
    ]
    with pytest.raises(GeneratorError) as info:
        format_files(files, cache_dir=tmp_path, jobs=1)
    err = info.value
    assert err.code == "format-failed"
    assert err.exit_code == 1
    assert err.location.file == "pkg/api/broken.py"  # sorted by path: the first broken file leads
    assert (err.location.line, err.location.col) == (1, 7)  # 1-based column of the stray ':'
    assert "pkg/api/broken.py" in err.message and "line 1, column 7" in err.message
    assert "and 1 more" in err.message
    assert err.hint.startswith("this is a template bug")
    assert [d.location.file for d in err.diagnostics] == ["pkg/api/broken.py", "pkg/models/bad.py"]
    assert err.diagnostics[1].location.line == 2


def test_failed_run_caches_only_the_good_files(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError):
        format_files([py("bad.py", "def f(:\n"), py("ok.py", "x  = 1\n")], cache_dir=tmp_path, jobs=1)
    (entry,) = cache_entries(tmp_path)
    assert FormatCache(tmp_path).get(entry.name) == "x = 1\n"


def test_worker_count_policy() -> None:
    small = [run._Pending(str(i), "x = 1\n", 2) for i in range(50)]
    big = [run._Pending(str(i), "", 400) for i in range(5)]
    assert run._worker_count(small, jobs=4) == 1  # many tiny files: the pool would cost more than it saves
    assert run._worker_count(big, jobs=4) == 4
    assert run._worker_count(big, jobs=1) == 1
    assert run._worker_count(big[:1], jobs=4) == 1


def test_balanced_chunks_cover_every_item_once() -> None:
    todo = [run._Pending(str(i), f"x{i}", lines) for i, lines in enumerate([500, 10, 300, 300, 7, 1, 90])]
    chunks = run._balanced_chunks(todo, 3)
    indexes = sorted(index for chunk in chunks for index, _ in chunk)
    assert indexes == list(range(len(todo)))
    loads = [sum(todo[i].lines for i, _ in chunk) for chunk in chunks]
    assert max(loads) == 500  # the biggest file alone; the rest balanced around it


@pytest.mark.parametrize("start_method", ["spawn", "default"])
def test_parallel_equals_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_method: str) -> None:
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    if start_method == "spawn":  # what macOS/Windows (and threaded callers) get: proves the worker is spawn-safe
        monkeypatch.setattr(run, "_pool_context", lambda: multiprocessing.get_context("spawn"))
    monkeypatch.setattr(run, "PARALLEL_MIN_LINES", 100)  # keep the test fast: a small tree, still pooled
    files = [py(path, src) for path, src in sample_tree(8)]
    files.insert(3, RenderedFile("README.md", "hello\n", "text"))
    assert sum(f.text().count("\n") for f in files) > run.PARALLEL_MIN_LINES
    used_pool: list[int] = []
    real_pool = run._format_in_pool

    def spy(todo: list[run._Pending], workers: int) -> list[engine.ChunkResult]:
        used_pool.append(workers)
        return real_pool(todo, workers)

    monkeypatch.setattr(run, "_format_in_pool", spy)
    parallel = format_files(files, cache_dir=None, jobs=2)
    assert used_pool == [2]
    serial = format_files(files, cache_dir=None, jobs=1)
    assert used_pool == [2]
    assert parallel == serial
    assert parallel[3] is files[3]


def test_parallel_reports_syntax_errors_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "PARALLEL_MIN_LINES", 100)
    files = [py(path, src) for path, src in sample_tree(6)]
    files.append(py("zz/bad.py", "def f(:\n"))
    with pytest.raises(GeneratorError) as info:
        format_files(files, cache_dir=tmp_path, jobs=2)
    assert info.value.code == "format-failed"
    assert info.value.location.file == "zz/bad.py"
    assert len(cache_entries(tmp_path)) == 6  # the good files are cached for the rerun after the fix


def test_cache_get_many_skips_missing_shards(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    cache.put("ab" + "0" * 62, "x\n")
    found = cache.get_many(["ab" + "0" * 62, "cd" + "1" * 62, "cd" + "2" * 62])
    assert found == {"ab" + "0" * 62: "x\n"}


def test_trusted_files_already_verified_are_not_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.format import run

    good = "x = 1\n"
    files = [py("pkg/a.py", good), py("pkg/b.py", "y = 2\n")]
    out = format_files(files, cache_dir=tmp_path, jobs=1, trusted={"pkg/a.py", "pkg/b.py"})
    assert [f.content for f in out] == [good, "y = 2\n"]
    checked: list[str] = []
    real = run.suspects

    def spy(text: str):  # type: ignore[no-untyped-def]
        checked.append(text)
        return real(text)

    monkeypatch.setattr(run, "suspects", spy)
    changed = [py("pkg/a.py", good), py("pkg/b.py", "y = [1,]\n")]
    out = format_files(changed, cache_dir=tmp_path, jobs=1, trusted={"pkg/a.py", "pkg/b.py"})
    assert checked == ["y = [1,]\n"]  # only the changed file is tested, and black still fixes it
    assert out[1].content == "y = [\n    1,\n]\n"
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    format_files(files, cache_dir=tmp_path, jobs=1, trusted={"pkg/a.py", "pkg/b.py"})
    assert checked[1:] == [good, "y = 2\n"]  # no cache: everything is tested
