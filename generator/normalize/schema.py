"""The schema facts every stage reads the same way: which types a schema declares, when it admits null, when it
is the null schema, and what its enum (or const) allows.

OpenAPI 3.0 says "or null" with ``nullable: true`` (Swagger 2.0 with ``x-nullable``), 3.1 with ``"null"`` in a type
list, an enum with ``null``, or a ``{type: null}`` branch of ``oneOf``/``anyOf``. The build stage (the IR) and the
wire diff (which must judge two spellings of the same schema as equal) both decide these questions here.
"""

from __future__ import annotations

from typing import Any

# How deeply schemas may nest (items inside items, allOf inside allOf...) before a stage stops descending: real
# documents stay around 30; recursion through $ref cycles is caught separately and does not count.
MAX_SCHEMA_DEPTH = 100


def is_null_schema(node: Any) -> bool:
    """The schema that admits only null (``type: null``, ``enum: [null]``, ``const: null``)."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    t = node.get("type")
    return t == "null" or t == ["null"] or node.get("enum") == [None] or ("const" in node and node["const"] is None)


def declared_types(node: dict[str, Any]) -> tuple[list[str] | None, bool]:
    """(the type names a schema declares, in order and without ``"null"``; whether ``"null"`` was among them).

    ``None`` when ``type`` is absent or not a string or list; a lone ``type: null`` is ``([], True)``.
    """
    t = node.get("type")
    if isinstance(t, str):
        return ([], True) if t == "null" else ([t], False)
    if isinstance(t, list):
        names = list(dict.fromkeys(x for x in t if isinstance(x, str)))
        return [x for x in names if x != "null"], "null" in names
    return None, False


def marks_nullable(node: dict[str, Any]) -> bool:
    """The node's own "or null" markers: ``nullable: true``, ``x-nullable: true``, or ``"null"`` among its types.

    These are also what makes a ``$ref`` with siblings "the referenced schema, or null" (as authors mean it in 3.0).
    """
    if node.get("nullable") is True or node.get("x-nullable") is True:
        return True
    return declared_types(node)[1]


def node_nullable(node: Any) -> bool:
    """Whether a schema node admits null, judged from the node alone (its markers, its enum, its unions)."""
    if not isinstance(node, dict):
        return False
    if marks_nullable(node):
        return True
    enum = node.get("enum")
    if isinstance(enum, list) and None in enum:
        return True
    for key in ("oneOf", "anyOf"):
        parts = node.get(key)
        if isinstance(parts, list) and any(is_null_schema(p) for p in parts):
            return True
    return False


def allowed_values(node: dict[str, Any]) -> tuple[list[Any], bool, bool] | None:
    """(the values ``enum`` or ``const`` allow, without null; whether null is allowed; whether it was ``const``),
    or None when the schema restricts no values. ``const`` wins over ``enum``."""
    if "const" in node:
        value = node["const"]
        return ([] if value is None else [value]), value is None, True
    raw = node.get("enum")
    if isinstance(raw, list):
        return [v for v in raw if v is not None], None in raw, False
    return None
