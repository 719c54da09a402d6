"""One test (or a few) per Swagger 2.0 -> OpenAPI 3.0 conversion rule, on small inline documents."""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import unquote

import pytest
from openapi_spec_validator import validate

from generator.errors import Diagnostic
from generator.normalize import normalize


def doc(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    base.update(fields)
    return base


def op(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    base.update(fields)
    return base


def convert(document: dict[str, Any]) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    before = copy.deepcopy(document)
    out, diagnostics = normalize(document, "2.0")
    assert document == before, "normalize mutated its input"
    assert_refs_resolve(out)
    return out, diagnostics


def assert_refs_resolve(document: dict[str, Any]) -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                assert ref.startswith("#/"), f"{where}: non-local ref {ref}"
                target: Any = document
                for token in unquote(ref[2:]).split("/"):
                    token = token.replace("~1", "/").replace("~0", "~")
                    assert (
                        isinstance(target, dict) and token in target
                    ), f"{where}: dangling ref {ref}"
                    target = target[token]
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(document, "")


def codes(diagnostics: tuple[Diagnostic, ...]) -> list[str]:
    return [d.code for d in diagnostics]


# --- top level ------------------------------------------------------------------------------------------------


def test_version_markers_and_kept_top_level_fields() -> None:
    d = doc(
        tags=[{"name": "pets"}],
        externalDocs={"url": "https://example.com"},
        security=[{"key": []}],
        securityDefinitions={"key": {"type": "apiKey", "name": "X-Key", "in": "header"}},
        consumes=["application/json"],
        produces=["application/json"],
        **{"x-logo": {"url": "l.png"}},
    )
    out, diagnostics = convert(d)
    assert out["openapi"] == "3.0.3"
    assert out["x-pfgen-source-version"] == "2.0"
    assert "swagger" not in out and "consumes" not in out and "produces" not in out
    assert out["info"] == d["info"]
    assert out["tags"] == [{"name": "pets"}]
    assert out["externalDocs"] == {"url": "https://example.com"}
    assert out["security"] == [{"key": []}]
    assert out["x-logo"] == {"url": "l.png"}
    assert diagnostics == ()


def test_missing_paths_become_empty_object() -> None:
    d = doc()
    del d["paths"]
    out, _ = convert(d)
    assert out["paths"] == {}


@pytest.mark.parametrize(
    ("fields", "urls"),
    [
        (
            {"host": "api.example.com", "basePath": "/v1", "schemes": ["http", "https"]},
            ["http://api.example.com/v1", "https://api.example.com/v1"],
        ),
        ({"host": "api.example.com", "basePath": "/v1"}, ["https://api.example.com/v1"]),
        ({"host": "api.example.com:8080"}, ["https://api.example.com:8080"]),
        ({"host": "api.example.com", "basePath": "/"}, ["https://api.example.com"]),
        ({"host": "api.example.com", "basePath": "/v1/"}, ["https://api.example.com/v1"]),
        ({"basePath": "/v1"}, ["/v1"]),
        ({"basePath": "/"}, ["/"]),
        ({"basePath": "/v1", "schemes": ["http"]}, ["/v1"]),
    ],
)
def test_servers_from_host_base_path_and_schemes(fields: dict[str, Any], urls: list[str]) -> None:
    out, _ = convert(doc(**fields))
    assert [s["url"] for s in out["servers"]] == urls


def test_no_host_and_no_base_path_means_no_servers() -> None:
    out, _ = convert(doc())
    assert "servers" not in out


def test_host_with_scheme_is_cleaned_with_a_warning() -> None:
    out, diagnostics = convert(doc(host="https://api.example.com/x", basePath="/v1"))
    assert out["servers"] == [{"url": "https://api.example.com/v1"}]
    assert codes(diagnostics) == ["normalize-host-not-bare"]
    assert diagnostics[0].location.pointer == "/host"


def test_operation_schemes_become_operation_servers() -> None:
    d = doc(
        host="h.example",
        schemes=["https"],
        paths={"/a": {"get": op(schemes=["http"])}, "/b": {"get": op(schemes=["https"])}},
    )
    out, _ = convert(d)
    assert out["paths"]["/a"]["get"]["servers"] == [{"url": "http://h.example"}]
    assert "servers" not in out["paths"]["/b"]["get"]
    assert "schemes" not in out["paths"]["/a"]["get"]


# --- schemas and $refs ------------------------------------------------------------------------------------------


def test_definitions_become_component_schemas_and_refs_are_rewritten_everywhere() -> None:
    d = doc(
        definitions={
            "Pet": {
                "type": "object",
                "properties": {
                    "owner": {"$ref": "#/definitions/Person"},
                    "friends": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                    "meta": {
                        "type": "object",
                        "additionalProperties": {"$ref": "#/definitions/Person"},
                    },
                },
            },
            "Person": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Dog": {"allOf": [{"$ref": "#/definitions/Pet"}, {"type": "object"}]},
            "Name": {"$ref": "#/definitions/Person/properties/name"},
        },
        paths={
            "/pets": {
                "get": op(
                    responses={
                        "200": {
                            "description": "ok",
                            "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                        }
                    }
                )
            }
        },
    )
    out, diagnostics = convert(d)
    schemas = out["components"]["schemas"]
    assert list(schemas) == ["Pet", "Person", "Dog", "Name"]
    props = schemas["Pet"]["properties"]
    assert props["owner"] == {"$ref": "#/components/schemas/Person"}
    assert props["friends"]["items"] == {"$ref": "#/components/schemas/Pet"}
    assert props["meta"]["additionalProperties"] == {"$ref": "#/components/schemas/Person"}
    assert schemas["Dog"]["allOf"][0] == {"$ref": "#/components/schemas/Pet"}
    assert schemas["Name"] == {"$ref": "#/components/schemas/Person/properties/name"}
    body = out["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert body["items"] == {"$ref": "#/components/schemas/Pet"}
    assert diagnostics == ()


def test_schema_conversions_nullable_file_discriminator_and_kept_keywords() -> None:
    d = doc(
        definitions={
            "Animal": {
                "type": "object",
                "discriminator": "kind",
                "required": ["kind"],
                "x-internal": True,
                "example": {"kind": "cat"},
                "properties": {
                    "kind": {"type": "string", "readOnly": True},
                    "nick": {"type": "string", "x-nullable": True},
                    "photo": {"type": "file"},
                    "tags": {"type": "array", "items": {"type": "string", "x-nullable": True}},
                    "plain": {"type": "string", "x-nullable": False},
                },
            },
        }
    )
    out, _ = convert(d)
    animal = out["components"]["schemas"]["Animal"]
    assert animal["discriminator"] == {"propertyName": "kind"}
    assert animal["x-internal"] is True
    assert animal["example"] == {"kind": "cat"}
    props = animal["properties"]
    assert props["kind"] == {"type": "string", "readOnly": True}
    assert props["nick"] == {"type": "string", "nullable": True}
    assert props["photo"] == {"type": "string", "format": "binary"}
    assert props["tags"]["items"] == {"type": "string", "nullable": True}
    assert props["plain"] == {"type": "string"}


def test_nullable_reference_is_wrapped_in_all_of() -> None:
    d = doc(
        definitions={
            "A": {
                "type": "object",
                "properties": {"b": {"$ref": "#/definitions/B", "x-nullable": True}},
            },
            "B": {"type": "string"},
        }
    )
    out, _ = convert(d)
    assert out["components"]["schemas"]["A"]["properties"]["b"] == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/B"}],
    }


def test_boolean_required_on_property_moves_to_parent_with_warning() -> None:
    d = doc(
        definitions={
            "A": {
                "type": "object",
                "required": ["x"],
                "properties": {
                    "x": {"type": "string"},
                    "y": {"type": "string", "required": True},
                    "z": {"type": "string", "required": False},
                },
            }
        }
    )
    out, diagnostics = convert(d)
    a = out["components"]["schemas"]["A"]
    assert a["required"] == ["x", "y"]
    assert a["properties"]["y"] == {"type": "string"}
    assert a["properties"]["z"] == {"type": "string"}
    assert codes(diagnostics) == ["normalize-boolean-required"] * 2
    assert diagnostics[0].location.pointer == "/definitions/A/properties/y/required"


def test_empty_required_list_is_dropped() -> None:
    out, _ = convert(doc(definitions={"A": {"type": "object", "required": []}}))
    assert out["components"]["schemas"]["A"] == {"type": "object"}


def test_dangling_schema_ref_becomes_any_with_warning_at_input_pointer() -> None:
    d = doc(
        definitions={"A": {"type": "object", "properties": {"b": {"$ref": "#/definitions/Nope"}}}}
    )
    out, diagnostics = convert(d)
    assert out["components"]["schemas"]["A"]["properties"]["b"] == {}
    assert codes(diagnostics) == ["normalize-ref-not-found"]
    assert diagnostics[0].location.pointer == "/definitions/A/properties/b/$ref"
    assert diagnostics[0].severity == "warning"


def test_ref_into_a_non_definitions_place_is_hoisted_into_components() -> None:
    d = doc(
        parameters={
            "Body": {
                "name": "body",
                "in": "body",
                "schema": {
                    "type": "object",
                    "properties": {"n": {"type": "integer", "x-nullable": True}},
                },
            }
        },
        definitions={"Copy": {"$ref": "#/parameters/Body/schema"}},
    )
    out, _ = convert(d)
    schemas = out["components"]["schemas"]
    ref = schemas["Copy"]["$ref"]
    name = ref.rsplit("/", 1)[1]
    assert schemas[name]["properties"]["n"] == {"type": "integer", "nullable": True}


def test_percent_and_tilde_encoded_refs() -> None:
    d = doc(
        definitions={
            "A/B": {"type": "string"},
            "C D": {"type": "integer"},
            "X": {
                "type": "object",
                "properties": {
                    "p": {"$ref": "#/definitions/A~1B"},
                    "q": {"$ref": "#/definitions/C%20D"},
                },
            },
        }
    )
    out, diagnostics = convert(d)
    assert diagnostics == ()
    props = out["components"]["schemas"]["X"]["properties"]
    assert props["p"] == {"$ref": "#/components/schemas/A~1B"}
    assert props["q"] == {"$ref": "#/components/schemas/C%20D"}  # escaping kept as written


# --- parameters -------------------------------------------------------------------------------------------------


def test_simple_parameter_fields_move_into_schema() -> None:
    param = {
        "name": "limit",
        "in": "query",
        "description": "max",
        "required": False,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
        "enum": [10, 20],
        "x-internal": 1,
        "allowEmptyValue": True,
    }
    out, _ = convert(doc(paths={"/a": {"get": op(parameters=[param])}}))
    assert out["paths"]["/a"]["get"]["parameters"] == [
        {
            "name": "limit",
            "in": "query",
            "description": "max",
            "required": False,
            "allowEmptyValue": True,
            "schema": {
                "type": "integer",
                "format": "int32",
                "minimum": 1,
                "maximum": 100,
                "default": 20,
                "enum": [10, 20],
            },
            "x-internal": 1,
        }
    ]


def test_path_parameter_without_required_is_made_required_with_warning() -> None:
    out, diagnostics = convert(
        doc(
            paths={
                "/a/{id}": {"get": op(parameters=[{"name": "id", "in": "path", "type": "string"}])}
            }
        )
    )
    assert out["paths"]["/a/{id}"]["get"]["parameters"][0]["required"] is True
    assert codes(diagnostics) == ["normalize-path-parameter-required"]


@pytest.mark.parametrize(
    ("location", "fmt", "style", "warned"),
    [
        ("query", "csv", {"style": "form", "explode": False}, False),
        ("query", None, {"style": "form", "explode": False}, False),  # csv is the 2.0 default
        ("query", "multi", {"style": "form", "explode": True}, False),
        ("query", "ssv", {"style": "spaceDelimited", "explode": False}, False),
        ("query", "pipes", {"style": "pipeDelimited", "explode": False}, False),
        ("query", "tsv", {"style": "form", "explode": False}, True),
        ("header", "csv", {"style": "simple", "explode": False}, False),
        ("path", "csv", {"style": "simple", "explode": False}, False),
        ("path", None, {"style": "simple", "explode": False}, False),
        ("header", "pipes", {"style": "simple", "explode": False}, True),
    ],
)
def test_collection_format_to_style_and_explode(
    location: str, fmt: str | None, style: dict[str, Any], warned: bool
) -> None:
    param: dict[str, Any] = {
        "name": "ids",
        "in": location,
        "required": True,
        "type": "array",
        "items": {"type": "integer"},
    }
    if fmt is not None:
        param["collectionFormat"] = fmt
    out, diagnostics = convert(doc(paths={"/a/{ids}": {"get": op(parameters=[param])}}))
    result = out["paths"]["/a/{ids}"]["get"]["parameters"][0]
    assert {k: result[k] for k in ("style", "explode")} == style
    assert "collectionFormat" not in result
    assert result["schema"] == {"type": "array", "items": {"type": "integer"}}
    assert bool(diagnostics) is warned
    if warned:
        assert (
            diagnostics[0].location.pointer == "/paths/~1a~1{ids}/get/parameters/0/collectionFormat"
        )


def test_path_level_parameters_merge_and_operation_level_wins() -> None:
    d = doc(
        paths={
            "/a": {
                "parameters": [
                    {"name": "q", "in": "query", "type": "string", "description": "path level"},
                    {"name": "h", "in": "header", "type": "string"},
                ],
                "get": op(
                    parameters=[
                        {"name": "q", "in": "query", "type": "integer", "description": "op level"},
                        {"name": "h", "in": "query", "type": "string"},
                    ]
                ),
                "post": op(),
            }
        }
    )
    out, _ = convert(d)
    item = out["paths"]["/a"]
    assert "parameters" not in item
    got = [(p["name"], p["in"], p["schema"]["type"]) for p in item["get"]["parameters"]]
    assert got == [("h", "header", "string"), ("q", "query", "integer"), ("h", "query", "string")]
    assert [p["name"] for p in item["post"]["parameters"]] == ["q", "h"]


def test_shared_parameters_become_components_and_refs_are_kept() -> None:
    d = doc(
        parameters={
            "Limit": {"name": "limit", "in": "query", "type": "integer"},
            "Pet": {
                "name": "pet",
                "in": "body",
                "required": True,
                "schema": {"$ref": "#/definitions/Pet"},
            },
            "Field": {"name": "field", "in": "formData", "type": "string"},
        },
        definitions={"Pet": {"type": "object"}},
        paths={
            "/a": {
                "post": op(
                    parameters=[{"$ref": "#/parameters/Limit"}, {"$ref": "#/parameters/Pet"}]
                )
            }
        },
    )
    out, _ = convert(d)
    comps = out["components"]
    assert comps["parameters"] == {
        "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    }
    assert comps["requestBodies"]["Pet"] == {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
        "required": True,
        "x-pfgen-body-name": "pet",
    }
    operation = out["paths"]["/a"]["post"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/Limit"}]
    assert operation["requestBody"] == {"$ref": "#/components/requestBodies/Pet"}


def test_path_level_ref_is_resolved_to_merge_by_name_and_location() -> None:
    d = doc(
        parameters={"Id": {"name": "id", "in": "path", "required": True, "type": "string"}},
        paths={
            "/a/{id}": {
                "parameters": [{"$ref": "#/parameters/Id"}],
                "get": op(
                    parameters=[{"name": "id", "in": "path", "required": True, "type": "integer"}]
                ),
            }
        },
    )
    out, _ = convert(d)
    params = out["paths"]["/a/{id}"]["get"]["parameters"]
    assert params == [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]


def test_shared_body_parameter_is_inlined_when_operation_consumes_differs() -> None:
    d = doc(
        parameters={"Pet": {"name": "pet", "in": "body", "schema": {"type": "object"}}},
        paths={
            "/a": {
                "post": op(consumes=["application/xml"], parameters=[{"$ref": "#/parameters/Pet"}])
            }
        },
    )
    out, _ = convert(d)
    assert out["paths"]["/a"]["post"]["requestBody"] == {
        "content": {"application/xml": {"schema": {"type": "object"}}},
        "x-pfgen-body-name": "pet",
    }


def test_dangling_parameter_ref_is_dropped_with_warning() -> None:
    out, diagnostics = convert(
        doc(paths={"/a": {"get": op(parameters=[{"$ref": "#/parameters/Nope"}])}})
    )
    assert "parameters" not in out["paths"]["/a"]["get"]
    assert codes(diagnostics) == ["normalize-ref-not-found"]
    assert diagnostics[0].location.pointer == "/paths/~1a/get/parameters/0/$ref"


# --- request bodies ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("global_consumes", "op_consumes", "expected"),
    [
        (None, None, ["application/json"]),
        (["application/xml"], None, ["application/xml"]),
        (
            ["application/xml"],
            ["application/json", "text/plain"],
            ["application/json", "text/plain"],
        ),
    ],
)
def test_body_parameter_becomes_request_body_per_consumes(
    global_consumes: list[str] | None, op_consumes: list[str] | None, expected: list[str]
) -> None:
    operation = op(
        parameters=[
            {
                "name": "payload",
                "in": "body",
                "description": "the pet",
                "required": True,
                "schema": {"$ref": "#/definitions/Pet"},
                "x-flag": 1,
            }
        ]
    )
    if op_consumes is not None:
        operation["consumes"] = op_consumes
    d = doc(definitions={"Pet": {"type": "object"}}, paths={"/a": {"post": operation}})
    if global_consumes is not None:
        d["consumes"] = global_consumes
    out, _ = convert(d)
    body = out["paths"]["/a"]["post"]["requestBody"]
    assert list(body["content"]) == expected
    for entry in body["content"].values():
        assert entry == {"schema": {"$ref": "#/components/schemas/Pet"}}
    assert body["description"] == "the pet"
    assert body["required"] is True
    assert body["x-pfgen-body-name"] == "payload"
    assert body["x-flag"] == 1
    assert "consumes" not in out["paths"]["/a"]["post"]
    assert out["paths"]["/a"]["post"].get("parameters") is None


def test_form_parameters_become_urlencoded_object_body() -> None:
    operation = op(
        parameters=[
            {
                "name": "name",
                "in": "formData",
                "type": "string",
                "required": True,
                "description": "pet name",
            },
            {"name": "age", "in": "formData", "type": "integer"},
            {
                "name": "tags",
                "in": "formData",
                "type": "array",
                "items": {"type": "string"},
                "collectionFormat": "multi",
            },
            {"name": "q", "in": "query", "type": "string"},
        ]
    )
    out, _ = convert(doc(paths={"/a": {"post": operation}}))
    post = out["paths"]["/a"]["post"]
    assert [p["name"] for p in post["parameters"]] == ["q"]
    body = post["requestBody"]
    assert body["required"] is True
    assert list(body["content"]) == ["application/x-www-form-urlencoded"]
    media = body["content"]["application/x-www-form-urlencoded"]
    assert media["schema"] == {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "pet name"},
            "age": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["name"],
    }
    assert media["encoding"] == {"tags": {"style": "form", "explode": True}}


def test_form_with_file_becomes_multipart_and_file_is_binary_string() -> None:
    operation = op(
        consumes=["application/x-www-form-urlencoded"],
        parameters=[
            {"name": "upload", "in": "formData", "type": "file", "required": True},
            {"name": "note", "in": "formData", "type": "string"},
        ],
    )
    out, _ = convert(doc(paths={"/a": {"post": operation}}))
    content = out["paths"]["/a"]["post"]["requestBody"]["content"]
    assert list(content) == ["multipart/form-data"]
    assert content["multipart/form-data"]["schema"]["properties"]["upload"] == {
        "type": "string",
        "format": "binary",
    }
    assert content["multipart/form-data"]["schema"]["required"] == ["upload"]


def test_form_uses_multipart_when_consumes_says_so() -> None:
    operation = op(
        consumes=["multipart/form-data"],
        parameters=[{"name": "a", "in": "formData", "type": "string"}],
    )
    out, _ = convert(doc(paths={"/a": {"post": operation}}))
    body = out["paths"]["/a"]["post"]["requestBody"]
    assert list(body["content"]) == ["multipart/form-data"]
    assert "required" not in body


def test_shared_form_parameter_ref_is_inlined_into_the_form_body() -> None:
    d = doc(
        parameters={"F": {"name": "f", "in": "formData", "type": "string", "required": True}},
        paths={"/a": {"post": op(parameters=[{"$ref": "#/parameters/F"}])}},
    )
    out, _ = convert(d)
    assert "parameters" not in out.get("components", {})
    schema = out["paths"]["/a"]["post"]["requestBody"]["content"][
        "application/x-www-form-urlencoded"
    ]["schema"]
    assert schema == {"type": "object", "properties": {"f": {"type": "string"}}, "required": ["f"]}


def test_body_and_form_together_keeps_body_and_warns() -> None:
    operation = op(
        parameters=[
            {"name": "b", "in": "body", "schema": {"type": "object"}},
            {"name": "f", "in": "formData", "type": "string"},
        ]
    )
    out, diagnostics = convert(doc(paths={"/a": {"post": operation}}))
    assert list(out["paths"]["/a"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert codes(diagnostics) == ["normalize-form-and-body"]


# --- responses --------------------------------------------------------------------------------------------------


def test_response_schema_headers_and_examples() -> None:
    operation = op(
        produces=["application/json", "application/xml"],
        responses={
            "200": {
                "description": "ok",
                "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                "headers": {
                    "X-Rate": {"type": "integer", "description": "left"},
                    "X-Ids": {"type": "array", "items": {"type": "string"}},
                },
                "examples": {"application/json": [{"id": 1}]},
                "x-meta": True,
            },
            "404": {"description": "missing"},
        },
    )
    d = doc(definitions={"Pet": {"type": "object"}}, paths={"/a": {"get": operation}})
    out, _ = convert(d)
    responses = out["paths"]["/a"]["get"]["responses"]
    ok = responses["200"]
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
    assert ok["content"] == {
        "application/json": {"schema": schema, "example": [{"id": 1}]},
        "application/xml": {"schema": schema},
    }
    assert ok["headers"] == {
        "X-Rate": {"description": "left", "schema": {"type": "integer"}},
        "X-Ids": {"schema": {"type": "array", "items": {"type": "string"}}},
    }
    assert ok["x-meta"] is True
    assert responses["404"] == {"description": "missing"}
    assert "produces" not in out["paths"]["/a"]["get"]


def test_response_media_types_fall_back_to_global_produces_then_json() -> None:
    resp = {"200": {"description": "ok", "schema": {"type": "string"}}}
    out, _ = convert(doc(produces=["text/plain"], paths={"/a": {"get": op(responses=resp)}}))
    assert list(out["paths"]["/a"]["get"]["responses"]["200"]["content"]) == ["text/plain"]
    out, _ = convert(doc(paths={"/a": {"get": op(responses=resp)}}))
    assert list(out["paths"]["/a"]["get"]["responses"]["200"]["content"]) == ["application/json"]


def test_integer_response_codes_become_strings() -> None:
    out, _ = convert(
        doc(
            paths={
                "/a": {
                    "get": op(
                        responses={200: {"description": "ok"}, "default": {"description": "err"}}
                    )
                }
            }
        )
    )
    assert list(out["paths"]["/a"]["get"]["responses"]) == ["200", "default"]


def test_shared_responses_become_components_and_refs_follow_produces() -> None:
    d = doc(
        responses={"NotFound": {"description": "nope", "schema": {"$ref": "#/definitions/Error"}}},
        definitions={"Error": {"type": "object"}},
        paths={
            "/a": {
                "get": op(responses={"404": {"$ref": "#/responses/NotFound"}}),
                "put": op(
                    produces=["application/xml"],
                    responses={"404": {"$ref": "#/responses/NotFound"}},
                ),
            }
        },
    )
    out, _ = convert(d)
    assert out["components"]["responses"]["NotFound"] == {
        "description": "nope",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    assert out["paths"]["/a"]["get"]["responses"]["404"] == {
        "$ref": "#/components/responses/NotFound"
    }
    inlined = out["paths"]["/a"]["put"]["responses"]["404"]
    assert list(inlined["content"]) == ["application/xml"]


def test_missing_response_description_is_filled_with_warning() -> None:
    out, diagnostics = convert(
        doc(paths={"/a": {"get": op(responses={"200": {"schema": {"type": "string"}}})}})
    )
    assert out["paths"]["/a"]["get"]["responses"]["200"]["description"] == ""
    assert codes(diagnostics) == ["normalize-response-description-missing"]
    assert diagnostics[0].location.pointer == "/paths/~1a/get/responses/200"


# --- security ---------------------------------------------------------------------------------------------------


def test_security_definitions_become_security_schemes() -> None:
    d = doc(
        securityDefinitions={
            "basic": {"type": "basic", "description": "user/pass"},
            "key": {"type": "apiKey", "name": "api_key", "in": "query"},
            "imp": {
                "type": "oauth2",
                "flow": "implicit",
                "authorizationUrl": "https://a",
                "scopes": {"r": "read"},
            },
            "pw": {"type": "oauth2", "flow": "password", "tokenUrl": "https://t", "scopes": {}},
            "app": {
                "type": "oauth2",
                "flow": "application",
                "tokenUrl": "https://t",
                "scopes": {"w": "write"},
            },
            "code": {
                "type": "oauth2",
                "flow": "accessCode",
                "authorizationUrl": "https://a",
                "tokenUrl": "https://t",
                "scopes": {},
                "x-ext": 1,
            },
        }
    )
    out, diagnostics = convert(d)
    assert diagnostics == ()
    s = out["components"]["securitySchemes"]
    assert s["basic"] == {"type": "http", "scheme": "basic", "description": "user/pass"}
    assert s["key"] == {"type": "apiKey", "name": "api_key", "in": "query"}
    assert s["imp"] == {
        "type": "oauth2",
        "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {"r": "read"}}},
    }
    assert s["pw"] == {
        "type": "oauth2",
        "flows": {"password": {"tokenUrl": "https://t", "scopes": {}}},
    }
    assert s["app"] == {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://t", "scopes": {"w": "write"}}},
    }
    assert s["code"] == {
        "type": "oauth2",
        "flows": {
            "authorizationCode": {
                "authorizationUrl": "https://a",
                "tokenUrl": "https://t",
                "scopes": {},
            }
        },
        "x-ext": 1,
    }


def test_operation_security_and_extensions_are_kept() -> None:
    operation = op(
        security=[{"key": []}],
        operationId="getA",
        tags=["a"],
        summary="s",
        deprecated=True,
        **{"x-codegen": {"name": "thing"}},
    )
    out, _ = convert(doc(paths={"/a": {"get": operation, "x-path-ext": 2}}))
    result = out["paths"]["/a"]["get"]
    assert result["security"] == [{"key": []}]
    assert result["operationId"] == "getA"
    assert result["tags"] == ["a"]
    assert result["summary"] == "s"
    assert result["deprecated"] is True
    assert result["x-codegen"] == {"name": "thing"}
    assert out["paths"]["/a"]["x-path-ext"] == 2


# --- whole-document properties ---------------------------------------------------------------------------------


def rich_document() -> dict[str, Any]:
    return doc(
        host="api.example.com",
        basePath="/v2",
        schemes=["https"],
        consumes=["application/json"],
        produces=["application/json"],
        securityDefinitions={
            "oauth": {
                "type": "oauth2",
                "flow": "accessCode",
                "authorizationUrl": "https://a",
                "tokenUrl": "https://t",
                "scopes": {"read": "r"},
            }
        },
        security=[{"oauth": ["read"]}],
        parameters={
            "Limit": {"name": "limit", "in": "query", "type": "integer", "default": 10},
            "PetBody": {
                "name": "pet",
                "in": "body",
                "required": True,
                "schema": {"$ref": "#/definitions/Pet"},
            },
        },
        responses={"Error": {"description": "error", "schema": {"$ref": "#/definitions/Error"}}},
        definitions={
            "Pet": {
                "type": "object",
                "discriminator": "kind",
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string"},
                    "name": {"type": "string", "x-nullable": True},
                    "photo": {"type": "file"},
                    "owner": {"$ref": "#/definitions/Owner", "x-nullable": True},
                },
            },
            "Owner": {
                "type": "object",
                "properties": {"id": {"type": "integer", "format": "int64"}},
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
        paths={
            "/pets": {
                "get": op(
                    parameters=[
                        {"$ref": "#/parameters/Limit"},
                        {
                            "name": "tags",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                            "collectionFormat": "pipes",
                        },
                    ],
                    responses={
                        "200": {
                            "description": "ok",
                            "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                            "headers": {"X-Next": {"type": "string"}},
                        },
                        "default": {"$ref": "#/responses/Error"},
                    },
                ),
                "post": op(parameters=[{"$ref": "#/parameters/PetBody"}]),
            },
            "/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "type": "integer"}],
                "put": op(
                    consumes=["multipart/form-data"],
                    parameters=[
                        {"name": "photo", "in": "formData", "type": "file"},
                        {
                            "name": "labels",
                            "in": "formData",
                            "type": "array",
                            "items": {"type": "string"},
                        },
                    ],
                ),
                "delete": op(responses={"204": {"description": "gone"}}),
            },
        },
    )


def test_rich_document_converts_into_valid_openapi_3() -> None:
    out, diagnostics = convert(rich_document())
    assert diagnostics == ()
    validate(out)


def test_conversion_is_deterministic() -> None:
    first, d1 = normalize(rich_document(), "2.0")
    second, d2 = normalize(rich_document(), "2.0")
    assert first == second and d1 == d2
    assert list(first) == list(second)


def test_parameter_x_nullable_and_x_example() -> None:
    param = {"name": "q", "in": "query", "type": "string", "x-nullable": True, "x-example": "abc"}
    out, _ = convert(doc(paths={"/a": {"get": op(parameters=[param])}}))
    result = out["paths"]["/a"]["get"]["parameters"][0]
    assert result["schema"] == {"type": "string", "nullable": True}
    assert result["example"] == "abc"
    assert "x-nullable" not in result


def test_unknown_fields_are_dropped_with_warnings_at_their_pointer() -> None:
    d = doc(paths={"/a": {"get": op(bogus=1)}}, weird=True)
    out, diagnostics = convert(d)
    assert "bogus" not in out["paths"]["/a"]["get"] and "weird" not in out
    assert sorted(d.location.pointer for d in diagnostics) == ["/paths/~1a/get/bogus", "/weird"]
    assert codes(diagnostics) == ["normalize-field-dropped"] * 2


def test_non_object_schema_becomes_unconstrained_with_warning() -> None:
    out, diagnostics = convert(
        doc(definitions={"A": {"type": "object", "properties": {"p": "string"}}})
    )
    assert out["components"]["schemas"]["A"]["properties"]["p"] == {}
    assert codes(diagnostics) == ["normalize-schema-invalid"]
    assert diagnostics[0].location.pointer == "/definitions/A/properties/p"


def test_unknown_security_type_is_dropped_and_unknown_flow_guessed() -> None:
    d = doc(
        securityDefinitions={
            "weird": {"type": "digest"},
            "o": {
                "type": "oauth2",
                "flow": "magic",
                "authorizationUrl": "https://a",
                "tokenUrl": "https://t",
            },
        }
    )
    out, diagnostics = convert(d)
    schemes = out["components"]["securitySchemes"]
    assert list(schemes) == ["o"]
    assert schemes["o"]["flows"] == {
        "authorizationCode": {
            "authorizationUrl": "https://a",
            "tokenUrl": "https://t",
            "scopes": {},
        }
    }
    assert codes(diagnostics) == [
        "normalize-security-scheme-unknown",
        "normalize-oauth2-flow-unknown",
    ]


def test_path_level_parameter_warning_is_reported_once() -> None:
    shared = [
        {
            "name": "ids",
            "in": "query",
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": "tsv",
        }
    ]
    out, diagnostics = convert(doc(paths={"/a": {"parameters": shared, "get": op(), "put": op()}}))
    assert out["paths"]["/a"]["get"]["parameters"] == out["paths"]["/a"]["put"]["parameters"]
    assert codes(diagnostics) == ["normalize-collection-format-tsv"]
    assert diagnostics[0].location.pointer == "/paths/~1a/parameters/0/collectionFormat"
