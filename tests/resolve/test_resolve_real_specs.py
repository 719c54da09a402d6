"""Every shared real-world spec loads and resolves; nothing needs bundling, so nothing is copied."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from generator.load import SourceDocument, load_document
from generator.resolve import resolve
from generator.pointer import lookup, split
from generator.resolve.walk import find_refs

SHARED = Path(__file__).resolve().parents[3] / "shared"
SPECS = sorted(p for p in (SHARED / "specs").rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
ALL = [*SPECS, SHARED / "pocketsflow" / "docs.json"]


@cache
def _load(path: Path) -> SourceDocument:
    return load_document(path)  # the 3 MB asana spec is read once for both tests


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_real_spec_loads_and_resolves(path: Path) -> None:
    doc = _load(path)
    spec = resolve(doc)
    assert spec.bundled is doc.data
    assert spec.family in ("2.0", "3.0", "3.1")
    assert spec.data["openapi"].startswith("3.")
    for _path, _holder, ref in find_refs(spec.data):
        assert ref.startswith("#")
        lookup(spec.data, split(ref[1:]))


def test_asana_integer_response_codes_give_one_warning() -> None:
    doc = _load(SHARED / "specs" / "asana-sdk.yaml")
    codes = [d.code for d in doc.diagnostics]
    assert codes == ["non-string-key"]
    diag = doc.diagnostics[0]
    assert diag.location.line == 47055
    assert all(isinstance(k, str) for op in doc.data["paths"].values() for k in op)


def _listed() -> list[str]:
    """The documents the table in ../shared/specs/README.md lists (its first column)."""
    rows = (SHARED / "specs" / "README.md").read_text(encoding="utf-8").splitlines()
    cells = [row.split("|")[1].strip() for row in rows if row.startswith("|")]
    return [cell for cell in cells if cell.endswith((".json", ".yaml", ".yml"))]


def test_the_real_specs_are_all_there() -> None:
    listed = _listed()
    assert len(listed) >= 18  # the table as of this writing; documents are added, not removed
    found = {p.relative_to(SHARED / "specs").as_posix() for p in SPECS}
    assert set(listed) <= found, f"listed in the README but missing: {sorted(set(listed) - found)}"
    assert (SHARED / "pocketsflow" / "docs.json") in ALL
    assert len(ALL) == len(SPECS) + 1
