"""normalize on the real documents in ../shared/specs: 2.0 converts to valid 3.0, 3.x passes through."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml  # type: ignore[import-untyped]
from openapi_spec_validator import validate

from generator.normalize import normalize

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "specs"
POCKETSFLOW = SPECS.parent / "pocketsflow" / "docs.json"

SWAGGER2 = ["oai-petstore-external-docs-2.0.json", "oai-petstore-simple-2.0.yaml"]
OPENAPI3 = [
    "oai-petstore-3.0.json",
    "oai-api-with-examples-3.0.json",
    "pagerduty-jira-service.json",
    "twilio-taskrouter-v1.json",
    "adyen-management-v1.json",
    "releases/twilio-conversations-v1@2.6.7.json",
]


def load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=yaml.CSafeLoader)


def family(document: dict[str, Any]) -> Any:
    return "2.0" if "swagger" in document else document["openapi"][:3]


def dangling_refs(document: dict[str, Any]) -> list[str]:
    bad: list[str] = []

    def resolves(ref: str) -> bool:
        if not ref.startswith("#/"):
            return False
        node: Any = document
        for token in unquote(ref[2:]).split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                return False
            node = node[token]
        return True

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not resolves(ref):
                bad.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return bad


@pytest.mark.parametrize("name", SWAGGER2)
def test_real_swagger2_converts_into_valid_openapi_3(name: str) -> None:
    source = load(SPECS / name)
    before = copy.deepcopy(source)
    out, diagnostics = normalize(source, "2.0")
    assert source == before
    assert diagnostics == ()
    validate(out)  # raises on any OpenAPI 3.0 schema violation
    assert out["openapi"] == "3.0.3"
    assert out["x-pfgen-source-version"] == "2.0"
    assert out["servers"] == [{"url": "http://petstore.swagger.io/api"}]
    assert dangling_refs(out) == []
    assert set(out["components"]["schemas"]) == set(source["definitions"])
    add_pet = out["paths"]["/pets"]["post"]
    assert add_pet["requestBody"]["required"] is True
    assert add_pet["requestBody"]["x-pfgen-body-name"] == "pet"
    assert add_pet["requestBody"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}
    }
    find_pets = out["paths"]["/pets"]["get"]
    assert list(find_pets["responses"]["200"]["content"]) == [
        "application/json",
        "application/xml",
        "text/xml",
        "text/html",
    ]
    tags = find_pets["parameters"][0]
    assert (tags["name"], tags["style"], tags["explode"]) == ("tags", "form", False)


@pytest.mark.parametrize("name", [*OPENAPI3, "pocketsflow"])
def test_real_openapi3_is_returned_as_is_and_not_mutated(name: str) -> None:
    source = load(POCKETSFLOW if name == "pocketsflow" else SPECS / name)
    before = copy.deepcopy(source)
    out, diagnostics = normalize(source, family(source))
    assert out is source
    assert diagnostics == ()
    assert source == before


@pytest.fixture(scope="module")
def asana() -> Any:
    return load(SPECS / "asana-sdk.yaml")


def test_asana_integer_response_codes_are_fixed_copy_on_write(asana: dict[str, Any]) -> None:
    # Loaded straight with yaml, asana's unquoted status codes are ints: the one repair 3.x input gets.
    before = copy.deepcopy(asana)
    out, diagnostics = normalize(asana, "3.0")
    assert asana == before
    assert out is not asana
    assert diagnostics and {d.code for d in diagnostics} == {"normalize-response-code-not-string"}
    assert all(
        d.severity == "warning" and d.location.pointer.startswith("/paths/") for d in diagnostics
    )
    for item in out["paths"].values():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                assert all(isinstance(code, str) for code in operation["responses"]), method
    # Untouched parts are shared, not copied.
    assert out["components"] is asana["components"]
    assert out["info"] is asana["info"]
    # A second pass has nothing left to do.
    again, more = normalize(out, "3.0")
    assert again is out and more == ()
