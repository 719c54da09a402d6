"""``oneOf`` / ``anyOf``: an inline union, or a named union ``Schema`` with its discriminator.

Null alternatives make the union nullable rather than being variants; inline variants are named after their type
tag (``tag_value``) or title when they have one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.builder.context import COMPONENT_SCHEMA_PREFIX, component_key, escape
from generator.builder.schema_allof import flatten
from generator.builder.schema_keywords import SHAPE_KEYS, schema_meta, with_nullable
from generator.ir.model import ANY, Discriminator, JsonScalar, Schema, TypeRef
from generator.ir.names import to_pascal
from generator.normalize.schema import is_null_schema
from generator.pointer import canonical_ref

if TYPE_CHECKING:
    from generator.builder.schemas import SchemaConverter

_TAG_PROPERTIES = ("type", "kind", "object", "event", "event_type", "eventType", "@type")


def is_union(alts: Any) -> bool:
    """Whether a ``oneOf`` / ``anyOf`` value makes the schema a union. Alternatives that only add constraints
    (``oneOf: [{required: [a]}, {required: [b]}]``) do not: they leave the shape to the rest of the schema."""
    return alts is not None and not (
        isinstance(alts, list) and all(isinstance(p, dict) and SHAPE_KEYS.isdisjoint(p) for p in alts)
    )


def convert_union(
    conv: SchemaConverter, n: dict[str, Any], key: str, ptr: str, name: str, component: str | None, nullable: bool
) -> TypeRef:
    raw = n[key]
    if not isinstance(raw, list):
        conv.ctx.warn("union-invalid", f"`{key}` must be a list; treated as any value.", ptr)
        return ANY
    disc = n.get("discriminator")
    prop = disc.get("propertyName") if isinstance(disc, dict) else None
    prop = prop if isinstance(prop, str) else None
    kept: list[tuple[Any, TypeRef]] = []
    for i, v in enumerate(raw):
        if is_null_schema(v):
            nullable = True
            continue
        kept.append((v, conv.at(f"{ptr}/{key}/{i}", v, _variant_name(v, name, i, prop))))
    variants = tuple(t for _, t in kept)
    if not variants:
        return TypeRef("null")
    if len(variants) == 1 and prop is None:
        return with_nullable(variants[0], nullable)
    if component is None and prop is None:
        return TypeRef("union", args=variants, nullable=nullable)
    discriminator = _discriminator(conv, disc, prop, kept, ptr) if isinstance(disc, dict) and prop else None
    schema = Schema(
        name=ptr, kind="union", variants=variants, union_kind="oneOf" if key == "oneOf" else "anyOf",
        discriminator=discriminator, nullable=nullable, **schema_meta(n, ptr, component or ""),
    )
    return conv.register(ptr, name, schema, component)


def tag_value(node: Any, prop: str | None = None) -> JsonScalar | None:
    """The const (or one-value enum) of a type-tag property of an inline object schema, if it has one."""
    if not isinstance(node, dict):
        return None
    props = node.get("properties")
    if not isinstance(props, dict):
        return None
    for name in (prop,) if prop else _TAG_PROPERTIES:
        p = props.get(name) if name else None
        if isinstance(p, dict):
            if "const" in p and isinstance(p["const"], (str, int)):
                return p["const"]  # type: ignore[no-any-return,unused-ignore]
            enum = p.get("enum")
            if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], (str, int)):
                return enum[0]  # type: ignore[no-any-return,unused-ignore]
    return None


def _variant_name(v: Any, parent: str, i: int, prop: str | None) -> str:
    if isinstance(v, dict) and "$ref" not in v:
        tag = tag_value(v, prop)
        if tag is not None and to_pascal(str(tag)):
            return f"{parent}{to_pascal(str(tag))}"
        title = v.get("title")
        if isinstance(title, str) and to_pascal(title):
            return to_pascal(title)
    return f"{parent}Variant{i + 1}"


def _discriminator(
    conv: SchemaConverter, disc: dict[str, Any], prop: str, kept: list[tuple[Any, TypeRef]], ptr: str
) -> Discriminator:
    """The explicit ``mapping`` (refs only), completed by the variants' tag values or component names."""
    mapping: dict[str, str] = {}
    explicit = disc.get("mapping")
    if isinstance(explicit, dict):
        for value, target in explicit.items():
            if not isinstance(target, str):
                continue
            ref = canonical_ref(target) if target.startswith("#") else COMPONENT_SCHEMA_PREFIX + escape(target)
            node = conv.ctx.lookup(ref)
            if node is None:
                conv.ctx.warn("discriminator-target-missing",
                              f"Discriminator mapping {value!r} -> {target!r} points at nothing.", ptr)
                continue
            t = conv.ref(ref, ptr, "")
            if t.kind == "ref":
                mapping[str(value)] = t.name
    mapped = set(mapping.values())
    for node, t in kept:
        if t.kind != "ref" or t.name in mapped:
            continue
        key = component_key(t.name)
        # The spec's implicit mapping is the schema name; a const on the tag property is what the payload
        # really carries, so it wins when present.
        tag = tag_value(flatten(conv.ctx, conv.ctx.lookup(t.name) if key is not None else node), prop)
        if tag is not None:
            mapping.setdefault(str(tag), t.name)
        elif key is not None:
            mapping.setdefault(key, t.name)
    return Discriminator(prop, tuple(sorted(mapping.items())))
