"""``allOf``: one part with modifiers, a merge of the parts into one schema, or an object that inherits.

Component parents that are objects become base classes (``Schema.bases``) and the child copies their fields; every
other part is flattened (``$ref`` chains and nested allOfs merged into one dict) and merged into the child's own
keywords. This is the one place where a ``$ref`` makes its target convert first (``SchemaConverter
.ensure_component``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from generator.builder.context import Context, component_key
from generator.builder.schema_keywords import SHAPE_KEYS, with_nullable
from generator.builder.schema_objects import fields_of, object_schema
from generator.ir.model import Field, Schema, TypeRef

if TYPE_CHECKING:
    from generator.builder.schemas import SchemaConverter


def convert_all_of(
    conv: SchemaConverter, n: dict[str, Any], ptr: str, name: str, component: str | None, nullable: bool
) -> TypeRef:
    # Every call that converts further (ref, convert, ensure_component, fields_of, object_schema) is made from
    # this function itself, so nesting through allOf costs no more stack than before the converter was split.
    ctx = conv.ctx
    parts = n.get("allOf")
    if not isinstance(parts, list):
        ctx.warn("allof-invalid", "`allOf` must be a list; ignored.", ptr)
        return conv.convert({k: v for k, v in n.items() if k != "allOf"}, ptr, name, component)
    siblings = {k: v for k, v in n.items() if k != "allOf"}
    t_sib = siblings.get("type")
    nullable = nullable or (isinstance(t_sib, list) and "null" in t_sib)
    structural = (SHAPE_KEYS - {"type", "format"}) & siblings.keys() or "required" in siblings
    real = [(i, p) for i, p in enumerate(parts) if not (isinstance(p, dict) and SHAPE_KEYS.isdisjoint(p))]
    if len(real) == 1 and not structural:
        i, p = real[0]
        if isinstance(p, dict) and "$ref" in p and len(p) == 1:
            # ``allOf: [{$ref: X}]`` with description / nullable beside it: X with those modifiers.
            return with_nullable(conv.ref(p["$ref"], f"{ptr}/allOf/{i}", name), nullable)
        merged = {**siblings, **p} if isinstance(p, dict) else siblings
        return conv.convert(_mark_nullable(merged, nullable), ptr, name, component)
    if not real:
        return with_nullable(conv.convert(siblings, ptr, name, component), nullable)

    # Component parents that are objects become bases; every other part is inlined (flattened).
    bases: list[str] = []
    own: list[dict[str, Any]] = []
    for i, p in enumerate(parts):
        if not isinstance(p, dict):
            continue
        if "$ref" in p and isinstance(p["$ref"], str):
            ref = p["$ref"]
            target = ctx.lookup(ref)
            base = None
            if target is not None and component_key(ref) is not None:
                base = conv.ensure_component(ref)
            if not _inlined(ctx, ref, target, base, f"{ptr}/allOf/{i}", bases):
                continue
            p = flatten(ctx, target)
        own.append(p)
    objectish = all(_objectish(p) for p in own)
    if structural:
        own.append({k: v for k, v in siblings.items() if k in SHAPE_KEYS or k == "required"})
    if not objectish:
        merged = merge(ctx, [*(flatten(ctx, ctx.lookup(b)) for b in bases), *own], ptr)
        merged.update({k: v for k, v in siblings.items() if k not in SHAPE_KEYS and k != "required"})
        return conv.convert(_mark_nullable(merged, nullable), ptr, name, component)

    # An object made of parents (emitted as base classes) and its own properties; fields lists all of them.
    fields, inherited = _inherited_fields(ctx, bases)
    merged = merge(ctx, own, ptr)
    required = set(merged.get("required", ()))
    for f in fields_of(conv, merged.get("properties", {}), required, ptr, name):
        fields[f.wire_name] = f
    _require(fields, required, ptr)
    body = {**siblings, **{k: v for k, v in merged.items() if k not in ("properties", "required")}}
    schema = object_schema(conv, body, ptr, name, component, nullable, list(fields.values()), tuple(bases),
                           inherited)
    return conv.register(ptr, name, schema, component)


def _mark_nullable(node: dict[str, Any], nullable: bool) -> dict[str, Any]:
    """``node`` itself, with ``nullable: true`` set when ``nullable``."""
    if nullable:
        node["nullable"] = True
    return node


def _inlined(ctx: Context, ref: str, target: Any, base: Schema | None, at: str, bases: list[str]) -> bool:
    """Whether the allOf part ``{$ref: ref}`` (found at ``at``) is inlined into the child's own keywords; it is not
    when it is a base class (then added to ``bases``) or is skipped (with a warning)."""
    if target is None:
        ctx.warn("ref-not-found", f"$ref {ref!r} does not point at anything.", at)
        return False
    if base is not None and base.kind == "object":
        if ref not in bases:
            bases.append(ref)
        return False
    if component_key(ref) is not None and ref in ctx.in_progress:
        ctx.warn("allof-cycle", f"{ref!r} inherits from itself through allOf; parent skipped.", at)
        return False
    return True


def _inherited_fields(ctx: Context, bases: list[str]) -> tuple[dict[str, Field], dict[str, str]]:
    """The fields of the bases by wire name (a later base wins), and the Python name each wire name first had."""
    fields: dict[str, Field] = {}
    inherited: dict[str, str] = {}
    for b in bases:
        for f in ctx.schemas[b].fields:
            fields[f.wire_name] = f
            inherited.setdefault(f.wire_name, f.name)
    return fields, inherited


def _require(fields: dict[str, Field], required: set[str], ptr: str) -> None:
    """Make the inherited fields the child lists in ``required`` required (now declared by the child)."""
    for wire in required:
        inherited_field = fields.get(wire)
        if inherited_field is not None and not inherited_field.required:
            fields[wire] = replace(inherited_field, required=True, declared_in=ptr)


def flatten(ctx: Context, node: Any, depth: int = 0) -> dict[str, Any]:
    """A schema node with ``$ref`` chains and nested allOfs merged into one dict (for inlined parents)."""
    if not isinstance(node, dict) or depth > 16:
        return {}
    if "$ref" in node and isinstance(node["$ref"], str):
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return merge(ctx, [flatten(ctx, ctx.lookup(node["$ref"]), depth + 1), rest], "")
    if isinstance(node.get("allOf"), list):
        rest = {k: v for k, v in node.items() if k != "allOf"}
        return merge(ctx, [*(flatten(ctx, p, depth + 1) for p in node["allOf"]), rest], "")
    return node


def _objectish(node: dict[str, Any]) -> bool:
    t = node.get("type")
    if t is not None and t != "object" and not (isinstance(t, list) and "object" in t):
        return False
    return SHAPE_KEYS.isdisjoint(node.keys() - {"type", "properties", "additionalProperties", "patternProperties"})


def merge(ctx: Context, nodes: list[dict[str, Any]], ptr: str) -> dict[str, Any]:
    """The keywords of ``nodes`` in one dict: properties and required lists united, anything else the last one's.
    Warns (at ``ptr``, unless it is empty) when the parts disagree on ``type``."""
    out: dict[str, Any] = {}
    props: dict[str, Any] = {}
    required: list[str] = []
    types: set[str] = set()
    for node in nodes:
        for k, v in node.items():
            if k == "properties" and isinstance(v, dict):
                props.update(v)
            elif k == "required" and isinstance(v, list):
                required.extend(r for r in v if isinstance(r, str) and r not in required)
            else:
                if k == "type" and isinstance(v, str):
                    types.add(v)
                out[k] = v
    if len(types) > 1 and ptr:
        ctx.warn("allof-conflict", f"allOf combines incompatible types {sorted(types)}; the last wins.", ptr)
    if props:
        out["properties"] = props
    if required:
        out["required"] = required
    return out
