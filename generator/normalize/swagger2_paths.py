"""Swagger 2.0 paths and operations -> OpenAPI 3.0 (parameters merged, bodies and forms made request bodies)."""

from __future__ import annotations

from typing import Any

from generator.normalize.context import Context, media_types
from generator.normalize.pointer import join
from generator.normalize.swagger2_parameters import (
    ResolvedParameter,
    body_request_body,
    convert_parameter,
    form_request_body,
    parameter_ref,
    request_body_ref,
    resolve_parameter,
)
from generator.normalize.swagger2_responses import response_or_ref
from generator.normalize.swagger2_servers import servers_for

METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
PLAIN_LOCATIONS = ("query", "header", "path")
# Operation fields carried over unchanged, in the order the output lists them.
_KEPT_BEFORE = ("tags", "summary", "description", "externalDocs", "operationId")
_KEPT_AFTER = ("deprecated", "security")
_CONSUMED = frozenset({"parameters", "responses", "consumes", "produces", "schemes"})


def convert_paths(paths: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    if paths is None:
        return {}
    if not isinstance(paths, dict):
        ctx.warn(
            "normalize-paths-invalid", "'paths' is not an object; no operations were kept", pointer
        )
        return {}
    out: dict[str, Any] = {}
    for path, item in paths.items():
        here = join(pointer, path)
        if path.startswith("x-"):
            out[path] = item
        elif isinstance(item, dict):
            out[path] = _convert_path_item(item, here, ctx)
        else:
            ctx.warn(
                "normalize-path-item-invalid",
                f"path '{path}' is not an object; it was dropped",
                here,
            )
    return out


def _convert_path_item(item: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    shared = item.get("parameters")
    shared_params = _resolve_all(shared, join(pointer, "parameters"), ctx)
    out: dict[str, Any] = {}
    for key, value in item.items():
        here = join(pointer, key)
        if key in METHODS:
            if isinstance(value, dict):
                out[key] = _convert_operation(value, shared_params, here, ctx)
            else:
                ctx.warn(
                    "normalize-operation-invalid",
                    f"operation '{key}' is not an object; dropped",
                    here,
                )
        elif key == "parameters":
            continue  # merged into each operation below
        elif key == "$ref" or key.startswith("x-"):
            out[key] = value
        else:
            ctx.warn(
                "normalize-field-dropped", f"unknown path item field '{key}' was dropped", here
            )
    return out


def _resolve_all(params: Any, pointer: str, ctx: Context) -> list[ResolvedParameter]:
    if params is None:
        return []
    if not isinstance(params, list):
        ctx.warn(
            "normalize-parameters-invalid", "'parameters' is not a list; it was ignored", pointer
        )
        return []
    resolved = []
    for i, param in enumerate(params):
        r = resolve_parameter(param, join(pointer, i), ctx)
        if r is not None:
            resolved.append(r)
    return resolved


def _convert_operation(
    op: dict[str, Any], shared: list[ResolvedParameter], pointer: str, ctx: Context
) -> dict[str, Any]:
    # Operation-level parameters override path-level ones with the same (name, in).
    merged: dict[tuple[str, str], ResolvedParameter] = {p.key: p for p in shared}
    for param in _resolve_all(op.get("parameters"), join(pointer, "parameters"), ctx):
        merged.pop(param.key, None)
        merged[param.key] = param

    consumes = ctx.effective_consumes(op)
    parameters: list[dict[str, Any]] = []
    bodies: list[ResolvedParameter] = []
    form: list[ResolvedParameter] = []
    for param in merged.values():
        location = param.location
        if location == "body":
            bodies.append(param)
        elif location == "formData":
            form.append(param)
        elif location in PLAIN_LOCATIONS:
            if param.component_ref is not None:
                parameters.append(parameter_ref(param.component_ref))
            else:
                parameters.append(convert_parameter(param.value, param.pointer, ctx))
        else:
            ctx.warn(
                "normalize-parameter-location-unknown",
                f"parameter '{param.key[0]}' is in '{location}', which Swagger 2.0 does not define; dropped",
                join(param.pointer, "in"),
                "use query, header, path, formData or body",
            )

    request_body: dict[str, Any] | None = None
    if bodies:
        body = bodies[0]
        for extra in bodies[1:]:
            ctx.warn(
                "normalize-extra-body-parameter",
                f"an operation can have one body parameter; '{extra.key[0]}' was dropped",
                extra.pointer,
            )
        for field in form:
            ctx.warn(
                "normalize-form-and-body",
                f"form parameter '{field.key[0]}' cannot be combined with a body parameter; dropped",
                field.pointer,
            )
        if body.component_ref is not None and consumes == ctx.consumes:
            request_body = request_body_ref(body.component_ref)
        else:
            request_body = body_request_body(body.value, body.pointer, consumes, ctx)
    elif form:
        request_body = form_request_body(form, consumes, ctx)

    out: dict[str, Any] = {}
    for key in _KEPT_BEFORE:
        if key in op:
            out[key] = op[key]
    if parameters:
        out["parameters"] = parameters
    if request_body is not None:
        out["requestBody"] = request_body
    out["responses"] = _convert_responses(op.get("responses"), join(pointer, "responses"), op, ctx)
    for key in _KEPT_AFTER:
        if key in op:
            out[key] = op[key]
    if "schemes" in op:
        servers = servers_for(
            ctx.document, media_types(op["schemes"]), join(pointer, "schemes"), ctx
        )
        if servers is not None:
            out["servers"] = servers
    for key, value in op.items():
        if key.startswith("x-"):
            out[key] = value
        elif key not in _CONSUMED and key not in _KEPT_BEFORE and key not in _KEPT_AFTER:
            ctx.warn(
                "normalize-field-dropped",
                f"unknown operation field '{key}' was dropped",
                join(pointer, key),
            )
    return out


def _convert_responses(
    responses: Any, pointer: str, op: dict[str, Any], ctx: Context
) -> dict[str, Any]:
    if not isinstance(responses, dict) or not responses:
        ctx.warn(
            "normalize-responses-missing",
            "the operation lists no responses; a default response without a body was assumed",
            pointer,
            "describe at least one response",
        )
        return {"default": {"description": ""}}
    produces = ctx.effective_produces(op)
    out: dict[str, Any] = {}
    for code, response in responses.items():
        key = str(code)  # YAML may hand us integer status codes
        if key.startswith("x-"):
            out[key] = response
        else:
            out[key] = response_or_ref(response, join(pointer, key), produces, ctx)
    return out
