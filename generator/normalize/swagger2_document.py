"""Swagger 2.0 document -> OpenAPI 3.0.3 document (the top level and ``components``)."""

from __future__ import annotations

from typing import Any

from generator.errors import Diagnostic
from generator.normalize.context import Context, media_types
from generator.normalize.pointer import join
from generator.normalize.swagger2_parameters import (
    body_request_body,
    convert_parameter,
    resolve_parameter,
)
from generator.normalize.swagger2_paths import PLAIN_LOCATIONS, convert_paths
from generator.normalize.swagger2_responses import response_or_ref
from generator.normalize.swagger2_schemas import convert_schema
from generator.normalize.swagger2_security import convert_security_scheme
from generator.normalize.swagger2_servers import document_servers

OUTPUT_VERSION = "3.0.3"
SOURCE_VERSION_KEY = "x-pfgen-source-version"
# Top-level fields that are consumed by the conversion (everything else unknown is dropped with a warning).
_CONSUMED = frozenset(
    {
        "swagger",
        "info",
        "host",
        "basePath",
        "schemes",
        "consumes",
        "produces",
        "paths",
        "definitions",
        "parameters",
        "responses",
        "securityDefinitions",
        "security",
        "tags",
        "externalDocs",
    }
)


def convert_swagger2(document: dict[str, Any]) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    ctx = Context(document)
    ctx.consumes = media_types(document.get("consumes")) or ctx.consumes
    ctx.produces = media_types(document.get("produces")) or ctx.produces
    definitions = document.get("definitions")
    if isinstance(definitions, dict):
        ctx.taken_names.update(definitions)

    out: dict[str, Any] = {"openapi": OUTPUT_VERSION, SOURCE_VERSION_KEY: "2.0"}
    if "info" in document:
        out["info"] = document["info"]
    servers = document_servers(document, ctx)
    if servers is not None:
        out["servers"] = servers
    for key in ("security", "tags", "externalDocs"):
        if key in document:
            out[key] = document[key]

    # Schemas first, then paths: both may hoist schemas, which join ``components`` at the end.
    schemas = _convert_definitions(definitions, ctx)
    parameters, request_bodies = _convert_shared_parameters(document.get("parameters"), ctx)
    responses = _convert_shared_responses(document.get("responses"), ctx)
    security_schemes = _convert_security_definitions(document.get("securityDefinitions"), ctx)
    out["paths"] = convert_paths(document.get("paths"), "/paths", ctx)

    for name, schema in ctx.hoisted_schemas.items():
        schemas[name] = schema
    components: dict[str, Any] = {}
    for key, section in (
        ("schemas", schemas),
        ("responses", responses),
        ("parameters", parameters),
        ("requestBodies", request_bodies),
        ("securitySchemes", security_schemes),
    ):
        if section:
            components[key] = section
    if components:
        out["components"] = components

    for key, value in document.items():
        if key.startswith("x-"):
            out[key] = value
        elif key not in _CONSUMED:
            ctx.warn(
                "normalize-field-dropped",
                f"unknown top-level field '{key}' was dropped",
                join("", key),
            )
    # A path-level parameter is converted once per operation; its warnings are reported once.
    return out, tuple(dict.fromkeys(ctx.diagnostics))


def _convert_definitions(definitions: Any, ctx: Context) -> dict[str, Any]:
    if not isinstance(definitions, dict):
        return {}
    return {
        name: convert_schema(schema, join("/definitions", name), ctx)
        for name, schema in definitions.items()
    }


def _convert_shared_parameters(params: Any, ctx: Context) -> tuple[dict[str, Any], dict[str, Any]]:
    """``#/parameters``: plain ones become components/parameters, body ones components/requestBodies.

    Form parameters have no component form in 3.0; operations that use them get them inlined into their
    request body, so they are not listed here.
    """
    parameters: dict[str, Any] = {}
    request_bodies: dict[str, Any] = {}
    if not isinstance(params, dict):
        return parameters, request_bodies
    for name, param in params.items():
        pointer = join("/parameters", name)
        resolved = resolve_parameter(param, pointer, ctx)
        if resolved is None:
            continue
        if resolved.location == "body":
            request_bodies[name] = body_request_body(
                resolved.value, resolved.pointer, ctx.consumes, ctx
            )
        elif resolved.location in PLAIN_LOCATIONS:
            parameters[name] = convert_parameter(resolved.value, resolved.pointer, ctx)
    return parameters, request_bodies


def _convert_shared_responses(responses: Any, ctx: Context) -> dict[str, Any]:
    if not isinstance(responses, dict):
        return {}
    return {
        name: response_or_ref(response, join("/responses", name), ctx.produces, ctx)
        for name, response in responses.items()
    }


def _convert_security_definitions(definitions: Any, ctx: Context) -> dict[str, Any]:
    if not isinstance(definitions, dict):
        return {}
    out: dict[str, Any] = {}
    for name, scheme in definitions.items():
        converted = convert_security_scheme(scheme, join("/securityDefinitions", name), ctx)
        if converted is not None:
            out[name] = converted
    return out
