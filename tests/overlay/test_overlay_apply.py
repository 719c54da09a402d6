"""Applying overlays: update/remove semantics (from the Overlay spec's examples and compliant sets), ordering,
warnings, copy-on-write, and the SourceDocument wrapper."""

from __future__ import annotations

import copy
import hashlib
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import InputError
from generator.load import load_document, parse_bytes
from generator.overlay import apply_overlays, apply_to_document, load_overlay


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def doc_from(text: str) -> Any:
    return yaml.safe_load(textwrap.dedent(text))


HEADER = "overlay: 1.0.0\ninfo:\n  title: test\n  version: 1.0.0\n"


def overlay(tmp_path: Path, actions: str, name: str = "overlay.yaml") -> Path:
    return write(tmp_path, name, HEADER + "actions:\n" + textwrap.dedent(actions).strip("\n") + "\n")


# ------------------------------------------------------------------------------------ the specification's examples


def test_targeted_overlay_example(tmp_path: Path) -> None:
    data = doc_from("""
        paths:
          /foo: {get: {description: old foo}}
          /bar: {get: {description: old bar, summary: keep}}
    """)
    ov = overlay(tmp_path, """
        - target: $.paths['/foo'].get
          update:
            description: This is the new description
        - target: $.paths['/bar'].get
          update:
            description: This is the updated description
        - target: $.paths['/bar']
          update:
            post:
              description: This is an updated description of a child object
              x-safe: false
    """)
    result, diags = apply_overlays(data, [ov])
    assert diags == ()
    assert result["paths"]["/foo"]["get"] == {"description": "This is the new description"}
    assert result["paths"]["/bar"]["get"] == {"description": "This is the updated description", "summary": "keep"}
    assert result["paths"]["/bar"]["post"] == {
        "description": "This is an updated description of a child object", "x-safe": False,
    }


def test_structured_overlay_merges_recursively_from_the_root(tmp_path: Path) -> None:
    data = doc_from("""
        info: {title: T, version: '1'}
        paths:
          /: {get: {operationId: root, summary: old}}
          /pets: {get: {operationId: pets}}
    """)
    ov = overlay(tmp_path, """
        - target: '$'
          update:
            info:
              x-overlay-applied: structured-overlay
            paths:
              '/':
                summary: 'The root resource'
                get:
                  summary: 'Retrieve the root resource'
                  x-rate-limit: 100
              '/pets':
                get:
                  summary: 'Retrieve a list of pets'
                  x-rate-limit: 100
    """)
    result, _ = apply_overlays(data, [ov])
    assert result["info"] == {"title": "T", "version": "1", "x-overlay-applied": "structured-overlay"}
    assert result["paths"]["/"] == {
        "get": {"operationId": "root", "summary": "Retrieve the root resource", "x-rate-limit": 100},
        "summary": "The root resource",
    }
    assert result["paths"]["/pets"]["get"] == {
        "operationId": "pets", "summary": "Retrieve a list of pets", "x-rate-limit": 100,
    }


def test_wildcard_overlay_example(tmp_path: Path) -> None:
    data = doc_from("""
        paths:
          /a:
            get:
              parameters:
                - {name: filter, in: query}
                - {name: filter, in: header}
            post: {}
          /b:
            get: {}
    """)
    ov = overlay(tmp_path, """
        - target: $.paths.*.get
          update:
            x-safe: true
        - target: $.paths.*.get.parameters[?@.name=='filter' && @.in=='query']
          update:
            schema:
              $ref: '#/components/schemas/filterSchema'
    """)
    result, diags = apply_overlays(data, [ov])
    assert diags == ()
    assert result["paths"]["/a"]["get"]["x-safe"] is True
    assert result["paths"]["/b"]["get"] == {"x-safe": True}
    assert "x-safe" not in result["paths"]["/a"]["post"]
    params = result["paths"]["/a"]["get"]["parameters"]
    assert params[0] == {"name": "filter", "in": "query", "schema": {"$ref": "#/components/schemas/filterSchema"}}
    assert params[1] == {"name": "filter", "in": "header"}


def test_array_modification_examples_append_then_remove(tmp_path: Path) -> None:
    data = doc_from("""
        paths:
          /a: {get: {parameters: [{name: dummy, in: query}, {name: keep, in: query}]}}
          /b: {get: {parameters: []}}
    """)
    add = overlay(tmp_path, """
        - target: $.paths.*.get.parameters
          update:
            name: newParam
            in: query
    """, "add.yaml")
    remove = overlay(tmp_path, """
        - target: $.paths.*.get.parameters[?@.name == 'dummy']
          remove: true
    """, "remove.yaml")
    result, diags = apply_overlays(data, [add, remove])
    assert diags == ()
    assert result["paths"]["/a"]["get"]["parameters"] == [
        {"name": "keep", "in": "query"}, {"name": "newParam", "in": "query"},
    ]
    assert result["paths"]["/b"]["get"]["parameters"] == [{"name": "newParam", "in": "query"}]


def test_traits_example(tmp_path: Path) -> None:
    data = doc_from("""
        paths:
          /items: {get: {x-oai-traits: [paged], responses: {'200': {description: OK}}}}
          /items/{id}/subitems:
            get:
              x-oai-traits: [paged]
              parameters: [{name: id, in: path, required: true}]
          /other: {get: {responses: {'200': {description: OK}}}}
    """)
    ov = overlay(tmp_path, """
        - target: $.paths[?(@.get['x-oai-traits'][?(@ == 'paged')])].get
          update:
            parameters:
              - {name: top, in: query}
              - {name: skip, in: query}
    """)
    result, _ = apply_overlays(data, [ov])
    assert [p["name"] for p in result["paths"]["/items"]["get"]["parameters"]] == ["top", "skip"]
    assert [p["name"] for p in result["paths"]["/items/{id}/subitems"]["get"]["parameters"]] == ["id", "top", "skip"]
    assert "parameters" not in result["paths"]["/other"]["get"]


def test_compliant_set_many_operations(tmp_path: Path) -> None:
    # After OAI/Overlay-Specification compliant-sets/many-operations: removing a primitive, arrays concatenated
    # across actions, a wildcard update creating the same object under every path.
    data = doc_from("""
        paths:
          /pets: {get: {summary: List all pets, operationId: listPets, tags: [pets]}}
          /pets/{petId}: {get: {summary: Info for a specific pet, operationId: showPetById, tags: [pets]}}
    """)
    ov = overlay(tmp_path, """
        - target: $.paths['/pets'].get.summary
          remove: true
        - target: $.paths.*.get
          update:
            tags:
              - wildcard-done
        - target: $.paths['/pets'].get
          update:
            x-info:
              x-overlay-applied: structured-overlay
              description: This is an added description
            tags:
              - overlayed
        - target: $.paths.*
          update:
            post:
              foo:
                bar: hello
    """)
    result, diags = apply_overlays(data, [ov])
    assert diags == ()
    assert result == {
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets", "wildcard-done", "overlayed"],
                    "x-info": {"x-overlay-applied": "structured-overlay", "description": "This is an added description"},
                },
                "post": {"foo": {"bar": "hello"}},
            },
            "/pets/{petId}": {
                "get": {"summary": "Info for a specific pet", "operationId": "showPetById",
                        "tags": ["pets", "wildcard-done"]},
                "post": {"foo": {"bar": "hello"}},
            },
        },
    }
    # Each target gets its own copy of the update value.
    assert result["paths"]["/pets"]["post"] is not result["paths"]["/pets/{petId}"]["post"]


def test_compliant_set_replace_servers_remove_then_recreate(tmp_path: Path) -> None:
    data = doc_from("""
        servers: [{url: 'https://api.example.com'}, {url: 'https://eu.example.com'}]
        paths: {}
    """)
    ov = overlay(tmp_path, """
        - target: '$.servers'
          remove: true
        - target: '$'
          update:
            servers:
              - url: http://api-test-tunnel.local
                description: Local development server
    """)
    result, _ = apply_overlays(data, [ov])
    assert result["servers"] == [{"url": "http://api-test-tunnel.local", "description": "Local development server"}]


def test_compliant_set_remove_matching_responses_with_descendant_segment(tmp_path: Path) -> None:
    data = doc_from("""
        paths:
          /a: {get: {responses: {'200': {description: ok}, '500': {description: boom}, default: {description: d}}}}
          /b: {post: {responses: {'201': {description: ok}, '500': {description: boom}}}}
        components: {responses: {'500': {description: not under paths}}}
    """)
    ov = overlay(tmp_path, """
        - target: $.paths..responses['500']
          remove: true
        - target: $.paths..responses['default']
          remove: true
    """)
    result, diags = apply_overlays(data, [ov])
    assert diags == ()
    assert result["paths"]["/a"]["get"]["responses"] == {"200": {"description": "ok"}}
    assert result["paths"]["/b"]["post"]["responses"] == {"201": {"description": "ok"}}
    assert result["components"] == data["components"]


# ------------------------------------------------------------------------------------------------ merge details


def test_merge_rules_primitives_replace_arrays_concatenate_objects_merge(tmp_path: Path) -> None:
    data = {"o": {"s": "old", "n": 1, "b": True, "z": None, "a": [1, 2], "m": {"k": "v", "deep": {"x": 1}}}}
    ov = overlay(tmp_path, """
        - target: $.o
          update:
            s: new
            n: 2.5
            b: false
            z: now set
            a: [3]
            m: {deep: {y: 2}, k2: v2}
            added: {fresh: [1]}
    """)
    result, _ = apply_overlays(data, [ov])
    assert result["o"] == {
        "s": "new", "n": 2.5, "b": False, "z": "now set", "a": [1, 2, 3],
        "m": {"k": "v", "deep": {"x": 1, "y": 2}, "k2": "v2"}, "added": {"fresh": [1]},
    }


def test_update_of_an_array_target_appends_an_entry_or_concatenates_an_array(tmp_path: Path) -> None:
    data = {"tags": [{"name": "a"}], "list": [1]}
    ov = overlay(tmp_path, """
        - target: $.tags
          update: {name: b}
        - target: $.list
          update: [2, 3]
        - target: $.list
          update: 4
    """)
    result, _ = apply_overlays(data, [ov])
    assert result["tags"] == [{"name": "a"}, {"name": "b"}]
    assert result["list"] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("update", "where"),
    [
        ("{description: {text: x}}", "/actions/0/update/description"),     # object onto a string
        ("{tags: oops}", "/actions/0/update/tags"),                         # string onto an array
        ("{responses: [1]}", "/actions/0/update/responses"),                # array onto an object
    ],
)
def test_incompatible_merge_is_an_error_naming_the_update(tmp_path: Path, update: str, where: str) -> None:
    data = {"op": {"description": "d", "tags": ["t"], "responses": {"200": {}}}}
    ov = overlay(tmp_path, f"""
        - target: $.op
          update: {update}
    """)
    with pytest.raises(InputError) as info:
        apply_overlays(data, [ov])
    err = info.value
    assert err.code == "overlay-update-conflict"
    assert err.location.file == str(ov) and err.location.pointer == where
    assert err.location.line == 7   # the `update:` line of the action (4 header lines, then actions:)
    assert "remove" in err.hint


def test_non_object_update_of_an_object_is_an_error(tmp_path: Path) -> None:
    ov = overlay(tmp_path, """
        - target: $.info
          update: just a string
    """)
    with pytest.raises(InputError) as info:
        apply_overlays({"info": {"title": "x"}}, [ov])
    assert info.value.code == "overlay-update-conflict"
    assert info.value.location.pointer == "/actions/0/update"


def test_update_of_a_primitive_target_is_skipped_with_a_warning(tmp_path: Path) -> None:
    data = {"info": {"title": "x", "version": "1"}}
    ov = overlay(tmp_path, """
        - target: $.info.*
          update: {x: 1}
    """)
    result, diags = apply_overlays(data, [ov])
    assert result == data
    assert [d.code for d in diags] == ["overlay-target-not-container", "overlay-target-not-container"]
    assert all(d.severity == "warning" for d in diags)
    assert "/info/title" in diags[0].message


def test_remove_several_items_of_one_array_and_nested_selections(tmp_path: Path) -> None:
    data = {"list": [1, 5, 2, 7, 1], "tree": {"x": {"x": {"keep": 1}}, "y": {"x": 2}}}
    ov = overlay(tmp_path, """
        - target: $.list[?@ > 1]
          remove: true
        - target: $.tree..x
          remove: true
    """)
    result, diags = apply_overlays(data, [ov])
    assert diags == ()
    assert result == {"list": [1, 1], "tree": {"y": {}}}


def test_remove_by_index_and_slice(tmp_path: Path) -> None:
    data = {"a": [0, 1, 2, 3, 4, 5]}
    ov = overlay(tmp_path, """
        - target: $.a[-1]
          remove: true
        - target: $.a[0:2]
          remove: true
    """)
    result, _ = apply_overlays(data, [ov])
    assert result == {"a": [2, 3, 4]}


def test_removing_the_root_is_an_error(tmp_path: Path) -> None:
    ov = overlay(tmp_path, """
        - target: $
          remove: true
    """)
    with pytest.raises(InputError) as info:
        apply_overlays({"a": 1}, [ov])
    assert info.value.code == "overlay-invalid"
    assert info.value.location.pointer == "/actions/0/target"


def test_action_without_update_or_remove_warns(tmp_path: Path) -> None:
    ov = overlay(tmp_path, """
        - target: $.a
          description: forgot the change
    """)
    result, diags = apply_overlays({"a": {}}, [ov])
    assert result == {"a": {}}
    assert [d.code for d in diags] == ["overlay-action-empty"]


# ------------------------------------------------------------------------------------------------------ ordering


def test_actions_apply_in_order_each_to_the_previous_result(tmp_path: Path) -> None:
    data = {"info": {"title": "old", "x-a": 1}}
    ov = overlay(tmp_path, """
        - target: $.info
          remove: true
        - target: $
          update: {info: {title: new}}
        - target: $.info[?@ == 'new']
          remove: true
        - target: $.info
          update: {version: '2'}
    """)
    result, diags = apply_overlays(data, [ov])
    assert diags == ()
    assert result == {"info": {"version": "2"}}


def test_overlays_apply_in_order(tmp_path: Path) -> None:
    data = {"info": {"title": "API"}}
    first = overlay(tmp_path, """
        - target: $.info
          update: {x-stage: one, x-tags: [a]}
    """, "first.yaml")
    second = overlay(tmp_path, """
        - target: $[?@.x-stage == 'one']
          update: {x-stage: two, x-tags: [b]}
    """, "second.yaml")
    result, diags = apply_overlays(data, [first, second])
    assert diags == ()
    assert result["info"] == {"title": "API", "x-stage": "two", "x-tags": ["a", "b"]}
    reversed_result, reversed_diags = apply_overlays(data, [second, first])
    assert reversed_result["info"] == {"title": "API", "x-stage": "one", "x-tags": ["a"]}
    assert [d.code for d in reversed_diags] == ["overlay-target-unmatched"]


def test_json_overlay_documents_work(tmp_path: Path) -> None:
    path = tmp_path / "o.json"
    path.write_text(json.dumps({
        "overlay": "1.0.0", "info": {"title": "t", "version": "1"},
        "actions": [{"target": "$.info", "update": {"x-json": True}}],
    }), encoding="utf-8")
    result, _ = apply_overlays({"info": {}}, [path])
    assert result == {"info": {"x-json": True}}


# ------------------------------------------------------------------------------------------------------ warnings


def test_unmatched_target_is_a_warning_naming_file_and_action(tmp_path: Path) -> None:
    ov = overlay(tmp_path, """
        - target: $.info
          update: {x-a: 1}
        - target: $.paths['/nope'].get
          update: {x-b: 2}
    """)
    result, diags = apply_overlays({"info": {}, "paths": {}}, [ov])
    assert result == {"info": {"x-a": 1}, "paths": {}}
    (diag,) = diags
    assert diag.severity == "warning" and diag.code == "overlay-target-unmatched"
    assert diag.location.file == str(ov)
    assert diag.location.pointer == "/actions/1/target"
    assert diag.location.line == 8
    assert "action 1" in diag.message and "$.paths['/nope'].get" in diag.message


# -------------------------------------------------------------------------------------------- purity and sharing


def test_input_is_never_mutated_and_untouched_branches_are_shared(tmp_path: Path) -> None:
    data = doc_from("""
        info: {title: T}
        paths:
          /a: {get: {tags: [x], parameters: [{name: p}]}}
          /b: {get: {tags: [y]}}
        components: {schemas: {S: {type: object}}}
    """)
    snapshot = copy.deepcopy(data)
    ov = overlay(tmp_path, """
        - target: $.paths['/a'].get
          update: {tags: [z], x-new: {k: v}}
        - target: $.paths['/a'].get.parameters[0]
          remove: true
        - target: $.info
          update: {title: U}
    """)
    result, _ = apply_overlays(data, [ov])
    assert data == snapshot
    assert result["paths"]["/a"]["get"] == {"tags": ["x", "z"], "parameters": [], "x-new": {"k": "v"}}
    assert result["info"] == {"title": "U"}
    assert result["components"] is data["components"]           # copy-on-write: untouched branch shared
    assert result["paths"]["/b"] is data["paths"]["/b"]
    assert result["paths"] is not data["paths"]


def test_overlay_values_are_not_shared_with_the_result(tmp_path: Path) -> None:
    ov = load_overlay(overlay(tmp_path, """
        - target: $.a
          update: {list: [1], obj: {k: v}}
    """))
    first, _ = apply_overlays({"a": {}}, [ov])
    first["a"]["list"].append(2)
    first["a"]["obj"]["k"] = "changed"
    second, _ = apply_overlays({"a": {}}, [ov])
    assert second == {"a": {"list": [1], "obj": {"k": "v"}}}


def test_deterministic(tmp_path: Path) -> None:
    data = {"paths": {f"/p{i}": {"get": {"tags": ["t"]}} for i in range(20)}}
    ov = overlay(tmp_path, """
        - target: $.paths.*.get
          update: {x-n: 1, tags: [u]}
        - target: $..tags[?@ == 't']
          remove: true
    """)
    one, d1 = apply_overlays(data, [ov])
    two, d2 = apply_overlays(data, [ov])
    assert json.dumps(one) == json.dumps(two) and d1 == d2
    assert list(one["paths"]) == list(data["paths"])
    assert all(op["get"]["tags"] == ["u"] for op in one["paths"].values())


# ------------------------------------------------------------------------------------------ the document wrapper


def test_apply_to_document_reserialises_only_when_something_changed(tmp_path: Path) -> None:
    doc = parse_bytes(b"openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n", "spec.yaml")
    changing = overlay(tmp_path, """
        - target: $.info
          update: {x-changed: true}
    """, "changing.yaml")
    new, diags = apply_to_document(doc, [changing])
    assert diags == ()
    assert new is not doc and new.uri == "spec.yaml" and new.media_type == "json"
    assert new.text == json.dumps(new.data, indent=2, ensure_ascii=False) + "\n"
    assert json.loads(new.text) == new.data
    assert new.sha256 == hashlib.sha256(new.text.encode("utf-8")).hexdigest() != doc.sha256
    assert new.data["info"]["x-changed"] is True and "x-changed" not in doc.data["info"]

    idle = overlay(tmp_path, """
        - target: $.nothing
          update: {x: 1}
    """, "idle.yaml")
    same, diags = apply_to_document(doc, [idle])
    assert same is doc
    assert [d.code for d in diags] == ["overlay-target-unmatched"]
    assert apply_to_document(doc, []) == (doc, ())


def test_apply_to_document_on_a_loaded_file(tmp_path: Path) -> None:
    spec = write(tmp_path, "spec.json", '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}')
    ov = overlay(tmp_path, """
        - target: $.paths
          update: {/ping: {get: {responses: {'204': {description: pong}}}}}
    """)
    new, _ = apply_to_document(load_document(spec), [ov])
    assert new.data["paths"]["/ping"]["get"]["responses"]["204"] == {"description": "pong"}


def test_a_node_selected_twice_is_updated_once(tmp_path: Path) -> None:
    ov = overlay(tmp_path, """
        - target: $.items[0, 0, -2]
          update: {tags: [x]}
    """)
    result, _ = apply_overlays({"items": [{"tags": []}, {"tags": []}]}, [ov])
    assert result == {"items": [{"tags": ["x"]}, {"tags": []}]}
