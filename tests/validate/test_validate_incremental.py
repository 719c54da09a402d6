"""Validating an edited document by its changed path items gives exactly the full run's findings.

The oracle is the full run: for every shared document whose keyword phase finds nothing (meta-schema findings,
such as asana's responses without a description, are allowed: that check always runs in full), each edit (random values planted at random
places inside one path item, new path items valid and invalid, edits outside ``paths``) is checked twice, once
with the previous document (the incremental path may be taken) and once without, and the findings must be
identical. Valid path-only edits must actually take the incremental path (it is a speed-up, not a no-op).
``PFGEN_INCREMENTAL_EXAMPLES`` raises the number of random edits per document.
"""

from __future__ import annotations

import copy
import json
import marshal
import os
import random
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import SpecOptions, load_spec
from generator.validate import schema_check
from generator.validate.incremental import changed_units
from generator.validate.schema_check import check_schema
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS
from tests.perf.union_spec import union_document

EXAMPLES = int(os.environ.get("PFGEN_INCREMENTAL_EXAMPLES", "12"))
_DOCS = sorted(p for folder in (REAL_SPECS, REAL_SPECS / "releases") if folder.is_dir()
               for p in folder.iterdir() if p.suffix in (".json", ".yaml", ".yml")) + [POCKETSFLOW_SPEC]


def _bundled(path: Path) -> tuple[dict[str, Any], str]:
    loaded = load_spec(str(path), SpecOptions(lenient=True, validate=False))
    return loaded.resolved.bundled, loaded.resolved.family


@pytest.fixture(scope="module", params=[*_DOCS, "unions"], ids=[*(p.name for p in _DOCS), "unions"])
def clean(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    if request.param == "unions":
        path = tmp_path_factory.mktemp("unions") / "unions.json"
        path.write_text(json.dumps(union_document(3, schemas=80)), encoding="utf-8")
    else:
        path = request.param
    doc, family = _bundled(path)
    check_schema(doc, family, skip_covered=True)
    if family not in ("3.0", "3.1") or not schema_check.LAST_KEYWORD_CLEAN:
        pytest.skip("the incremental path applies to OpenAPI 3 documents whose keyword phase finds nothing")
    return doc, family


def _same_both_ways(old: dict[str, Any], new: dict[str, Any], family: str) -> str:
    full = check_schema(new, family, skip_covered=True)
    assert schema_check.LAST_MODE == "full"
    quick = check_schema(new, family, skip_covered=True, previous=old)
    mode = schema_check.LAST_MODE
    assert quick == full, f"incremental {quick[:3]} != full {full[:3]}"
    return mode


_VALUES: list[Any] = [None, 0, -1, 2.5, "", "x", True, [], {}, [1, "a"], {"type": "strin"}, {"$ref": "#/nowhere"},
                      {"type": "string", "default": 3}, {"type": "integer", "minimum": "a"}, {"in": "path"}]


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _nodes(child, (*path, index))
    return out


def _plant(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    new = copy.deepcopy(doc)
    url = rng.choice(sorted(new["paths"]))
    item = new["paths"][url]
    target = rng.choice(_nodes(item))
    if not target:
        new["paths"][url] = copy.deepcopy(rng.choice(_VALUES))
        return new
    parent = item
    for part in target[:-1]:
        parent = parent[part]
    if isinstance(parent, dict) and rng.random() < 0.3:
        del parent[target[-1]]
    else:
        parent[target[-1]] = copy.deepcopy(rng.choice(_VALUES))
    return new


def test_random_edits_inside_path_items(clean: tuple[dict[str, Any], str]) -> None:
    doc, family = clean
    if not doc.get("paths"):
        pytest.skip("no path items")
    rng = random.Random(20261205)
    for _ in range(EXAMPLES):
        _same_both_ways(doc, _plant(doc, rng), family)


def test_valid_path_edits_take_the_incremental_path(clean: tuple[dict[str, Any], str]) -> None:
    doc, family = clean
    if not doc.get("paths"):
        pytest.skip("no path items")
    new = copy.deepcopy(doc)
    url = sorted(new["paths"])[len(new["paths"]) // 2]
    for method, operation in new["paths"][url].items():
        if isinstance(operation, dict) and "responses" in operation:
            operation["summary"] = "changed"
            operation.setdefault("parameters", []).append(
                {"name": "pfgenIncremental", "in": "query", "schema": {"type": "string", "default": "a"}})
            break
    new["paths"]["/pfgen-added/{id}"] = {"get": {"parameters": [{"name": "id", "in": "path", "required": True,
                                                                 "schema": {"type": "string"}}],
                                                 "responses": {"200": {"description": "OK"}}}}
    assert _same_both_ways(doc, new, family) == "incremental"
    # An invalid default in an added operation: found, by the full run.
    new["paths"]["/pfgen-added/{id}"]["get"]["parameters"][0]["schema"]["default"] = 7
    assert _same_both_ways(doc, new, family) == "full"
    assert len(check_schema(new, family, skip_covered=True, previous=doc)) > len(check_schema(doc, family))


def test_a_component_no_clean_run_has_walked_is_checked_when_a_path_item_reaches_it(
        clean: tuple[dict[str, Any], str]) -> None:
    """The walk from a changed path item skips component *schemas* (each was walked by the full run the chain of
    clean documents starts from), but nothing else: a shared parameter no path item used, whose schema is
    wrong, is found as soon as one does."""
    doc, family = clean
    old = copy.deepcopy(doc)
    old.setdefault("components", {}).setdefault("parameters", {})["PfgenUnused"] = {
        "name": "pfgenUnused", "in": "query", "schema": {"type": "string", "default": 7}}
    assert check_schema(old, family, skip_covered=True) == check_schema(doc, family, skip_covered=True)
    assert schema_check.LAST_KEYWORD_CLEAN  # unused, it is never walked: still clean
    new = copy.deepcopy(old)
    new.setdefault("paths", {})["/pfgen-uses-it"] = {"get": {
        "parameters": [{"$ref": "#/components/parameters/PfgenUnused"}],
        "responses": {"200": {"description": "OK"}}}}
    assert _same_both_ways(old, new, family) == "full"
    assert len(check_schema(new, family, skip_covered=True, previous=old)) > len(check_schema(old, family))


def test_edits_outside_paths_validate_everything(clean: tuple[dict[str, Any], str]) -> None:
    doc, family = clean
    new = copy.deepcopy(doc)
    new.setdefault("info", {})["description"] = "changed"
    assert changed_units(doc, new) is None
    assert _same_both_ways(doc, new, family) == "full"
    schemas = new.get("components", {}).get("schemas")
    if isinstance(schemas, dict) and schemas:
        name = sorted(schemas)[0]
        schemas[name] = {"type": "strin"}
        assert _same_both_ways(doc, new, family) == "full"


def test_validate_remembers_the_last_clean_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through ``validate`` and its cache: the second validation of an edited file is incremental and says
    what a validation without any cache says."""
    from generator.validate import validate

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    spec = tmp_path / "spec.json"
    data = json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))
    spec.write_text(json.dumps(data), encoding="utf-8")
    first = validate(load_spec(str(spec), SpecOptions(lenient=True, validate=False)).resolved)
    assert schema_check.LAST_MODE == "full"
    url = sorted(data["paths"])[0]
    next(iter(data["paths"][url].values()))["summary"] = "edited"
    spec.write_text(json.dumps(data), encoding="utf-8")
    second = validate(load_spec(str(spec), SpecOptions(lenient=True, validate=False)).resolved)
    assert schema_check.LAST_MODE == "incremental"
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    reference = validate(load_spec(str(spec), SpecOptions(lenient=True, validate=False)).resolved)
    assert second == reference and [d.code for d in first] == [d.code for d in second]


def test_a_document_with_meta_schema_findings_starts_a_chain_too(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A document the meta-schema check faults (a response without a description, as in asana's) but whose
    keyword phase finds nothing: an edit of a path item is validated incrementally and says what a validation
    without any cache says. Once the keyword phase finds something, the chain stops."""
    from generator.validate import validate

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    spec = tmp_path / "spec.json"
    data = json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))
    data.setdefault("components", {}).setdefault("responses", {})["PfgenNoDescription"] = {
        "content": {"application/json": {"schema": {"type": "object"}}}}
    first_op, second_op = [op for url in sorted(data["paths"]) for method, op in data["paths"][url].items()
                           if method in ("get", "post", "put", "patch", "delete")][:2]

    def run(*, cached: bool = True) -> Any:
        spec.write_text(json.dumps(data), encoding="utf-8")
        with monkeypatch.context() as m:
            if not cached:
                m.setenv("PFGEN_NO_CACHE", "1")
            return validate(load_spec(str(spec), SpecOptions(lenient=True, validate=False)).resolved)

    first = run()
    assert any(d.code == "spec-missing-property" for d in first) and schema_check.LAST_MODE == "full"
    first_op["summary"] = "edited"
    second = run()
    assert schema_check.LAST_MODE == "incremental" and second == run(cached=False)
    # A keyword finding in a path item: the full run says so, and that document starts no chain.
    first_op.setdefault("parameters", []).append(
        {"name": "pfgenBad", "in": "query", "schema": {"type": "string", "default": 7}})
    third = run()
    assert schema_check.LAST_MODE == "full" and third == run(cached=False) and len(third) > len(second)
    second_op["summary"] = "edited too"
    assert run() == run(cached=False)
    second_op["summary"] = "edited again"
    run()
    assert schema_check.LAST_MODE == "full"


def test_seen_lists_answer_like_lists() -> None:
    """The set-backed lists swapped into openapi-spec-validator's keyword validators answer ``in`` exactly as
    plain lists do, unhashable values (a broken document's operationId) included."""
    from generator.validate.schema_check import _SeenList

    values: list[object] = [1, "a", ("t",), ["x"], {"k": 1}, None, 1.0, ["x"]]
    probes: list[object] = [*values, 2, "b", ["y"], {"k": 2}, True, (("t",))]
    seen, plain = _SeenList(), []
    for value in values:
        seen.append(value)
        plain.append(value)
        assert [p in seen for p in probes] == [p in plain for p in probes]
    assert list(seen) == plain


def test_an_unhashable_operation_id_gives_the_same_findings(
    clean: tuple[dict[str, Any], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The oracle is openapi-spec-validator with its own plain lists."""
    doc, family = clean
    if not doc.get("paths"):
        pytest.skip("no path items")
    new = copy.deepcopy(doc)
    for item in new["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["operationId"] = ["not", "a", "string"]
                break
        else:
            continue
        break
    ours = check_schema(new, family, skip_covered=True)
    monkeypatch.setattr(schema_check, "_SEEN_LISTS", ())
    upstream = check_schema(new, family, skip_covered=True)
    assert ours == upstream and ours


def test_the_last_clean_document_is_kept_in_memory_while_its_file_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A resident worker reads the lineage entry after every save: it parses the file again only when the file
    is not the one it stored or read (another run replaced it)."""
    from generator.validate import incremental
    from tests.conftest import record_calls

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(incremental, "_KEPT", {})
    reads = record_calls(monkeypatch, incremental, "read_marshal")
    first = {"openapi": "3.0.3", "paths": {"/a": {}}}
    incremental.remember("k", first, None)
    assert incremental.previous_document("k") is first and reads == []
    other = {"openapi": "3.0.3", "paths": {"/b": {}}}
    entry = tmp_path / "cache" / incremental.SECTION / "k.marshal"
    replacement = entry.with_name("other.marshal")
    replacement.write_bytes(marshal.dumps({"format": incremental.FORMAT, "document": other}))
    os.replace(replacement, entry)  # another run stored its own clean document
    assert incremental.previous_document("k") == other and len(reads) == 1
    assert incremental.previous_document("k") == other and len(reads) == 1
    entry.unlink()
    assert incremental.previous_document("k") is None


def test_a_document_marshal_cannot_store_leaves_no_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A YAML date (``datetime.date``) has no marshal form: the next run validates in full, and nothing breaks."""
    import datetime

    from generator.validate import incremental

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(incremental, "_KEPT", {})
    document = {"openapi": "3.0.3", "info": {"x-released": datetime.date(2024, 1, 2)}, "paths": {}}
    incremental.remember("k", document, None)
    assert incremental.previous_document("k") is None
    kept = {"openapi": "3.0.3", "info": {"x-count": 1, "x-ratio": 0.1, "x-id": 2**70}, "paths": {"/a": {}}}
    incremental.remember("k", kept, None)
    monkeypatch.setattr(incremental, "_KEPT", {})  # as a new process reads it
    assert incremental.previous_document("k") == kept
