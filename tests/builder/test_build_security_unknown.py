"""A security requirement naming a scheme the document never defines is skipped (ORed alternatives), never a
dead end; when nothing of an operation's list is left, the document's security applies (asana's ``oauth2``)."""

from __future__ import annotations

from typing import Any

from pfgen_build_helpers import spec_from_data

from generator.builder import build


def _doc(op_security: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "S", "version": "1"},
        "security": [{"token": []}],
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"},
                                           "basic": {"type": "http", "scheme": "basic"}}},
        "paths": {"/x": {"get": {"operationId": "getX", "security": op_security,
                                 "responses": {"204": {"description": "ok"}}}}},
    }


def _security(op_security: list[dict[str, Any]]) -> list[list[str]]:
    result = build(spec_from_data(_doc(op_security)))
    op = result.api.operations[0]
    return [[key for key, _ in req.schemes] for req in op.security]


def test_an_undefined_alternative_is_skipped() -> None:
    assert _security([{"oauth2": ["read"]}, {"basic": []}]) == [["basic"]]


def test_an_undefined_scheme_inside_an_alternative_is_skipped() -> None:
    assert _security([{"oauth2": [], "basic": []}]) == [["basic"]]


def test_only_undefined_schemes_fall_back_to_the_document_security() -> None:
    assert _security([{"oauth2": ["attachments:read"]}]) == [["token"]]


def test_optional_and_empty_requirements_are_kept() -> None:
    assert _security([{}, {"basic": []}]) == [[], ["basic"]]
    assert _security([]) == []
