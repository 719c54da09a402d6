"""Keywords any schema may carry, whatever it converts to: constraints, examples, annotations, nullability.

Plain readers of one schema node, shared by the converter modules (``schemas`` and the ``schema_*`` modules it
dispatches to).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.ir.model import Constraints, TypeRef

NO_CONSTRAINTS = Constraints()
_CONSTRAINT_KEYS = frozenset(
    {
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
        "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    }
)
# Keywords that say what a value *is*; a schema without any of them only annotates or constrains.
SHAPE_KEYS = frozenset(
    {
        "$ref", "type", "properties", "additionalProperties", "patternProperties", "items", "prefixItems",
        "enum", "const", "allOf", "oneOf", "anyOf", "format",
    }
)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def constraints_of(node: dict[str, Any]) -> Constraints:
    if _CONSTRAINT_KEYS.isdisjoint(node):
        return NO_CONSTRAINTS
    g = node.get
    minimum = g("minimum") if is_number(g("minimum")) else None
    maximum = g("maximum") if is_number(g("maximum")) else None
    exc_min: float | int | None = None
    exc_max: float | int | None = None
    # OpenAPI 3.0 / draft 4: boolean flags that turn minimum/maximum exclusive; 3.1: the bound itself.
    if g("exclusiveMinimum") is True and minimum is not None:
        exc_min, minimum = minimum, None
    elif is_number(g("exclusiveMinimum")):
        exc_min = g("exclusiveMinimum")
    if g("exclusiveMaximum") is True and maximum is not None:
        exc_max, maximum = maximum, None
    elif is_number(g("exclusiveMaximum")):
        exc_max = g("exclusiveMaximum")

    def count(key: str) -> int | None:
        v = g(key)
        return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None

    return Constraints(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exc_min,
        exclusive_maximum=exc_max,
        multiple_of=g("multipleOf") if is_number(g("multipleOf")) else None,
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=g("pattern") if isinstance(g("pattern"), str) else None,
        min_items=count("minItems"),
        max_items=count("maxItems"),
        unique_items=g("uniqueItems") is True,
        min_properties=count("minProperties"),
        max_properties=count("maxProperties"),
    )


def examples_of(node: dict[str, Any]) -> tuple[Any, ...]:
    """``example`` plus ``examples`` (a JSON Schema list, or an OpenAPI map of Example Objects)."""
    out: list[Any] = []
    if "example" in node:
        out.append(node["example"])
    ex = node.get("examples")
    if isinstance(ex, list):
        out.extend(ex)
    elif isinstance(ex, dict):
        for key in ex:
            item = ex[key]
            if isinstance(item, dict) and "value" in item:
                out.append(item["value"])
    return tuple(out)


def with_nullable(t: TypeRef, nullable: bool) -> TypeRef:
    if not nullable or t.nullable or t.kind in ("any", "null"):
        return t
    return replace(t, nullable=True)


def schema_meta(node: dict[str, Any], pointer: str, wire_name: str) -> dict[str, Any]:
    """The annotation keywords every named Schema keeps (keyword arguments of ``Schema``)."""
    title = node.get("title")
    desc = node.get("description")
    return {
        "pointer": pointer,
        "wire_name": wire_name,
        "title": title if isinstance(title, str) else "",
        "description": desc if isinstance(desc, str) else "",
        "deprecated": node.get("deprecated") is True,
        "examples": examples_of(node),
        "read_only": node.get("readOnly") is True,
        "write_only": node.get("writeOnly") is True,
    }
