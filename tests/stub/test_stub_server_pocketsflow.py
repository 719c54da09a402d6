"""The Pocketsflow stub served by uvicorn: every operation, security, validation, the docs routes, ``pfgen fetch``."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import pytest
from click.testing import CliRunner
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.cli import cli
from tests.conftest import POCKETSFLOW_SPEC
from tests.stub.stubhelp import serving

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
AUTH = {"Authorization": "Bearer pk_test_123"}


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                out.append((path, method, item[method]))
    return out


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
    return node


def _validator(doc: dict[str, Any], pointer: str) -> jsonschema.protocols.Validator:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(doc, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:spec{pointer}"}, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _success(op: dict[str, Any]) -> str:
    return next(code for code in op["responses"] if code.startswith("2"))


def _request(
    doc: dict[str, Any], path: str, op: dict[str, Any], examples: ModuleType, catalog: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """A valid request for one operation: spec examples where given, else values the stub's generator makes."""
    schemas = catalog["schemas"]
    entry = catalog["operations"][op["operationId"]]
    url = path
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for p in entry["params"]:
        value = examples.generate(p["schema"], schemas, "plain")
        if p["in"] == "path":
            url = url.replace("{" + p["name"] + "}", f"every-op-{value}")
        elif p["required"]:
            params[p["name"]] = value
    kwargs: dict[str, Any] = {"params": params, "headers": headers}
    body = entry.get("body")
    if body and body.get("json"):
        media = _resolve(doc, op["requestBody"])["content"]["application/json"]
        kwargs["json"] = media["example"] if "example" in media else examples.generate(body["schema"], schemas, "plain")
    elif body:
        kwargs["files"] = {"file": ("a.png", b"\x89PNG\r\n", "image/png")}
    if op.get("security", doc.get("security")):
        headers.update(AUTH)
    return url, kwargs


@pytest.fixture(scope="module")
def runtime(pf: ModuleType, pf_stub: Any) -> tuple[ModuleType, dict[str, Any]]:
    examples = importlib.import_module(f"{pf.__name__}._runtime._examples")
    catalog = json.loads((pf_stub.root / pf.__name__ / "_data" / "catalog.json").read_text(encoding="utf-8"))
    return examples, catalog


def test_every_operation_answers_its_success_status_with_a_schema_valid_body(
    pf_url: str, pf_doc: dict[str, Any], runtime: tuple[ModuleType, dict[str, Any]]
) -> None:
    examples, catalog = runtime
    checked = 0
    with httpx.Client(base_url=pf_url, timeout=30) as http:
        # Deletes last: the stub answers 404 for what was deleted.
        for path, method, op in sorted(_operations(pf_doc), key=lambda o: o[1] == "delete"):
            url, kwargs = _request(pf_doc, path, op, examples, catalog)
            response = http.request(method.upper(), url, **kwargs)
            status = _success(op)
            assert response.status_code == int(status), (method, path, response.text)
            response_spec = _resolve(pf_doc, op["responses"][status])
            content = response_spec.get("content") or {}
            if status == "204" or not content:
                assert response.content == b""
                continue
            media = next(iter(content))
            assert response.headers["content-type"].startswith(media)
            pointer = _pointer("paths", path, method, "responses", status)
            if "$ref" in op["responses"][status]:
                pointer = op["responses"][status]["$ref"]
            validator = _validator(pf_doc, f"{pointer}/content/{media.replace('/', '~1')}/schema")
            errors = list(validator.iter_errors(response.json()))
            assert not errors, (method, path, [e.message for e in errors[:3]])
            checked += 1
    assert checked >= 55


def test_secured_operation_without_credentials_is_401_with_the_spec_error_body(pf_url: str) -> None:
    with httpx.Client(base_url=pf_url) as http:
        missing = http.get("/products")
        wrong_scheme = http.get("/products", headers={"Authorization": "Basic dTpw"})
        empty_token = http.get("/products", headers={"Authorization": "Bearer"})
        ok = http.get("/products", headers=AUTH)
    for response in (missing, wrong_scheme, empty_token):
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        body = response.json()
        assert isinstance(body, dict) and "bearerAuth" in body["message"]  # the spec's Error shape: `message`
    assert ok.status_code == 200


def test_operations_declared_open_need_no_credentials(pf_url: str) -> None:
    with httpx.Client(base_url=pf_url) as http:
        reviews = http.get("/reviews/product/prod_1")
        creator = http.get("/creator-pages/products/jane")
    assert reviews.status_code == 200 and isinstance(reviews.json(), list)
    assert creator.status_code == 200


def test_a_bad_body_is_rejected_naming_the_field(pf_url: str) -> None:
    with httpx.Client(base_url=pf_url, headers=AUTH) as http:
        wrong_type = http.post("/products", json={"name": "Course", "price": "cheap", "currency": "USD"})
        missing = http.post("/products", json={"name": "Course", "currency": "USD"})
        not_json = http.post("/products", content=b"{nope", headers={"Content-Type": "application/json"})
    # Pocketsflow declares 400 (not 422) for bad requests, so the stub answers 400, in the spec's Error shape.
    for response in (wrong_type, missing, not_json):
        assert response.status_code == 400, response.text
        assert isinstance(response.json()["message"], str)
    assert ["body", "price"] in [e["loc"] for e in wrong_type.json()["detail"]]
    assert "body.price" in wrong_type.json()["message"]
    assert any(e["loc"] == ["body", "price"] and e["type"] == "missing" for e in missing.json()["detail"])


def test_validation_status_can_be_forced_to_422(pf: ModuleType) -> None:
    with serving(pf.create_app(validation_status=422)) as url, httpx.Client(base_url=url) as client:
        response = client.post("/products", json={"name": "Course", "currency": "USD"}, headers=AUTH)
        bad_query = client.get("/orders", params={"pageSize": "many"}, headers=AUTH)
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["detail"]] == [["body", "price"]]
    assert bad_query.status_code == 422
    assert any(e["loc"][-1] == "pageSize" for e in bad_query.json()["detail"])


def test_query_constraints_from_the_spec_are_enforced(pf_url: str, pf_doc: dict[str, Any]) -> None:
    with httpx.Client(base_url=pf_url, headers=AUTH) as http:
        too_small = http.get("/orders", params={"pageSize": 0})
        fine = http.get("/orders", params={"pageSize": 5, "page": 2})
        bad_enum = http.get("/customers", params={"sortOrder": "sideways"})
    assert too_small.status_code == 400
    assert any(e["loc"] == ["query", "pageSize"] for e in too_small.json()["detail"])
    assert fine.status_code == 200
    assert bad_enum.status_code == 400


def test_the_original_document_is_served_byte_for_byte(pf_url: str) -> None:
    original = Path(POCKETSFLOW_SPEC).read_bytes()
    with httpx.Client(base_url=pf_url) as http:
        docs_json = http.get("/docs.json")
        openapi_json = http.get("/openapi.json")
        page = http.get("/docs")
    assert docs_json.status_code == openapi_json.status_code == 200
    assert docs_json.content == original
    assert openapi_json.content == original
    assert docs_json.headers["content-type"].startswith("application/json")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'spec-url="/docs.json"' in page.text


def test_pfgen_fetch_finds_the_document_through_the_docs_page(pf_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["fetch", f"{pf_url}/docs", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    stored = tmp_path / "pocketsflow" / "1.0.0.json"  # <api>/<info.version>.json
    assert stored.read_bytes() == Path(POCKETSFLOW_SPEC).read_bytes()


def test_unsupported_methods_get_405_listing_the_path_methods(pf_url: str) -> None:
    with httpx.Client(base_url=pf_url, headers=AUTH) as http:
        collection = http.request("OPTIONS", "/discounts")
        literal = http.request("PATCH", "/discounts/validate")
    assert collection.status_code == 405
    assert collection.headers["allow"] == "GET, POST"
    assert literal.status_code == 405
    assert literal.headers["allow"] == "POST"  # not the methods of /discounts/{id}


def test_deleted_paths_answer_404_until_recreated(pf: ModuleType) -> None:
    with serving(pf.create_app()) as url, httpx.Client(base_url=url) as client:
        assert client.get("/posts/p1", headers=AUTH).status_code == 200
        assert client.delete("/posts/p1", headers=AUTH).status_code == 200
        gone = client.get("/posts/p1", headers=AUTH)
        assert gone.status_code == 404 and "deleted" in gone.json()["message"]
        assert client.get("/posts/p2", headers=AUTH).status_code == 200
        created = client.post("/posts", json={"title": "Hello", "subject": "Hi", "content": "World"}, headers=AUTH)
        assert created.status_code == 201, created.text
        assert client.get("/posts/p1", headers=AUTH).status_code == 200
