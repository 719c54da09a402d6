"""``detect_version``: which documents pfgen reads, and clear refusals for the rest."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import InputError
from generator.load import parse_bytes
from generator.resolve import detect_version, resolve


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"swagger": "2.0"}, ("2.0", "2.0")),
        ({"swagger": 2.0}, ("2.0", "2.0")),
        ({"openapi": "3.0.0"}, ("3.0", "3.0.0")),
        ({"openapi": "3.0.3"}, ("3.0", "3.0.3")),
        ({"openapi": 3.0}, ("3.0", "3.0")),
        ({"openapi": "3.1.0"}, ("3.1", "3.1.0")),
        ({"openapi": "3.1.1"}, ("3.1", "3.1.1")),
    ],
)
def test_supported_versions(data: dict[str, Any], expected: tuple[str, str]) -> None:
    assert detect_version(data, "spec.yaml") == expected


@pytest.mark.parametrize("data", [[1, 2], None, "openapi: 3.1.0", 42])
def test_not_a_mapping(data: Any) -> None:
    with pytest.raises(InputError) as err:
        detect_version(data, "spec.yaml")
    assert err.value.code == "not-a-mapping"
    assert err.value.location.file == "spec.yaml"


def test_not_openapi_hint_names_the_supported_versions() -> None:
    with pytest.raises(InputError) as err:
        detect_version({"info": {}}, "spec.yaml")
    assert err.value.code == "not-openapi"
    assert "3.1" in err.value.hint and "2.0" in err.value.hint


def test_not_openapi_says_what_it_looks_like() -> None:
    with pytest.raises(InputError) as err:
        detect_version({"asyncapi": "2.6.0"}, "spec.yaml")
    assert "asyncapi" in err.value.message


@pytest.mark.parametrize(
    "data", [{"swagger": "1.2"}, {"openapi": "3.2.0"}, {"openapi": "4.0.0"}, {"openapi": "2.0"}, {"openapi": True}]
)
def test_unsupported_versions(data: dict[str, Any]) -> None:
    with pytest.raises(InputError) as err:
        detect_version(data, "spec.yaml")
    assert err.value.code == "unsupported-version"
    assert "Swagger 2.0, OpenAPI 3.0.x and OpenAPI 3.1.x" in err.value.hint
    assert err.value.location.pointer in ("/openapi", "/swagger")


def test_resolve_reports_a_non_mapping_document() -> None:
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(b"[1, 2]", "list.json"))
    assert err.value.code == "not-a-mapping"
    assert err.value.exit_code == 1
