"""Large multi-file specs load; runaway ones are refused with the limit, its value and how to raise it.

The documents are generated in a temporary folder (JSON: no parse cache, fast to write and read).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from generator.errors import InputError
from generator.load import LIMITS, load_document
from generator.resolve import resolve
from generator.pointer import lookup, split
from generator.resolve.walk import find_refs


@pytest.fixture(autouse=True)
def _defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for limit in LIMITS:
        monkeypatch.delenv(limit.env, raising=False)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def _schema_chain(folder: Path, count: int) -> Path:
    """``count`` schema files, each referring to the next, in nested folders as real split specs are."""
    for i in range(count):
        schema: dict[str, Any] = {"type": "object", "properties": {"id": {"type": "string"}}}
        if i + 1 < count:
            schema["properties"]["next"] = {"$ref": f"../g{(i + 1) // 100}/s{i + 1}.json"}
        (folder / "schemas" / f"g{i // 100}").mkdir(parents=True, exist_ok=True)
        _write_json(folder / "schemas" / f"g{i // 100}" / f"s{i}.json", schema)
    root = folder / "openapi.json"
    _write_json(root, {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"Start": {"$ref": "schemas/g0/s0.json"}}},
    })
    return root


def test_three_thousand_files_chained_by_refs_load(tmp_path: Path) -> None:
    root = _schema_chain(tmp_path, 3000)
    spec = resolve(load_document(root))
    assert len(spec.documents) == 3001
    schemas = spec.bundled["components"]["schemas"]
    assert len(schemas) == 3000
    assert schemas["Start"]["properties"]["next"] == {"$ref": "#/components/schemas/s1"}
    assert "next" not in schemas["s2999"]["properties"]
    for _path, _holder, ref in find_refs(spec.bundled):
        lookup(spec.bundled, split(ref[1:]))


def test_more_documents_than_the_limit_are_refused_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_MAX_DOCUMENTS", "100")
    root = _schema_chain(tmp_path, 150)
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    e = err.value
    assert e.code == "too-many-documents"
    assert "more than 100 documents" in e.message and "document count limit is 100 documents" in e.message
    assert "PFGEN_MAX_DOCUMENTS" in e.hint and "PFGEN_MAX_DOCUMENTS=400" in e.hint
    assert e.location.file.endswith("s98.json") and e.location.pointer == "/properties/next"
    monkeypatch.setenv("PFGEN_MAX_DOCUMENTS", "151")
    assert len(resolve(load_document(root)).documents) == 151


def test_documents_adding_up_beyond_the_total_size_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _schema_chain(tmp_path, 50)
    monkeypatch.setenv("PFGEN_MAX_TOTAL_BYTES", "2000")
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "spec-too-large"
    assert "limit is 2,000 bytes" in err.value.message
    assert "PFGEN_MAX_TOTAL_BYTES" in err.value.hint


def _path_item_chain(folder: Path, count: int) -> Path:
    for i in range(count):
        item = {"$ref": f"p{i + 1}.json"} if i + 1 < count else {"get": {"responses": {"200": {"description": "ok"}}}}
        _write_json(folder / f"p{i}.json", item)
    root = folder / "openapi.json"
    _write_json(root, {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"$ref": "p0.json"}}})
    return root


def test_a_long_chain_of_inlined_path_items_does_not_exhaust_the_stack(tmp_path: Path) -> None:
    spec = resolve(load_document(_path_item_chain(tmp_path, 1500)))  # it used to fail near 500
    assert spec.bundled["paths"]["/a"] == {"get": {"responses": {"200": {"description": "ok"}}}}
    assert ("/paths/~1a", "p0.json", "") in {(a, Path(b).name, c) for a, b, c in spec.origins}


def test_path_items_that_double_with_every_file_are_refused_quickly(tmp_path: Path) -> None:
    # Each path item's callbacks name the next one twice: 2**40 copies once inlined.
    for i in range(40):
        refs = {name: {"{$url}": {"$ref": f"p{i + 1}.json"}} for name in ("a", "b")}
        item = {"post": {"responses": {"200": {"description": "ok"}}, "callbacks": refs}} if i < 39 else {}
        _write_json(tmp_path / f"p{i}.json", item)
    root = tmp_path / "openapi.json"
    _write_json(root, {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"$ref": "p0.json"}}})
    start = time.perf_counter()
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert time.perf_counter() - start < 5
    assert err.value.code == "ref-expansion-bomb"
    assert "limit is 25,000,000 values" in err.value.message
    assert "PFGEN_MAX_EXPANDED_NODES" in err.value.hint
