"""Swagger 2.0 Schema Objects -> OpenAPI 3.0 Schema Objects, recursively, with ``$ref``s rewritten."""

from __future__ import annotations

import re
from typing import Any

from generator.normalize.context import Context
from generator.normalize.pointer import (
    is_missing,
    join,
    lookup,
    moved_ref,
    pointer_of,
    ref_to,
    ref_tokens,
)

_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def convert_schema(schema: Any, pointer: str, ctx: Context) -> Any:
    """A converted copy of ``schema`` (found at ``pointer`` in the input); the input is never modified."""
    if isinstance(schema, bool):
        return schema  # ``additionalProperties: false`` and friends
    if not isinstance(schema, dict):
        ctx.warn(
            "normalize-schema-invalid",
            "a schema is not an object; it was replaced by an unconstrained schema",
            pointer,
            "write the schema as an object",
        )
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _convert_ref_schema(schema, ref, pointer, ctx)

    out: dict[str, Any] = {}
    promoted: list[str] = []
    for key, value in schema.items():
        here = join(pointer, key)
        if key == "properties" and isinstance(value, dict):
            out[key] = _convert_properties(value, here, ctx, promoted)
        elif key == "items":
            out[key] = _convert_items(value, here, ctx)
        elif key in ("additionalProperties", "not"):
            out[key] = convert_schema(value, here, ctx)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            out[key] = [convert_schema(item, join(here, i), ctx) for i, item in enumerate(value)]
        elif key == "x-nullable":
            if value is True:
                out["nullable"] = True
        elif key == "discriminator" and isinstance(value, str):
            out[key] = {"propertyName": value}
        elif key == "required":
            # 3.0 wants a non-empty list here; an empty list says nothing and a boolean (a common 2.0 mistake
            # inside ``properties``) was already moved to the parent by ``_convert_properties``.
            if isinstance(value, list) and value:
                out[key] = list(value)
        else:
            out[key] = value
    if promoted:
        required = list(out.get("required", []))
        required.extend(name for name in promoted if name not in required)
        out["required"] = required
    if out.get("type") == "file":
        out["type"] = "string"
        out["format"] = "binary"
    return out


def _convert_properties(
    properties: dict[str, Any], pointer: str, ctx: Context, promoted: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, prop in properties.items():
        here = join(pointer, name)
        if isinstance(prop, dict) and isinstance(prop.get("required"), bool):
            if prop["required"]:
                promoted.append(name)
            ctx.warn(
                "normalize-boolean-required",
                f"property '{name}' has a boolean 'required'; it was moved to the parent's 'required' list",
                join(here, "required"),
                "list required property names in the parent object's 'required' array",
            )
        out[name] = convert_schema(prop, here, ctx)
    return out


def _convert_items(items: Any, pointer: str, ctx: Context) -> Any:
    if not isinstance(items, list):
        return convert_schema(items, pointer, ctx)
    # Tuple-style items are not OpenAPI; the closest single schema is "any of these".
    ctx.warn(
        "normalize-tuple-items",
        "'items' is a list; OpenAPI needs one schema, so it became 'anyOf' the listed schemas",
        pointer,
        "give 'items' a single schema",
    )
    converted = [convert_schema(item, join(pointer, i), ctx) for i, item in enumerate(items)]
    if len(converted) == 1:
        return converted[0]
    return {"anyOf": converted} if converted else {}


def _convert_ref_schema(
    schema: dict[str, Any], ref: str, pointer: str, ctx: Context
) -> dict[str, Any]:
    target = schema_ref(ref, join(pointer, "$ref"), ctx)
    siblings = {
        key: value
        for key, value in schema.items()
        if key not in ("$ref", "x-nullable")
        and not (key == "required" and not isinstance(value, list))
    }
    if target is None:
        return siblings  # an unresolvable reference degrades to "any value" (warned in schema_ref)
    if schema.get("x-nullable") is True:
        # A sibling of $ref is ignored in 3.0, so nullability has to wrap the reference instead.
        return {**siblings, "nullable": True, "allOf": [{"$ref": target}]}
    return {"$ref": target, **siblings}


def schema_ref(ref: str, pointer: str, ctx: Context) -> str | None:
    """Where a schema ``$ref`` points in the output, or None (with a warning) when it cannot be followed."""
    tokens = ref_tokens(ref)
    if tokens is None:
        ctx.warn(
            "normalize-ref-not-local",
            f"reference '{ref}' is not local to the document; it was replaced by an unconstrained schema",
            pointer,
            "bundle external references before normalizing",
        )
        return None
    target = lookup(ctx.document, tokens) if tokens else None
    if not tokens or is_missing(target):
        ctx.warn(
            "normalize-ref-not-found",
            f"reference '{ref}' does not point at a schema; it was replaced by an unconstrained schema",
            pointer,
            "fix the reference or add the missing definition",
        )
        return None
    if len(tokens) >= 2 and tokens[0] == "definitions" and ref.startswith("#/definitions/"):
        return moved_ref(ref, "definitions", "components", "schemas")
    return ref_to("components", "schemas", _hoist(tokens, target, ctx))


def _hoist(tokens: list[str], target: Any, ctx: Context) -> str:
    """Give a schema that lives outside ``definitions`` its own component, once, and return its name."""
    source = pointer_of(tokens)
    name = ctx.hoisted_names.get(source)
    if name is not None:
        return name
    base = _UNSAFE_NAME_CHARS.sub("_", "_".join(tokens)).strip("_") or "Schema"
    name, n = base, 1
    while name in ctx.taken_names:
        n += 1
        name = f"{base}_{n}"
    ctx.taken_names.add(name)
    ctx.hoisted_names[source] = name  # registered before converting, so a self-reference finds it
    ctx.hoisted_schemas[name] = convert_schema(target, source, ctx)
    return name


# Fields a 2.0 non-body parameter, items object or header carries that belong in a 3.0 ``schema``.
SIMPLE_SCHEMA_FIELDS = frozenset(
    {
        "type",
        "format",
        "items",
        "default",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "enum",
        "multipleOf",
    }
)


def simple_schema(fields: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    """The schema for a 2.0 parameter/header: its type fields, converted (``type: file`` included)."""
    schema: dict[str, Any] = {
        key: value for key, value in fields.items() if key in SIMPLE_SCHEMA_FIELDS
    }
    if fields.get("x-nullable") is True:
        schema["nullable"] = True
    if isinstance(schema.get("items"), dict):
        schema["items"] = _strip_nested_collection_format(
            schema["items"], join(pointer, "items"), ctx
        )
    converted = convert_schema(schema, pointer, ctx)
    return converted if isinstance(converted, dict) else {}


def _strip_nested_collection_format(
    items: dict[str, Any], pointer: str, ctx: Context
) -> dict[str, Any]:
    # OpenAPI 3 cannot say how an array nested in an array parameter is joined; the inner format is dropped.
    out = {key: value for key, value in items.items() if key != "collectionFormat"}
    if "collectionFormat" in items:
        ctx.warn(
            "normalize-nested-collection-format",
            "a 'collectionFormat' on nested 'items' cannot be expressed in OpenAPI 3 and was dropped",
            join(pointer, "collectionFormat"),
            "avoid arrays of arrays in parameters",
        )
    if isinstance(out.get("items"), dict):
        out["items"] = _strip_nested_collection_format(out["items"], join(pointer, "items"), ctx)
    return out
