"""``find_ref_links`` with ``parts`` (a watch's root scan, which walks each unchanged path item or component
once) finds exactly what the plain walk finds: the same refs, holders, paths and extensions, in the same order.
Oracle: the plain walk, over every shared document, before and after an edit that leaves most parts shared."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import reuse
from generator.load import load_document
from generator.resolve.walk import find_ref_links, path_of
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS


def _documents() -> list[Path]:
    return [POCKETSFLOW_SPEC, *sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))]


def _walk(data: Any, parts: Any) -> tuple[list[tuple[tuple[Any, ...], int, str]], list[tuple[Any, ...]]]:
    extensions: list[tuple[Any, ...]] = []
    found = [(path_of(link), id(holder), ref) for link, holder, ref in find_ref_links(data, extensions, parts)]
    return found, extensions


def _edit(data: dict[str, Any]) -> None:
    """A new ref in one operation, an extension holding a ref in another, a removed component."""
    operations = [op for item in (data.get("paths") or {}).values() if isinstance(item, dict)
                  for op in item.values() if isinstance(op, dict)]
    if operations:
        operations[0]["x-pfgen-test"] = {"$ref": "#/nowhere"}
        operations[-1].setdefault("parameters", []).append({"$ref": "#/components/parameters/Added"})
    for group in (data.get("components") or {}, data.get("definitions") or {}):
        if isinstance(group, dict):
            for entries in group.values():
                if isinstance(entries, dict) and entries:
                    del entries[next(iter(entries))]
                    return


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_a_walk_with_kept_parts_finds_what_the_plain_walk_finds(tmp_path: Path, path: Path) -> None:
    copy = tmp_path / f"spec{path.suffix}"
    copy.write_bytes(path.read_bytes())
    with reuse.session():
        first = load_document(copy).data
        assert _walk(first, reuse.identity_memo("test")) == _walk(first, None)
        assert _walk(first, reuse.identity_memo("test")) == _walk(first, None)  # every part from the memo
        if path.suffix != ".json":
            return
        data = json.loads(copy.read_text(encoding="utf-8"))
        _edit(data)
        copy.write_text(json.dumps(data), encoding="utf-8")
        second = load_document(copy).data
        assert _walk(second, reuse.identity_memo("test")) == _walk(second, None)
