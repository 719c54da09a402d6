"""Determinism, stable names, subsetting and robustness against malformed input."""

from __future__ import annotations

import copy
from typing import Any

import yaml
from pfgen_build_helpers import FIXTURES, build_file, load_spec, op, spec_from_data

from generator.builder import BuildOptions, build
from generator.ir.model import TypeRef


def _constructs() -> dict[str, Any]:
    return yaml.load((FIXTURES / "constructs.yaml").read_text(), Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]


def test_build_twice_is_equal() -> None:
    spec = load_spec(FIXTURES / "constructs.yaml")
    a, b = build(spec), build(spec)
    assert a.api == b.api
    assert a.diagnostics == b.diagnostics


def test_key_order_does_not_matter() -> None:
    data = _constructs()
    shuffled = copy.deepcopy(data)
    shuffled["components"]["schemas"] = dict(reversed(list(data["components"]["schemas"].items())))
    shuffled["paths"] = dict(reversed(list(data["paths"].items())))
    assert build(spec_from_data(data)).api == build(spec_from_data(shuffled)).api


def test_unrelated_additions_do_not_rename_existing_schemas() -> None:
    data = _constructs()
    before = {(s.pointer, s.name) for s in build(spec_from_data(data)).api.schemas}
    grown = copy.deepcopy(data)
    schemas = grown["components"]["schemas"]
    schemas["AaaFirst"] = {"type": "object", "properties": {"status": {"type": "string", "enum": ["x", "y"]}}}
    schemas["Zzz"] = {"type": "object", "properties": {"inner": {"type": "object", "properties": {"a": {}}}}}
    grown["paths"]["/aaa"] = {"post": {"operationId": "aaaCreate", "requestBody": {"content": {
        "application/json": {"schema": {"type": "object", "properties": {"q": {"type": "string"}}}}}},
        "responses": {"200": {"description": "ok"}}}}
    after = {(s.pointer, s.name) for s in build(spec_from_data(grown)).api.schemas}
    assert before <= after
    assert {n for p, n in after - before} >= {"AaaFirst", "AaaFirstStatus", "Zzz", "ZzzInner", "AaaCreateRequest"}


def test_component_name_wins_over_inline_name() -> None:
    data = _constructs()
    # A component called exactly like a hoisted inline schema takes the name; the inline one moves aside.
    data["components"]["schemas"]["PetAddress"] = {"type": "string"}
    api = build(spec_from_data(data)).api
    assert api.schema("PetAddress").wire_name == "PetAddress"
    inline = next(s for s in api.schemas if s.pointer == "#/components/schemas/Pet/properties/address")
    assert inline.name == "PetAddress2"


def test_subsetting_by_tag_prunes_unreached_schemas() -> None:
    res = build_file(FIXTURES / "constructs.yaml", BuildOptions(include_tags=("Orders",)))
    api = res.api
    assert {o.resource for o in api.operations} == {"orders"}
    names = {s.name for s in api.schemas}
    assert {"ListOrdersResponse", "ListOrdersResponsePagination", "ListOrdersResponseOrdersItem"} <= names
    assert "CreateProductRequest" not in names and "Shape" not in names
    # webhooks follow the tag filter too (none is tagged Orders), so what only they reach is pruned
    assert api.webhooks == ()
    assert not {"OrderCreatedEvent", "Pet", "PetAddress", "Owner", "Cat", "Animal", "PetFriend"} & names
    with_events = build_file(FIXTURES / "constructs.yaml", BuildOptions(include_tags=("Orders", "Webhook Events")))
    assert [w.key for w in with_events.api.webhooks] == ["order.created"]
    # what a kept webhook reaches is kept, transitively
    assert {"OrderCreatedEvent", "Pet", "PetAddress", "Owner", "Cat", "Animal", "PetFriend"} <= {
        s.name for s in with_events.api.schemas
    }
    # names of kept schemas are the same as in the full build
    full = {s.pointer: s.name for s in build_file(FIXTURES / "constructs.yaml").api.schemas}
    assert all(full[s.pointer] == s.name for s in api.schemas)


def test_subsetting_by_operation_path_and_exclusions() -> None:
    """The one rule (generator.builder.subset): includes ORed, exclusions win, segment-aware path globs."""
    api = build_file(FIXTURES / "constructs.yaml", BuildOptions(
        include_paths=("/products/**",), exclude_operations=("removeProduct",),
        exclude_tags=("Webhook Events",))).api
    assert sorted(o.id for o in api.operations) == ["createProduct", "getProduct", "listProducts", "updateProduct"]
    # an explicit operation or path list keeps only the webhooks it names
    assert [w.key for w in api.webhooks] == []
    api = build_file(FIXTURES / "constructs.yaml", BuildOptions(include_operations=("listProducts", "pet.updated"))).api
    assert [o.id for o in api.operations] == ["listProducts"]
    assert [w.key for w in api.webhooks] == ["pet.updated"]
    api = build_file(FIXTURES / "constructs.yaml", BuildOptions(include_paths=("/orders*",))).api
    assert sorted(o.id for o in api.operations) == ["listOrders"]  # * stays within one segment
    api = build_file(FIXTURES / "constructs.yaml", BuildOptions(include_paths=("/orders/**",))).api
    assert sorted(o.id for o in api.operations) == ["listOrderItems", "listOrders"]
    api = build_file(FIXTURES / "constructs.yaml", BuildOptions(
        include_tags=("Orders",), include_paths=("/product-variants",), exclude_paths=("/orders/*/items",))).api
    assert sorted(o.id for o in api.operations) == ["createProductVariant", "listOrders"]  # includes ORed


def _minimal(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths or {},
            "components": {"schemas": schemas}}


def test_malformed_schemas_warn_instead_of_crashing() -> None:
    data = _minimal({
        "BadEnum": {"type": "string", "enum": "nope"},
        "BadType": {"type": 5},
        "UnknownType": {"type": "strange"},
        "NotADict": "hello",
        "BadRef": {"$ref": "#/components/schemas/Missing"},
        "BadAllOf": {"allOf": "x"},
        "BadOneOf": {"oneOf": 3},
        "ObjEnum": {"enum": [{"a": 1}, "b"]},
        "EmptyEnum": {"enum": []},
        "OnlyNull": {"enum": [None]},
        "ConflictingAllOf": {"allOf": [{"type": "string"}, {"type": "integer"}]},
        "SelfAlias": {"$ref": "#/components/schemas/SelfAlias"},
        "LoopA": {"$ref": "#/components/schemas/LoopB"},
        "LoopB": {"$ref": "#/components/schemas/LoopA"},
        "Nested": {"type": "object", "properties": {"p": {"oneOf": [{"$ref": "#/nope"}, {"type": "null"}]}}},
    }, {"/x": {"parameters": [{"in": "query"}], "get": {"parameters": [{"name": "q", "in": "body"}],
                                                         "responses": {"200": "bad"}}}})
    res = build(spec_from_data(data))
    codes = {d.code for d in res.diagnostics}
    assert {"enum-invalid", "type-invalid", "type-unknown", "schema-invalid", "ref-not-found", "allof-invalid",
            "union-invalid", "enum-unsupported", "allof-conflict", "parameter-invalid"} <= codes
    assert res.api.schema("OnlyNull").target == TypeRef("null")
    assert res.api.schema("BadRef").target == TypeRef("any")
    assert res.api.schema("SelfAlias").target == TypeRef("any") and "ref-cycle" in codes
    assert res.api.schema("LoopA").target == TypeRef("ref", "LoopB")
    assert len(res.api.operations) == 1 and res.api.operations[0].responses == ()


def test_diagnostics_are_capped_per_code() -> None:
    schemas = {f"S{i}": {"$ref": f"#/components/schemas/Missing{i}"} for i in range(50)}
    res = build(spec_from_data(_minimal(schemas)))
    refs = [d for d in res.diagnostics if d.code == "ref-not-found"]
    assert len([d for d in refs if d.severity == "warning"]) == 20
    summary = [d for d in refs if d.severity == "info"]
    assert len(summary) == 1 and "30 more" in summary[0].message


def test_operation_method_collisions_keep_full_ids() -> None:
    ok = {"200": {"description": "ok"}}
    paths = {
        "/pets": {"get": {"operationId": "listPets", "tags": ["Pets"], "responses": ok}},
        "/pets/all": {"get": {"operationId": "listAllPets", "tags": ["Pets"], "responses": ok}},
        "/pets/mine": {"get": {"operationId": "listPet", "tags": ["Pets"], "responses": ok}},
    }
    api = build(spec_from_data(_minimal({}, paths))).api
    assert sorted(o.name for o in api.operations) == ["list_all", "list_pet", "list_pets"]


def test_document_without_paths_or_components() -> None:
    api = build(spec_from_data({"openapi": "3.0.0", "info": {"title": "empty", "version": "0"}})).api
    assert (api.operations, api.schemas, api.webhooks) == ((), (), ())
    assert op  # helper imported for other tests


def test_same_ir_under_different_hash_seeds() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, hashlib; sys.path.insert(0, sys.argv[1]);"
        "from pfgen_build_helpers import FIXTURES, build_file;"
        "r = build_file(FIXTURES / 'constructs.yaml');"
        "print(hashlib.sha256(repr((r.api, r.diagnostics)).encode()).hexdigest())"
    )
    here = os.path.dirname(__file__)
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code, here], env=env, capture_output=True, text=True,
                              check=True)
        outs.add(done.stdout.strip())
    assert len(outs) == 1
