"""JSON Schema (OpenAPI 3.0 and 3.1 flavours) -> ``Schema`` / ``TypeRef`` / ``Field``.

One entry point, :meth:`SchemaConverter.at`, converts the schema node at a JSON pointer and returns the ``TypeRef``
that uses it. Component schemas always become named ``Schema``s; inline ones are hoisted to a named ``Schema`` only
when they need a class (objects with properties, enums with several values, discriminated unions), under the
candidate name the caller derives from where they sit. Names are settled later (``naming``); until then every
``Schema.name`` and ref ``TypeRef.name`` is the pointer of the definition.

Refs never trigger conversion of their target (so recursion, however deep or mutual, costs nothing) except for
``allOf`` parents, whose fields the child copies.

This module is the core: entry points, refs, registration and the dispatch on what a schema is. Each construct is
converted by its own module, a function taking the converter:

- ``schema_allof``: ``allOf`` (merged parts, inheritance);
- ``schema_unions``: ``oneOf`` / ``anyOf`` and discriminators;
- ``schema_enums``: ``const`` and ``enum``;
- ``schema_objects``: objects, maps and their fields;
- ``schema_arrays``: arrays and tuples;
- ``schema_primitives``: strings, numbers, integers, booleans;
- ``schema_keywords``: keywords every schema may carry (constraints, examples, annotations).
"""

from __future__ import annotations

from typing import Any

from generator.builder.context import COMPONENT_SCHEMA_PREFIX, Context, component_key, escape
from generator.builder.schema_allof import convert_all_of
from generator.builder.schema_arrays import convert_array
from generator.builder.schema_enums import convert_const, convert_enum
from generator.builder.schema_keywords import (
    constraints_of,
    examples_of,
    schema_meta,
    with_nullable,
)
from generator.builder.schema_objects import convert_object
from generator.builder.schema_primitives import PRIMITIVE_TYPES, primitive_type
from generator.builder.schema_unions import convert_union, is_union, tag_value
from generator.ir.model import ANY, Schema, TypeRef
from generator.ir.names import to_pascal
from generator.normalize.schema import (
    MAX_SCHEMA_DEPTH,
    declared_types,
    marks_nullable,
    node_nullable,
)
from generator.pointer import canonical_ref, ref_tokens

__all__ = [
    "SchemaConverter",
    "constraints_of",
    "derived_name",
    "examples_of",
    "tag_value",
    "with_nullable",
]


def derived_name(pointer: str, fallback: str) -> str:
    """Candidate class name for a schema reached by a ``$ref`` into the middle of another schema."""
    tokens = ref_tokens(pointer)
    if tokens is None or tokens[:2] != ("components", "schemas") or len(tokens) < 3:
        return fallback
    segs = list(tokens[2:])
    out = [to_pascal(segs[0])]
    skip = {"properties", "allOf", "oneOf", "anyOf", "prefixItems", "patternProperties"}
    for seg in segs[1:]:
        if seg in skip:
            continue
        out.append({"items": "Item", "additionalProperties": "Value"}.get(seg, to_pascal(seg)))
    return "".join(out) or fallback


class SchemaConverter:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----------------------------------------------------------------------------------------------- entry points
    def component(self, key: str) -> TypeRef:
        ptr = COMPONENT_SCHEMA_PREFIX + escape(key)
        node = self.ctx.data.get("components", {}).get("schemas", {}).get(key)
        return self.at(ptr, node, to_pascal(key) or "Schema", component=key)

    def at(self, ptr: str, node: Any, name: str, component: str | None = None) -> TypeRef:
        """Convert the schema ``node`` found at ``ptr``; ``name`` is the class name to use if it is hoisted."""
        ctx = self.ctx
        done = ctx.memo.get(ptr)
        if done is not None:
            if ctx.recording is not None:
                ctx.recording.took(ptr, done)
            return done
        if ptr in ctx.in_progress:
            # Reached again while converting itself (recursion through a non-component pointer): it must be
            # named so the cycle can go through a ref.
            ctx.forced.add(ptr)
            return TypeRef("ref", name=ptr, nullable=node_nullable(node))
        if len(ctx.in_progress) >= MAX_SCHEMA_DEPTH:
            ctx.warn("schema-too-deep", f"Schemas nest deeper than {MAX_SCHEMA_DEPTH} levels here; treated as any "
                     "value.", ptr, "Flatten the schema, or name the inner parts as components.")
            return ANY
        ctx.in_progress.add(ptr)
        try:
            t = self.convert(node, ptr, name, component)
        finally:
            ctx.in_progress.discard(ptr)
        if t.kind == "ref" and t.name == ptr and ptr not in ctx.schemas:
            # ``A: {$ref: A}`` and similar loops that never reach a definition.
            ctx.warn("ref-cycle", "Schema refers only to itself; treated as any value.", ptr)
            t = ANY
        if (component is not None or ptr in ctx.forced) and not (t.kind == "ref" and t.name == ptr):
            meta = schema_meta(node if isinstance(node, dict) else {}, ptr, component or "")
            schema = Schema(name=ptr, kind="alias", target=t, nullable=t.nullable, **meta)
            t = self.register(ptr, name, schema, component)
        ctx.memo[ptr] = t
        if ctx.recording is not None:
            ctx.recording.stored(ptr, t)
        return t

    def ref(self, ref: Any, ptr: str, name: str) -> TypeRef:
        """The type a ``$ref`` stands for."""
        if not isinstance(ref, str):
            self.ctx.warn("ref-invalid", "$ref is not a string.", ptr)
            return ANY
        ref = canonical_ref(ref)  # one spelling, so it meets the pointer of what it names (My%20Thing)
        target = self.ctx.lookup(ref)
        if target is None:
            self.ctx.warn("ref-not-found", f"$ref {ref!r} does not point at anything.", ptr,
                          "Fix the reference or add the missing definition.")
            return ANY
        if component_key(ref) is not None:
            return TypeRef("ref", name=ref, nullable=node_nullable(target))
        return self.at(ref, target, derived_name(ref, name))

    def ensure_component(self, ref: str) -> Schema | None:
        """The built Schema of a component (building it now if needed); None while it is being built."""
        if ref in self.ctx.schemas:
            return self.ctx.schemas[ref]
        key = component_key(ref)
        if key is None or ref in self.ctx.in_progress:
            return None
        t = self.component(key)
        return self.ctx.schemas.get(t.name) if t.kind == "ref" else None

    # --------------------------------------------------------------------------------------------------- dispatch
    def register(self, ptr: str, name: str, schema: Schema, component: str | None) -> TypeRef:
        """Record the named ``schema`` found at ``ptr`` and return the ref that uses it."""
        self.ctx.schemas[ptr] = schema
        self.ctx.candidates[ptr] = name
        if component is not None:
            self.ctx.wire_names[ptr] = component
        if self.ctx.recording is not None:
            self.ctx.recording.registers(ptr, schema, name, component)
        return TypeRef("ref", name=ptr, nullable=schema.nullable)

    def convert(self, n: Any, ptr: str, name: str, component: str | None) -> TypeRef:
        """Convert ``n`` by what it is; unlike :meth:`at`, without memo or recursion checks."""
        if not isinstance(n, dict):
            if n is not True and n is not False and n is not None:
                self.ctx.warn("schema-invalid", "Schema is not an object; treated as any value.", ptr)
            return ANY
        nullable = n.get("nullable") is True or n.get("x-nullable") is True
        if "$ref" in n and not isinstance(n["$ref"], str):
            self.ctx.warn("ref-invalid", "$ref is not a string; it was ignored.", ptr)
            n = {k: v for k, v in n.items() if k != "$ref"}
        if "$ref" in n:
            if not {"properties", "allOf", "items", "oneOf", "anyOf"}.isdisjoint(n):
                # 3.1 lets $ref sit beside other keywords: that means "all of these".
                rest = {k: v for k, v in n.items() if k != "$ref"}
                parts = [{"$ref": n["$ref"]}, *rest.pop("allOf", [])]
                return convert_all_of(self, {**rest, "allOf": parts}, ptr, name, component, nullable)
            return with_nullable(self.ref(n["$ref"], ptr, name), marks_nullable(n))
        if "allOf" in n:
            return convert_all_of(self, n, ptr, name, component, nullable)
        for key in ("oneOf", "anyOf"):
            if is_union(n.get(key)):
                return convert_union(self, n, key, ptr, name, component, nullable)
        if "const" in n:
            return convert_const(self.ctx, n, ptr, nullable)
        if "enum" in n:
            t = convert_enum(self, n, ptr, name, component, nullable)
            if t is not None:
                return t
        # Anything else is what its ``type`` says (declared, or inferred from the keywords present).
        types, type_null = _types(self.ctx, n, ptr)
        nullable = nullable or type_null
        if len(types) > 1:
            # ``type: [string, integer]``: one alternative per type, sharing the other keywords.
            args = tuple(
                self.at(f"{ptr}/type/{i}", {**n, "type": t}, f"{name}{to_pascal(t)}") for i, t in enumerate(types)
            )
            return TypeRef("union", args=args, nullable=nullable)
        kind = types[0] if types else _infer(n)
        if kind == "object":
            return convert_object(self, n, ptr, name, component, nullable)
        if kind == "array":
            return convert_array(self, n, ptr, name, nullable)
        if kind == "null":
            return TypeRef("null")
        if kind in PRIMITIVE_TYPES:
            return primitive_type(n, kind, nullable)
        if kind:
            self.ctx.warn("type-unknown", f"Unknown type {kind!r}; treated as any value.", ptr)
        return TypeRef("any", nullable=False)


def _types(ctx: Context, n: dict[str, Any], ptr: str) -> tuple[list[str], bool]:
    """The declared non-null types of ``n`` and whether ``null`` is among them (``["null"]`` when it is alone)."""
    names, has_null = declared_types(n)
    if names is None:
        if n.get("type") is not None:
            ctx.warn("type-invalid", "`type` must be a string or a list of strings.", ptr)
        return [], False
    if has_null and not names:
        return ["null"], False   # only null: the null type itself
    return names, has_null


def _infer(n: dict[str, Any]) -> str:
    """The type a schema without ``type`` has by its keywords; "" when they do not say."""
    if "properties" in n or "additionalProperties" in n or "patternProperties" in n:
        return "object"
    if "items" in n or "prefixItems" in n:
        return "array"
    return ""
