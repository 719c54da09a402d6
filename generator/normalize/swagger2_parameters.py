"""Swagger 2.0 parameters -> OpenAPI 3.0 parameters and request bodies (``in: body`` and ``in: formData``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.normalize.context import Context
from generator.normalize.pointer import is_missing, join, lookup, moved_ref, pointer_of, ref_tokens
from generator.normalize.swagger2_schemas import SIMPLE_SCHEMA_FIELDS, convert_schema, simple_schema

FORM_URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
_PARAMETER_FIELDS = (
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "example",
)
_MAX_REF_HOPS = 32


@dataclass(frozen=True, slots=True)
class ResolvedParameter:
    """A parameter after following ``$ref``s: its object, where that object is, and its component name."""

    value: dict[str, Any]
    pointer: str  # where ``value`` is in the input
    component_ref: str | None  # the ``#/parameters/<name>`` reference that reached it, if any

    @property
    def location(self) -> str:
        where = self.value.get("in")
        return where if isinstance(where, str) else ""

    @property
    def key(self) -> tuple[str, str]:
        name = self.value.get("name")
        return (name if isinstance(name, str) else "", self.location)


def resolve_parameter(param: Any, pointer: str, ctx: Context) -> ResolvedParameter | None:
    """Follow ``$ref``s from ``param``; None (with a warning) when it leads nowhere useful."""
    component_ref: str | None = None
    for _ in range(_MAX_REF_HOPS):
        if not isinstance(param, dict):
            ctx.warn(
                "normalize-parameter-invalid",
                "a parameter is not an object; it was dropped",
                pointer,
            )
            return None
        ref = param.get("$ref")
        if not isinstance(ref, str):
            return ResolvedParameter(param, pointer, component_ref)
        tokens = ref_tokens(ref)
        target = lookup(ctx.document, tokens) if tokens is not None else None
        if tokens is None or is_missing(target):
            ctx.warn(
                "normalize-ref-not-found",
                f"parameter reference '{ref}' cannot be followed; the parameter was dropped",
                join(pointer, "$ref"),
                "fix the reference or add the missing parameter",
            )
            return None
        shared = len(tokens) == 2 and tokens[0] == "parameters" and ref.startswith("#/parameters/")
        component_ref = ref if shared else None
        param, pointer = target, pointer_of(tokens)
    ctx.warn(
        "normalize-ref-loop", "parameter references form a loop; the parameter was dropped", pointer
    )
    return None


def parameter_ref(ref: str) -> dict[str, Any]:
    """``#/parameters/X`` (a query, header or path parameter) -> a reference to ``components/parameters``."""
    return {"$ref": moved_ref(ref, "parameters", "components", "parameters")}


def request_body_ref(ref: str) -> dict[str, Any]:
    """``#/parameters/X`` (a body parameter) -> a reference to ``components/requestBodies``."""
    return {"$ref": moved_ref(ref, "parameters", "components", "requestBodies")}


def convert_parameter(param: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    """A query/path/header parameter: type fields move into ``schema``, ``collectionFormat`` into style."""
    out: dict[str, Any] = {}
    for key in _PARAMETER_FIELDS:
        if key in param:
            out[key] = param[key]
    if "example" not in out and "x-example" in param:
        out["example"] = param["x-example"]
    location = out.get("in")
    if location == "path" and out.get("required") is not True:
        ctx.warn(
            "normalize-path-parameter-required",
            f"path parameter '{out.get('name')}' is not marked required; path parameters always are",
            join(pointer, "required"),
            "add 'required: true'",
        )
        out["required"] = True
    if "schema" in param and not any(key in param for key in SIMPLE_SCHEMA_FIELDS):
        # Not valid 2.0 for a non-body parameter, but the intent is plain.
        converted = convert_schema(param["schema"], join(pointer, "schema"), ctx)
        schema = converted if isinstance(converted, dict) else {}
    else:
        schema = simple_schema(param, pointer, ctx)
    out["schema"] = schema
    if schema.get("type") == "array":
        out.update(_style(location, param.get("collectionFormat"), pointer, ctx))
    if location != "query":
        out.pop("allowEmptyValue", None)  # 3.0 only allows it on query parameters
    for key, value in param.items():
        if key.startswith("x-") and key not in ("x-nullable", "x-example"):
            out[key] = value
    return out


def _style(location: Any, collection_format: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    fmt = collection_format if collection_format is not None else "csv"  # csv is 2.0's default
    here = join(pointer, "collectionFormat")
    if fmt not in ("csv", "multi", "ssv", "pipes", "tsv"):
        ctx.warn(
            "normalize-collection-format-unknown",
            f"unknown collectionFormat '{fmt}'; treated as 'csv'",
            here,
            "use csv, ssv, tsv, pipes or multi",
        )
        fmt = "csv"
    if location == "query":
        if fmt == "tsv":
            ctx.warn(
                "normalize-collection-format-tsv",
                "collectionFormat 'tsv' has no OpenAPI 3 equivalent; the values are sent comma-separated",
                here,
                "use csv, ssv or pipes",
            )
        return {
            "csv": {"style": "form", "explode": False},
            "tsv": {"style": "form", "explode": False},
            "multi": {"style": "form", "explode": True},
            "ssv": {"style": "spaceDelimited", "explode": False},
            "pipes": {"style": "pipeDelimited", "explode": False},
        }[fmt]
    if fmt != "csv":
        ctx.warn(
            "normalize-collection-format-unsupported",
            f"collectionFormat '{fmt}' is not possible for a {location} parameter in OpenAPI 3; "
            "the values are sent comma-separated",
            here,
            "use csv for path and header parameters",
        )
    return {"style": "simple", "explode": False}


def form_encoding(collection_format: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    """The ``encoding`` entry of an array form field (for ``application/x-www-form-urlencoded``)."""
    return _style("query", collection_format, pointer, ctx)


def body_request_body(
    param: dict[str, Any], pointer: str, media: tuple[str, ...], ctx: Context
) -> dict[str, Any]:
    """An ``in: body`` parameter as a request body with one content entry per media type."""
    out: dict[str, Any] = {}
    if "description" in param:
        out["description"] = param["description"]
    if "schema" in param:
        schema = convert_schema(param["schema"], join(pointer, "schema"), ctx)
    else:
        ctx.warn(
            "normalize-body-without-schema",
            f"body parameter '{param.get('name')}' has no schema; any JSON value is accepted",
            pointer,
            "add a 'schema' to the body parameter",
        )
        schema = {}
    examples = param.get("x-examples")
    content: dict[str, Any] = {}
    for media_type in media:
        entry: dict[str, Any] = {"schema": schema}
        if isinstance(examples, dict) and media_type in examples:
            entry["example"] = examples[media_type]
        content[media_type] = entry
    out["content"] = content
    if "required" in param:
        out["required"] = bool(param["required"])
    if isinstance(param.get("name"), str):
        out["x-pfgen-body-name"] = param["name"]
    for key, value in param.items():
        if key.startswith("x-"):
            out[key] = value
    return out


def form_request_body(
    params: list[ResolvedParameter], media: tuple[str, ...], ctx: Context
) -> dict[str, Any]:
    """``in: formData`` parameters as one object-shaped form request body."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    encoding: dict[str, Any] = {}
    has_file = False
    for param in params:
        value, pointer = param.value, param.pointer
        name = param.key[0]
        prop = simple_schema(value, pointer, ctx)
        if value.get("type") == "file":
            has_file = True
        if "description" in value:
            prop = {**prop, "description": value["description"]}
        if "x-example" in value and "example" not in prop:
            prop = {**prop, "example": value["x-example"]}
        for key, extension in value.items():
            if key.startswith("x-") and key not in ("x-nullable", "x-example"):
                prop = {**prop, key: extension}
        properties[name] = prop
        if value.get("required") is True and name not in required:
            required.append(name)
        if prop.get("type") == "array":
            encoding[name] = form_encoding(value.get("collectionFormat"), pointer, ctx)

    form_media = [m for m in media if m in (FORM_URLENCODED, MULTIPART)]
    if has_file:
        # Files can only travel in a multipart body, whatever ``consumes`` says.
        chosen = [MULTIPART]
    elif form_media:
        chosen = form_media
    else:
        chosen = [FORM_URLENCODED]

    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    content: dict[str, Any] = {}
    for media_type in chosen:
        entry: dict[str, Any] = {"schema": schema}
        if encoding and media_type == FORM_URLENCODED:
            # Style only has meaning for url-encoded bodies; multipart repeats parts, which is 'multi'.
            entry["encoding"] = encoding
        content[media_type] = entry
    out: dict[str, Any] = {"content": content}
    if required:
        out["required"] = True
    return out
