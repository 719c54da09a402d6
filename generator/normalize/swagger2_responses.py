"""Swagger 2.0 responses and headers -> OpenAPI 3.0 (``schema``/``examples`` become ``content``)."""

from __future__ import annotations

from typing import Any

from generator.normalize.context import Context
from generator.normalize.pointer import is_missing, join, lookup, moved_ref, pointer_of, ref_tokens
from generator.normalize.swagger2_schemas import convert_schema, simple_schema

_MAX_REF_HOPS = 32


def response_or_ref(
    response: Any, pointer: str, media: tuple[str, ...], ctx: Context
) -> dict[str, Any]:
    """An operation's response: a component reference when the media types agree, otherwise inline."""
    for _ in range(_MAX_REF_HOPS):
        if not isinstance(response, dict) or not isinstance(response.get("$ref"), str):
            return convert_response(response, pointer, media, ctx)
        ref = response["$ref"]
        tokens = ref_tokens(ref)
        target = lookup(ctx.document, tokens) if tokens is not None else None
        if tokens is None or is_missing(target):
            ctx.warn(
                "normalize-ref-not-found",
                f"response reference '{ref}' cannot be followed; an empty response was used",
                join(pointer, "$ref"),
                "fix the reference or add the missing response",
            )
            return {"description": ""}
        shared = len(tokens) == 2 and tokens[0] == "responses" and ref.startswith("#/responses/")
        if shared and media == ctx.produces:
            return {"$ref": moved_ref(ref, "responses", "components", "responses")}
        # The shared response was converted with the global ``produces``; this operation produces other
        # media types, so it gets its own copy.
        response, pointer = target, pointer_of(tokens)
    ctx.warn(
        "normalize-ref-loop", "response references form a loop; an empty response was used", pointer
    )
    return {"description": ""}


def convert_response(
    response: Any, pointer: str, media: tuple[str, ...], ctx: Context
) -> dict[str, Any]:
    if not isinstance(response, dict):
        ctx.warn(
            "normalize-response-invalid",
            "a response is not an object; an empty one was used",
            pointer,
        )
        return {"description": ""}
    out: dict[str, Any] = {}
    description = response.get("description")
    if not isinstance(description, str):
        ctx.warn(
            "normalize-response-description-missing",
            "a response has no description; an empty one was used",
            pointer,
            "add a 'description' to the response",
        )
        description = ""
    out["description"] = description

    headers = response.get("headers")
    if isinstance(headers, dict) and headers:
        out["headers"] = {
            name: convert_header(header, join(pointer, "headers", name), ctx)
            for name, header in headers.items()
        }

    content: dict[str, Any] = {}
    has_schema = "schema" in response
    schema = (
        convert_schema(response["schema"], join(pointer, "schema"), ctx) if has_schema else None
    )
    if has_schema:
        for media_type in media:
            content[media_type] = {"schema": schema}
    examples = response.get("examples")
    if isinstance(examples, dict):
        # 2.0 keys examples by media type; one may name a type ``produces`` does not list.
        for media_type, example in examples.items():
            entry: dict[str, Any] = {"schema": schema} if has_schema else {}
            entry["example"] = example
            content[media_type] = entry
    if content:
        out["content"] = content

    for key, value in response.items():
        if key.startswith("x-"):
            out[key] = value
    return out


def convert_header(header: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    """A 2.0 header (type fields inline) as a 3.0 header object (type fields in ``schema``)."""
    if not isinstance(header, dict):
        ctx.warn(
            "normalize-header-invalid",
            "a header is not an object; an untyped one was used",
            pointer,
        )
        return {"schema": {}}
    out: dict[str, Any] = {}
    if "description" in header:
        out["description"] = header["description"]
    out["schema"] = simple_schema(header, pointer, ctx)
    fmt = header.get("collectionFormat")
    if out["schema"].get("type") == "array" and fmt not in (None, "csv"):
        ctx.warn(
            "normalize-collection-format-unsupported",
            f"collectionFormat '{fmt}' is not possible for a header in OpenAPI 3; "
            "the values are read comma-separated",
            join(pointer, "collectionFormat"),
            "use csv for headers",
        )
    for key, value in header.items():
        if key.startswith("x-") and key != "x-nullable":
            out[key] = value
    return out
