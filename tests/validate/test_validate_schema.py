"""openapi-spec-validator errors become one-sentence diagnostics at the right pointer, line and column."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from validate_support import FIXTURES, SHARED, spec_from_data, spec_from_file, spec_from_text

from generator.errors import Diagnostic
from generator.validate import has_errors, validate

# file -> [(line, col, pointer, code)] in order
EXPECTED: dict[str, list[tuple[int, int, str, str]]] = {
    "invalid-3.0.yaml": [
        (2, 1, "/info", "spec-missing-property"),
        (10, 11, "/paths/~1pets/get/parameters/0/in", "spec-bad-value"),
        (14, 9, "/paths/~1pets/get/responses/200", "spec-missing-property"),
        (16, 7, "/paths/~1pets/get/summery", "spec-unexpected-property"),
        (23, 11, "/components/schemas/Pet/properties/id/type", "spec-wrong-type"),
    ],
    "invalid-3.0.json": [
        (3, 3, "/info", "spec-missing-property"),
        (13, 13, "/paths/~1pets/get/parameters/0/in", "spec-bad-value"),
        (18, 11, "/paths/~1pets/get/responses/200", "spec-missing-property"),
        (20, 9, "/paths/~1pets/get/summery", "spec-unexpected-property"),
        (26, 55, "/components/schemas/Pet/properties/id/type", "spec-wrong-type"),
    ],
    "invalid-2.0.yaml": [
        (13, 11, "/paths/~1pets/get/parameters/0/default", "default-invalid"),
        (15, 9, "/paths/~1pets/get/responses/200", "spec-missing-property"),
        (22, 27, "/definitions/Pet/properties/tag/maxLength", "spec-invalid"),
    ],
    "invalid-2.0.json": [
        (9, 63, "/paths/~1pets/get/parameters/0/default", "default-invalid"),
        (12, 11, "/paths/~1pets/get/responses/200", "spec-missing-property"),
        (20, 72, "/definitions/Pet/properties/tag/maxLength", "spec-invalid"),
    ],
    "invalid-3.1.yaml": [
        (17, 7, "/paths/~1pets~1{petId}/get/bogus", "spec-unexpected-property"),
        (25, 11, "/components/schemas/Pet/properties/age/default", "default-invalid"),
    ],
    "invalid-3.1.json": [
        (11, 9, "/paths/~1pets~1{petId}/get/bogus", "spec-unexpected-property"),
        (19, 51, "/components/schemas/Pet/properties/age/default", "default-invalid"),
    ],
}


def _shape(diags: tuple[Diagnostic, ...]) -> list[tuple[int | None, int | None, str, str]]:
    return [(d.location.line, d.location.col, d.location.pointer, d.code) for d in diags]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_all_errors_found_located_and_ordered(name: str) -> None:
    spec = spec_from_file(FIXTURES / name)
    diags = validate(spec)
    assert _shape(diags) == EXPECTED[name]
    assert all(d.severity == "error" for d in diags)
    assert all(d.location.file == str(FIXTURES / name) for d in diags)
    assert has_errors(diags)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages_are_single_readable_sentences(name: str) -> None:
    for diag in validate(spec_from_file(FIXTURES / name)):
        assert "\n" not in diag.message
        assert len(diag.message) < 200
        assert "is not valid under any of the given schemas" not in diag.message
        assert "'$ref' is a required property" not in diag.message


def test_the_wording_names_what_is_wrong() -> None:
    messages = {d.location.pointer: d.message for d in validate(spec_from_file(FIXTURES / "invalid-3.0.yaml"))}
    assert messages["/info"] == "missing required property 'version'"
    assert messages["/paths/~1pets/get/responses/200"] == "missing required property 'description'"
    assert messages["/paths/~1pets/get/parameters/0/in"] == (
        '"querystring" is not one of ["path", "query", "header", "cookie"]'
    )
    assert "'summery'" in messages["/paths/~1pets/get/summery"]
    assert messages["/components/schemas/Pet/properties/id/type"] == "expected string, got integer 5"


def test_long_values_are_previewed_not_dumped() -> None:
    huge = {"title": "x" * 5000, "version": "1"}
    data: dict[str, Any] = {"openapi": "3.0.3", "info": huge, "paths": {"/a": {"get": {"responses": "nope" * 500}}}}
    diags = validate(spec_from_data(data))
    assert diags
    for diag in diags:
        assert len(diag.format()) < 400


def test_valid_documents_have_no_errors() -> None:
    for name in ("oai-petstore-3.0.json", "oai-petstore-simple-2.0.yaml", "oai-api-with-examples-3.0.json"):
        path = SHARED / "specs" / name
        assert validate(spec_from_file(path)) == ()


def test_lint_off_keeps_the_validators_own_keyword_errors() -> None:
    data = {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}},
                         "put": {"operationId": "x", "responses": {"200": {"description": "ok"}}}}},
    }
    with_lint = validate(spec_from_data(data))
    without = validate(spec_from_data(data), lint=False)
    assert [d.code for d in with_lint] == ["duplicate-operation-id"]
    assert "already used by GET /a" in with_lint[0].message
    assert [d.code for d in without] == ["duplicate-operation-id"]
    assert without[0].location.pointer == "/paths/~1a/put/operationId"


def test_errors_inside_shared_components_point_at_the_component() -> None:
    # The keyword phase walks through $refs; the message must name where the bad value is written.
    text = json.dumps({
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/P"}],
                                 "responses": {"200": {"description": "ok"}}}}},
        "components": {"parameters": {"P": {"name": "p", "in": "query",
                                            "schema": {"type": "integer", "default": "x"}}}},
    }, indent=1)
    diags = validate(spec_from_text(text, "ref.json"))
    assert [d.location.pointer for d in diags] == ["/components/parameters/P/schema/default"]


def test_remote_refs_are_never_fetched() -> None:
    data = {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"parameters": [{"$ref": "http://127.0.0.1:9/never.json#/P"}],
                                 "responses": {"200": {"description": "ok"}}}}},
    }
    start = time.monotonic()
    diags = validate(spec_from_data(data))
    assert time.monotonic() - start < 60  # generous: only guards against a network wait or a hang
    assert all(d.code != "internal" for d in diags)


def test_origins_map_hoisted_parts_to_their_own_file() -> None:
    from validate_support import document

    from generator.resolve.model import ResolvedSpec

    other_text = "Pet:\n  type: object\n  properties:\n    id:\n      type: 5\n"
    other = document(other_text, "models.yaml")
    root_data = {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"Pet": other.data["Pet"]}},
    }
    root = document(json.dumps(root_data), "api.json")
    spec = ResolvedSpec(
        root=root, bundled=root_data, data=root_data, family="3.0", spec_version="3.0.3", documents=(other,),
        origins=(("/components/schemas/Pet", "models.yaml", "/Pet"),),
    )
    (diag,) = validate(spec)
    assert diag.location.file == "models.yaml"
    assert diag.location.pointer == "/Pet/properties/id/type"
    assert (diag.location.line, diag.location.col) == (5, 7)


@pytest.mark.parametrize(
    ("family_doc", "param"),
    [
        ({"swagger": "2.0"}, {"name": "id", "in": "path", "type": "string"}),
        ({"openapi": "3.0.3"}, {"name": "id", "in": "path", "schema": {"type": "string"}}),
        ({"openapi": "3.0.3"}, {"name": "id", "in": "path", "required": False, "schema": {"type": "string"}}),
        ({"openapi": "3.1.0"}, {"name": "id", "in": "path", "schema": {"type": "string"}}),
    ],
)
def test_path_parameter_without_required_is_one_clear_problem(family_doc: dict[str, Any], param: dict[str, Any]) -> None:
    data = {**family_doc, "info": {"title": "t", "version": "1"},
            "paths": {"/a/{id}": {"get": {"parameters": [param], "responses": {"200": {"description": "ok"}}}}}}
    diags = validate(spec_from_data(data))
    assert [(d.location.pointer, d.code) for d in diags] == [
        ("/paths/~1a~1{id}/get/parameters/0", "path-param-not-required")
    ]
    # Without our lint, the meta-schema's own report names the missing member, not a wrong branch's complaint.
    (raw,) = validate(spec_from_data(data), lint=False)
    assert "body" not in raw.message
    assert "required" in raw.message or raw.location.pointer.endswith("/required")


def test_swagger2_parameter_kind_is_picked_from_in() -> None:
    data = {"swagger": "2.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"parameters": [{"name": "q", "in": "query", "type": "strin"}],
                                     "responses": {"200": {"description": "ok"}}}}}}
    (diag,) = validate(spec_from_data(data))
    assert diag.location.pointer == "/paths/~1a/get/parameters/0/type"
    assert diag.message.startswith('"strin" is not one of ["string", "number"')


def test_invalid_schema_inside_31_document_is_worded_plainly() -> None:
    data = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"A": {"type": "strin"}}}}
    (diag,) = validate(spec_from_data(data))
    assert diag.code == "schema-invalid"
    assert diag.location.pointer == "/components/schemas/A/type"
    assert diag.message.startswith('invalid schema: "strin" is not one of ["array", "boolean", "integer"')


def test_complete_places_other_stages_diagnostics() -> None:
    from generator.errors import Diagnostic, Location
    from generator.validate import complete

    spec = spec_from_file(FIXTURES / "invalid-3.1.yaml")
    later = Diagnostic("warning", "normalize-x", "something", Location("", None, None, "/paths/~1pets~1{petId}/get"))
    unknown = Diagnostic("warning", "normalize-y", "elsewhere", Location("", None, None, "/components/schemas/Nope"))
    placed = complete(spec, (unknown, later, later))
    assert [d.code for d in placed] == ["normalize-x", "normalize-y"]
    assert (placed[0].location.file, placed[0].location.line, placed[0].location.col) == (spec.root.uri, 7, 5)
    assert placed[1].location.line is None  # a pointer that is not in the document is left unplaced
