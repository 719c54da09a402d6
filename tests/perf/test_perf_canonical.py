"""The format fast path is exact: for every shared document, what pfgen writes without black equals black's output.

``format`` skips black for files rendered by the built-in client templates when a cheap check finds nothing to
change (generator/format/verify.py), and runs black on single statements when it doubts a few. This renders
every document in ../shared (and the golden specs) and formats the whole tree twice: through the fast path,
and through black alone (cold cache, two processes). The results must be byte-identical. No timing is asserted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import load_config, resolve_target_defaults, select_target
from generator.config.model import TargetConfig
from generator.format import format_files
from generator.format import run as format_run
from generator.pipeline import SpecOptions, load_spec
from generator.pipeline.target import _canonical_paths, build_api, plan_target
from generator.render.environment import make_environment
from generator.render.model import RenderedFile
from generator.render.render import render_files
from tests.perf.union_spec import union_document

SHARED = Path(__file__).resolve().parents[3] / "shared"  # beside the checkout, as tests/conftest.py finds it
GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _documents() -> list[tuple[str, Path, Path | None]]:
    docs: list[tuple[str, Path, Path | None]] = []
    for folder in (SHARED / "specs", SHARED / "specs" / "releases"):
        if folder.is_dir():
            docs += [(p.name, p, None) for p in sorted(folder.iterdir()) if p.suffix in (".json", ".yaml", ".yml")]
    pocketsflow = SHARED / "pocketsflow" / "docs.json"
    if pocketsflow.is_file():
        docs.append(("pocketsflow", pocketsflow, None))
    for config in sorted(GOLDEN.glob("*/pfgen.toml")):
        docs.append((f"golden-{config.parent.name}", next(config.parent.glob("spec.*")), config))
    return docs


DOCUMENTS = _documents()


def _render(spec: Path, config: Path | None, output_root: Path) -> tuple[tuple[RenderedFile, ...], frozenset[str], frozenset[str]]:
    loaded = load_spec(str(spec), SpecOptions(lenient=True, validate=False))
    info = loaded.resolved.data.get("info")
    title = str(info.get("title", "")) if isinstance(info, dict) else ""
    if config is not None:
        target = select_target(load_config(config, check_spec=False), None)
    else:
        target = TargetConfig(name=None, kind="python-client", output=None, output_root=output_root)
    target = resolve_target_defaults(target, api_title=title)
    api, _ = build_api(loaded, target)
    plan = plan_target(api, target, version="1.0.0")
    files = render_files(plan.files, make_environment(target.templates))
    trusted, static = _canonical_paths(plan, target.templates)
    return files, trusted, static


@pytest.fixture(scope="module")
def black_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # One cold cache for the whole module: black runs once per distinct file (the runtime is shared).
    os.environ.pop("PFGEN_NO_CACHE", None)
    yield tmp_path_factory.mktemp("black")


@pytest.mark.skipif(not DOCUMENTS, reason="no shared documents on this machine")
@pytest.mark.parametrize(("name", "spec", "config"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_fast_path_equals_black(name: str, spec: Path, config: Path | None, black_cache: Path, tmp_path: Path) -> None:
    files, trusted, static = _render(spec, config, tmp_path)
    python = [f for f in files if f.kind == "python"]
    assert trusted and static, "the built-in client templates must be offered to the fast path"

    fast = format_files(files, cache_dir=tmp_path / "no-cache", jobs=1, trusted=trusted, preformatted=static)
    stats = format_run.LAST_STATS
    reference = format_files(files, cache_dir=black_cache, jobs=2)

    mismatched = [a.path for a, b in zip(fast, reference) if a.content != b.content]
    assert mismatched == [], f"{name}: the fast path differs from black in {mismatched[:10]}"
    # The fast path does its job: nearly every file is accepted without black.
    assert stats.files == len(python)
    assert stats.verified + stats.blackened + (stats.statements > 0) >= 1
    assert stats.blackened <= max(2, len(python) // 20), f"{name}: {stats.blackened} files needed black whole"


UNION_SEEDS = (1, 2, 3, 4)


@pytest.mark.parametrize("seed", UNION_SEEDS)
def test_fast_path_equals_black_on_union_documents(seed: int, black_cache: Path, tmp_path: Path) -> None:
    """Generated union-heavy documents (tests/perf/union_spec.py): every construct the templates emit for
    unions is laid out without black, and the result is byte-identical to black's."""
    spec = tmp_path / f"unions-{seed}.json"
    spec.write_text(json.dumps(union_document(seed, schemas=140)), encoding="utf-8")
    files, trusted, static = _render(spec, None, tmp_path)
    fast = format_files(files, cache_dir=tmp_path / "no-cache", jobs=1, trusted=trusted, preformatted=static)
    stats = format_run.LAST_STATS
    reference = format_files(files, cache_dir=black_cache, jobs=2)
    mismatched = [a.path for a, b in zip(fast, reference) if a.content != b.content]
    assert mismatched == [], f"seed {seed}: the fast path differs from black in {mismatched[:10]}"
    assert stats.statements > 50, "the union generator no longer produces statements the cheap check doubts"
    assert stats.blackened == 0 and stats.black_calls == 0, f"black was needed: {stats}"
    assert stats.laid_out == stats.statements


def test_untrusted_files_always_go_through_black(tmp_path: Path) -> None:
    files = (RenderedFile("a.py", "x = 'a'\n", "python"),)
    assert format_files(files, cache_dir=tmp_path, jobs=1)[0].content == 'x = "a"\n'
    # The same text from a trusted template is caught by the cheap check? No: it is short and plausible, which is
    # exactly why only built-in templates (which never write single quotes) are trusted.
    assert format_files(files, cache_dir=tmp_path, jobs=1, trusted={"a.py"})[0].content == "x = 'a'\n"


def test_a_doubtful_statement_is_formatted_alone(tmp_path: Path) -> None:
    long_call = "    value = compute(" + ", ".join(f"argument_{i}" for i in range(12)) + ")\n"
    text = f'"""Doc."""\n\n\nclass A:\n    """Doc."""\n\n    name: str = "x"\n{long_call}'
    out = format_files((RenderedFile("m.py", text, "python"),), cache_dir=tmp_path, jobs=1, trusted={"m.py"})
    stats = format_run.LAST_STATS
    assert stats.statements == 1 and stats.blackened == 0
    reference = format_files((RenderedFile("m.py", text, "python"),), cache_dir=tmp_path, jobs=1)
    assert out[0].content == reference[0].content
    assert "    value = compute(\n        argument_0," in str(out[0].content)


def test_laid_out_files_are_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regeneration reuses the laid-out files of an earlier run (keyed by their text) instead of laying them out
    again; the output is the same."""
    spec = tmp_path / "unions.json"
    spec.write_text(json.dumps(union_document(7, schemas=60)), encoding="utf-8")
    files, trusted, static = _render(spec, None, tmp_path)
    os.environ.pop("PFGEN_NO_CACHE", None)
    first = format_files(files, cache_dir=tmp_path / "cache", jobs=1, trusted=trusted, preformatted=static)
    assert format_run.LAST_STATS.laid_out > 0

    def no_layout(items: object) -> object:
        raise AssertionError("laid out again although the result is cached")

    monkeypatch.setattr(format_run, "layout_chunk", no_layout)
    second = format_files(files, cache_dir=tmp_path / "cache", jobs=1, trusted=trusted, preformatted=static)
    assert [f.content for f in second] == [f.content for f in first]
    stats = format_run.LAST_STATS
    assert stats.reused > 0 and stats.statements == 0 and stats.black_calls == 0
