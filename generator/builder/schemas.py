"""JSON Schema (OpenAPI 3.0 and 3.1 flavours) -> ``Schema`` / ``TypeRef`` / ``Field``.

One entry point, :meth:`SchemaConverter.at`, converts the schema node at a JSON pointer and returns the ``TypeRef``
that uses it. Component schemas always become named ``Schema``s; inline ones are hoisted to a named ``Schema`` only
when they need a class (objects with properties, enums with several values, discriminated unions), under the
candidate name the caller derives from where they sit. Names are settled later (``naming``); until then every
``Schema.name`` and ref ``TypeRef.name`` is the pointer of the definition.

Refs never trigger conversion of their target (so recursion, however deep or mutual, costs nothing) except for
``allOf`` parents, whose fields the child copies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from generator.builder.context import COMPONENT_SCHEMA_PREFIX, Context, component_key, escape
from generator.ir.model import (
    ANY,
    Constraints,
    Discriminator,
    EnumMember,
    Field,
    JsonScalar,
    Schema,
    TypeRef,
)
from generator.ir.names import enum_member_names, field_name, to_pascal, unique_names
from generator.normalize.schema import (
    MAX_SCHEMA_DEPTH,
    declared_types,
    is_null_schema,
    marks_nullable,
    node_nullable,
)
from generator.pointer import canonical_ref, ref_tokens

_NO_CONSTRAINTS = Constraints()
_CONSTRAINT_KEYS = frozenset(
    {
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
        "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    }
)
# Keywords that say what a value *is*; a schema without any of them only annotates or constrains.
_SHAPE_KEYS = frozenset(
    {
        "$ref", "type", "properties", "additionalProperties", "patternProperties", "items", "prefixItems",
        "enum", "const", "allOf", "oneOf", "anyOf", "format",
    }
)
_STRING_FORMATS = {
    "date-time": "datetime", "date": "date", "time": "time", "duration": "duration", "uuid": "uuid",
    "uri": "uri", "url": "uri", "email": "email", "byte": "bytes", "binary": "binary", "decimal": "decimal",
}
_NUMBER_FORMATS = {"float": "float", "double": "float", "decimal": "decimal", "int32": "int", "int64": "int"}
_PRIMITIVE_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_TAG_PROPERTIES = ("type", "kind", "object", "event", "event_type", "eventType", "@type")


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def constraints_of(node: dict[str, Any]) -> Constraints:
    if _CONSTRAINT_KEYS.isdisjoint(node):
        return _NO_CONSTRAINTS
    g = node.get
    minimum = g("minimum") if _number(g("minimum")) else None
    maximum = g("maximum") if _number(g("maximum")) else None
    exc_min: float | int | None = None
    exc_max: float | int | None = None
    # OpenAPI 3.0 / draft 4: boolean flags that turn minimum/maximum exclusive; 3.1: the bound itself.
    if g("exclusiveMinimum") is True and minimum is not None:
        exc_min, minimum = minimum, None
    elif _number(g("exclusiveMinimum")):
        exc_min = g("exclusiveMinimum")
    if g("exclusiveMaximum") is True and maximum is not None:
        exc_max, maximum = maximum, None
    elif _number(g("exclusiveMaximum")):
        exc_max = g("exclusiveMaximum")

    def count(key: str) -> int | None:
        v = g(key)
        return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None

    return Constraints(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exc_min,
        exclusive_maximum=exc_max,
        multiple_of=g("multipleOf") if _number(g("multipleOf")) else None,
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


def _meta(node: dict[str, Any], pointer: str, wire_name: str) -> dict[str, Any]:
    """The annotation keywords every named Schema keeps."""
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


def _dedupe(values: list[Any]) -> list[Any]:
    seen: set[tuple[str, Any]] = set()
    out: list[Any] = []
    for v in values:
        key = (type(v).__name__, v)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _enum_type(values: list[Any]) -> Literal["str", "int", "float", "bool", "mixed"]:
    if all(isinstance(v, str) for v in values):
        return "str"
    if all(isinstance(v, bool) for v in values):
        return "bool"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(_number(v) for v in values):
        return "float"
    return "mixed"


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
            t = self._convert(node, ptr, name, component)
        finally:
            ctx.in_progress.discard(ptr)
        if t.kind == "ref" and t.name == ptr and ptr not in ctx.schemas:
            # ``A: {$ref: A}`` and similar loops that never reach a definition.
            ctx.warn("ref-cycle", "Schema refers only to itself; treated as any value.", ptr)
            t = ANY
        if (component is not None or ptr in ctx.forced) and not (t.kind == "ref" and t.name == ptr):
            meta = _meta(node if isinstance(node, dict) else {}, ptr, component or "")
            schema = Schema(name=ptr, kind="alias", target=t, nullable=t.nullable, **meta)
            t = self._register(ptr, name, schema, component)
        ctx.memo[ptr] = t
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
    def _register(self, ptr: str, name: str, schema: Schema, component: str | None) -> TypeRef:
        self.ctx.schemas[ptr] = schema
        self.ctx.candidates[ptr] = name
        if component is not None:
            self.ctx.wire_names[ptr] = component
        return TypeRef("ref", name=ptr, nullable=schema.nullable)

    def _convert(self, n: Any, ptr: str, name: str, component: str | None) -> TypeRef:
        if not isinstance(n, dict):
            if n is not True and n is not False and n is not None:
                self.ctx.warn("schema-invalid", "Schema is not an object; treated as any value.", ptr)
            return ANY
        nullable = n.get("nullable") is True or n.get("x-nullable") is True
        if "$ref" in n:
            if not {"properties", "allOf", "items", "oneOf", "anyOf"}.isdisjoint(n):
                # 3.1 lets $ref sit beside other keywords: that means "all of these".
                rest = {k: v for k, v in n.items() if k != "$ref"}
                parts = [{"$ref": n["$ref"]}, *rest.pop("allOf", [])]
                return self._all_of({**rest, "allOf": parts}, ptr, name, component, nullable)
            return with_nullable(self.ref(n["$ref"], ptr, name), marks_nullable(n))
        if "allOf" in n:
            return self._all_of(n, ptr, name, component, nullable)
        for key in ("oneOf", "anyOf"):
            alts = n.get(key)
            # Alternatives that only add constraints (``oneOf: [{required: [a]}, {required: [b]}]``) leave the
            # shape to the rest of the schema.
            if alts is not None and not (
                isinstance(alts, list) and all(isinstance(p, dict) and _SHAPE_KEYS.isdisjoint(p) for p in alts)
            ):
                return self._union(n, key, ptr, name, component, nullable)
        if "const" in n:
            value = n["const"]
            if value is None:
                return TypeRef("null")
            if not _scalar(value):
                self.ctx.warn("const-unsupported", "Only scalar const values are supported; treated as any.", ptr)
                return ANY
            return TypeRef("literal", literals=(value,), nullable=nullable)
        if "enum" in n:
            t = self._enum(n, ptr, name, component, nullable)
            if t is not None:
                return t
        types, type_null = self._types(n, ptr)
        nullable = nullable or type_null
        if len(types) > 1:
            # ``type: [string, integer]``: one alternative per type, sharing the other keywords.
            args = tuple(
                self.at(f"{ptr}/type/{i}", {**n, "type": t}, f"{name}{to_pascal(t)}") for i, t in enumerate(types)
            )
            return TypeRef("union", args=args, nullable=nullable)
        kind = types[0] if types else self._infer(n)
        if kind == "object":
            return self._object(n, ptr, name, component, nullable)
        if kind == "array":
            return self._array(n, ptr, name, nullable)
        if kind == "null":
            return TypeRef("null")
        if kind in _PRIMITIVE_TYPES:
            return self._primitive(n, kind, nullable)
        if kind:
            self.ctx.warn("type-unknown", f"Unknown type {kind!r}; treated as any value.", ptr)
        return TypeRef("any", nullable=False)

    def _types(self, n: dict[str, Any], ptr: str) -> tuple[list[str], bool]:
        names, has_null = declared_types(n)
        if names is None:
            if n.get("type") is not None:
                self.ctx.warn("type-invalid", "`type` must be a string or a list of strings.", ptr)
            return [], False
        if has_null and not names:
            return ["null"], False   # only null: the null type itself
        return names, has_null

    @staticmethod
    def _infer(n: dict[str, Any]) -> str:
        if "properties" in n or "additionalProperties" in n or "patternProperties" in n:
            return "object"
        if "items" in n or "prefixItems" in n:
            return "array"
        return ""

    # ------------------------------------------------------------------------------------------------- primitives
    @staticmethod
    def _primitive(n: dict[str, Any], kind: str, nullable: bool) -> TypeRef:
        fmt = n.get("format")
        fmt = fmt if isinstance(fmt, str) else ""
        base = _PRIMITIVE_TYPES[kind]
        if kind == "string":
            prim = _STRING_FORMATS.get(fmt, base)
            # OpenAPI 3.1 spells raw file content as contentMediaType (without a base64 contentEncoding).
            if not fmt and isinstance(n.get("contentMediaType"), str) and not n.get("contentEncoding"):
                prim = "binary"
            elif not fmt and n.get("contentEncoding") == "base64":
                prim = "bytes"
        elif kind == "number":
            prim = _NUMBER_FORMATS.get(fmt, base)
        else:
            prim = base
        return TypeRef("primitive", name=prim, nullable=nullable, format=fmt, constraints=constraints_of(n))

    def _enum(self, n: dict[str, Any], ptr: str, name: str, component: str | None, nullable: bool) -> TypeRef | None:
        raw = n["enum"]
        if not isinstance(raw, list):
            self.ctx.warn("enum-invalid", "`enum` must be a list; ignored.", ptr)
            return None
        if None in raw:
            nullable = True
        values = _dedupe([v for v in raw if v is not None and _scalar(v)])
        if any(not _scalar(v) for v in raw):
            self.ctx.warn("enum-unsupported", "Enum values that are objects or arrays are ignored.", ptr)
        if not values:
            return TypeRef("null") if None in raw else None
        enum_type = _enum_type(values)
        if component is None and (len(values) == 1 or enum_type == "bool"):
            return TypeRef("literal", literals=tuple(values), nullable=nullable)
        varnames = n.get("x-enum-varnames", n.get("x-enumNames"))
        if not (isinstance(varnames, list) and len(varnames) == len(raw) and None not in raw):
            varnames = varnames if isinstance(varnames, list) and len(varnames) == len(values) else None
        descs = n.get("x-enum-descriptions", n.get("x-enumDescriptions"))
        names = enum_member_names(values, varnames)
        members = []
        for i, (mname, v) in enumerate(zip(names, values)):
            desc = ""
            if isinstance(descs, list) and i < len(descs) and isinstance(descs[i], str):
                desc = descs[i]
            elif isinstance(descs, dict) and isinstance(descs.get(str(v)), str):
                desc = descs[str(v)]
            members.append(EnumMember(mname, v, desc))
        schema = Schema(
            name=ptr, kind="enum", enum_members=tuple(members), enum_type=enum_type, nullable=nullable,
            **_meta(n, ptr, component or ""),
        )
        return self._register(ptr, name, schema, component)

    # ---------------------------------------------------------------------------------------------------- arrays
    def _array(self, n: dict[str, Any], ptr: str, name: str, nullable: bool) -> TypeRef:
        cons = constraints_of(n)
        prefix = n.get("prefixItems")
        items = n.get("items")
        if isinstance(prefix, list) or isinstance(items, list):
            # Tuples: 3.1 prefixItems (+ items for the rest) or draft-4 ``items: [...]`` (+ additionalItems).
            is_prefix = isinstance(prefix, list)
            first: list[Any] = prefix if isinstance(prefix, list) else items if isinstance(items, list) else []
            more: Any = items if is_prefix else n.get("additionalItems")
            first_key, more_key = ("prefixItems", "items") if is_prefix else ("items", "additionalItems")
            args = tuple(
                self.at(f"{ptr}/{first_key}/{i}", p, f"{name}Item{i + 1}") for i, p in enumerate(first)
            )
            rest: TypeRef | None
            if more is False:
                rest = None
            elif isinstance(more, dict) and more:
                rest = self.at(f"{ptr}/{more_key}", more, f"{name}Item")
            else:
                rest = ANY
            return TypeRef("tuple", args=args, rest=rest, nullable=nullable, constraints=cons)
        item = ANY if not isinstance(items, dict) else self.at(f"{ptr}/items", items, f"{name}Item")
        return TypeRef("array", args=(item,), nullable=nullable, constraints=cons)

    # --------------------------------------------------------------------------------------------------- objects
    def _object(self, n: dict[str, Any], ptr: str, name: str, component: str | None, nullable: bool) -> TypeRef:
        props = n.get("properties")
        props = props if isinstance(props, dict) else {}
        patterns = n.get("patternProperties")
        patterns = patterns if isinstance(patterns, dict) else {}
        addl = n.get("additionalProperties")
        if not props and not patterns and addl is not False:
            # Free-form object or map: no class needed.
            value = ANY
            if isinstance(addl, dict) and addl:
                value = self.at(f"{ptr}/additionalProperties", addl, f"{name}Value")
            return TypeRef("map", args=(value,), nullable=nullable, constraints=constraints_of(n))
        required = n.get("required")
        req = {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
        fields = self._fields(props, req, ptr, name)
        schema = self._object_schema(n, ptr, name, component, nullable, fields, (), {})
        return self._register(ptr, name, schema, component)

    def _object_schema(
        self,
        n: dict[str, Any],
        ptr: str,
        name: str,
        component: str | None,
        nullable: bool,
        fields: list[Field],
        bases: tuple[str, ...],
        inherited: dict[str, str],
    ) -> Schema:
        patterns = n.get("patternProperties")
        patterns = patterns if isinstance(patterns, dict) else {}
        addl = n.get("additionalProperties")
        additional: TypeRef | None = None
        if addl is True or addl == {}:
            additional = ANY
        elif isinstance(addl, dict):
            additional = self.at(f"{ptr}/additionalProperties", addl, f"{name}Value")
        pattern_props = tuple(
            (pat, self.at(f"{ptr}/patternProperties/{escape(pat)}", sub, f"{name}Value"))
            for pat, sub in patterns.items()
        )
        cons = constraints_of(n)
        return Schema(
            name=ptr,
            kind="object",
            nullable=nullable,
            fields=tuple(self._name_fields(fields, inherited, ptr)),
            bases=bases,
            additional=additional,
            additional_allowed=addl is not False,
            pattern_properties=pattern_props,
            min_properties=cons.min_properties,
            max_properties=cons.max_properties,
            **_meta(n, ptr, component or ""),
        )

    def _fields(self, props: dict[str, Any], required: set[str], ptr: str, name: str) -> list[Field]:
        out = []
        for wire, p in props.items():
            fptr = f"{ptr}/properties/{escape(wire)}"
            t = self.at(fptr, p, f"{name}{to_pascal(wire)}")
            out.append(self.field(wire, t, p, wire in required, fptr, ptr))
        return out

    @staticmethod
    def field(wire: str, t: TypeRef, p: Any, required: bool, fptr: str, owner: str) -> Field:
        p = p if isinstance(p, dict) else {}
        title, desc = p.get("title"), p.get("description")
        return Field(
            name="",
            wire_name=wire,
            type=t,
            required=required,
            pointer=fptr,
            has_default="default" in p,
            default=p.get("default"),
            read_only=p.get("readOnly") is True,
            write_only=p.get("writeOnly") is True,
            deprecated=p.get("deprecated") is True,
            title=title if isinstance(title, str) else "",
            description=desc if isinstance(desc, str) else "",
            examples=examples_of(p),
            declared_in=owner,
        )

    def _name_fields(self, fields: list[Field], inherited: dict[str, str], ptr: str) -> list[Field]:
        """Give new fields unique Python names; inherited ones keep the parent's name (the attribute is shared)."""
        taken: dict[str, str] = {}   # python name -> wire name
        for f in fields:
            if f.wire_name in inherited:
                pyname = inherited[f.wire_name]
                if pyname in taken:
                    self.ctx.warn(
                        "allof-field-clash",
                        f"Parents declare {taken[pyname]!r} and {f.wire_name!r}, which share the Python name "
                        f"{pyname!r}.", ptr,
                    )
                taken[pyname] = f.wire_name
        new = {f.wire_name: field_name(f.wire_name) for f in fields if f.wire_name not in inherited}
        names = unique_names(new, taken, sep="_", exact={w: w for w in new})
        return [
            Field(inherited.get(f.wire_name) or names[f.wire_name], f.wire_name, f.type, f.required, f.pointer,
                  f.has_default, f.default, f.read_only, f.write_only, f.deprecated, f.title, f.description,
                  f.examples, f.declared_in)
            for f in fields
        ]

    # --------------------------------------------------------------------------------------------------- allOf
    def _all_of(self, n: dict[str, Any], ptr: str, name: str, component: str | None, nullable: bool) -> TypeRef:
        parts = n.get("allOf")
        if not isinstance(parts, list):
            self.ctx.warn("allof-invalid", "`allOf` must be a list; ignored.", ptr)
            return self._convert({k: v for k, v in n.items() if k != "allOf"}, ptr, name, component)
        siblings = {k: v for k, v in n.items() if k != "allOf"}
        t_sib = siblings.get("type")
        nullable = nullable or (isinstance(t_sib, list) and "null" in t_sib)
        structural = (_SHAPE_KEYS - {"type", "format"}) & siblings.keys() or "required" in siblings
        real = [(i, p) for i, p in enumerate(parts) if not (isinstance(p, dict) and _SHAPE_KEYS.isdisjoint(p))]
        if len(real) == 1 and not structural:
            i, p = real[0]
            if isinstance(p, dict) and "$ref" in p and len(p) == 1:
                # ``allOf: [{$ref: X}]`` with description / nullable beside it: X with those modifiers.
                return with_nullable(self.ref(p["$ref"], f"{ptr}/allOf/{i}", name), nullable)
            merged = {**siblings, **p} if isinstance(p, dict) else siblings
            if nullable:
                merged["nullable"] = True
            return self._convert(merged, ptr, name, component)
        if not real:
            return with_nullable(self._convert(siblings, ptr, name, component), nullable)

        bases: list[str] = []
        own: list[dict[str, Any]] = []
        objectish = True
        for i, p in enumerate(parts):
            if not isinstance(p, dict):
                continue
            if "$ref" in p and isinstance(p["$ref"], str):
                ref = p["$ref"]
                target = self.ctx.lookup(ref)
                if target is None:
                    self.ctx.warn("ref-not-found", f"$ref {ref!r} does not point at anything.", f"{ptr}/allOf/{i}")
                    continue
                base = self.ensure_component(ref) if component_key(ref) is not None else None
                if base is not None and base.kind == "object":
                    if ref not in bases:
                        bases.append(ref)
                    continue
                if component_key(ref) is not None and ref in self.ctx.in_progress:
                    self.ctx.warn("allof-cycle", f"{ref!r} inherits from itself through allOf; parent skipped.",
                                  f"{ptr}/allOf/{i}")
                    continue
                p = self._flatten(target)
            if not self._objectish(p):
                objectish = False
            own.append(p)
        if structural:
            own.append({k: v for k, v in siblings.items() if k in _SHAPE_KEYS or k == "required"})
        if not objectish:
            merged = self._merge([*(self._flatten(self.ctx.lookup(b)) for b in bases), *own], ptr)
            merged.update({k: v for k, v in siblings.items() if k not in _SHAPE_KEYS and k != "required"})
            if nullable:
                merged["nullable"] = True
            return self._convert(merged, ptr, name, component)

        # An object made of parents (emitted as base classes) and its own properties; fields lists all of them.
        fields: dict[str, Field] = {}
        inherited: dict[str, str] = {}
        for b in bases:
            base = self.ctx.schemas[b]
            for f in base.fields:
                fields[f.wire_name] = f
                inherited.setdefault(f.wire_name, f.name)
        merged = self._merge(own, ptr)
        required = set(merged.get("required", ()))
        for f in self._fields(merged.get("properties", {}), required, ptr, name):
            fields[f.wire_name] = f
        for wire in required:
            inherited_field = fields.get(wire)
            if inherited_field is not None and not inherited_field.required:
                fields[wire] = replace(inherited_field, required=True, declared_in=ptr)
        body = {**siblings, **{k: v for k, v in merged.items() if k not in ("properties", "required")}}
        schema = self._object_schema(body, ptr, name, component, nullable, list(fields.values()), tuple(bases),
                                     inherited)
        return self._register(ptr, name, schema, component)

    def _flatten(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """A schema node with ``$ref`` chains and nested allOfs merged into one dict (for inlined parents)."""
        if not isinstance(node, dict) or depth > 16:
            return {}
        if "$ref" in node and isinstance(node["$ref"], str):
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return self._merge([self._flatten(self.ctx.lookup(node["$ref"]), depth + 1), rest], "")
        if isinstance(node.get("allOf"), list):
            rest = {k: v for k, v in node.items() if k != "allOf"}
            return self._merge([*(self._flatten(p, depth + 1) for p in node["allOf"]), rest], "")
        return node

    @staticmethod
    def _objectish(node: dict[str, Any]) -> bool:
        t = node.get("type")
        if t is not None and t != "object" and not (isinstance(t, list) and "object" in t):
            return False
        return _SHAPE_KEYS.isdisjoint(node.keys() - {"type", "properties", "additionalProperties",
                                                     "patternProperties"})

    def _merge(self, nodes: list[dict[str, Any]], ptr: str) -> dict[str, Any]:
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
            self.ctx.warn("allof-conflict", f"allOf combines incompatible types {sorted(types)}; the last wins.",
                          ptr)
        if props:
            out["properties"] = props
        if required:
            out["required"] = required
        return out

    # --------------------------------------------------------------------------------------------------- unions
    def _union(
        self, n: dict[str, Any], key: str, ptr: str, name: str, component: str | None, nullable: bool
    ) -> TypeRef:
        raw = n[key]
        if not isinstance(raw, list):
            self.ctx.warn("union-invalid", f"`{key}` must be a list; treated as any value.", ptr)
            return ANY
        disc = n.get("discriminator")
        prop = disc.get("propertyName") if isinstance(disc, dict) else None
        prop = prop if isinstance(prop, str) else None
        kept: list[tuple[Any, TypeRef]] = []
        for i, v in enumerate(raw):
            if is_null_schema(v):
                nullable = True
                continue
            kept.append((v, self.at(f"{ptr}/{key}/{i}", v, self._variant_name(v, name, i, prop))))
        variants = tuple(t for _, t in kept)
        if not variants:
            return TypeRef("null")
        if len(variants) == 1 and prop is None:
            return with_nullable(variants[0], nullable)
        if component is None and prop is None:
            return TypeRef("union", args=variants, nullable=nullable)
        discriminator = self._discriminator(disc, prop, kept, ptr) if isinstance(disc, dict) and prop else None
        schema = Schema(
            name=ptr, kind="union", variants=variants, union_kind="oneOf" if key == "oneOf" else "anyOf",
            discriminator=discriminator, nullable=nullable, **_meta(n, ptr, component or ""),
        )
        return self._register(ptr, name, schema, component)

    @staticmethod
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
        self, disc: dict[str, Any], prop: str, kept: list[tuple[Any, TypeRef]], ptr: str
    ) -> Discriminator:
        mapping: dict[str, str] = {}
        explicit = disc.get("mapping")
        if isinstance(explicit, dict):
            for value, target in explicit.items():
                if not isinstance(target, str):
                    continue
                ref = canonical_ref(target) if target.startswith("#") else COMPONENT_SCHEMA_PREFIX + escape(target)
                node = self.ctx.lookup(ref)
                if node is None:
                    self.ctx.warn("discriminator-target-missing",
                                  f"Discriminator mapping {value!r} -> {target!r} points at nothing.", ptr)
                    continue
                t = self.ref(ref, ptr, "")
                if t.kind == "ref":
                    mapping[str(value)] = t.name
        mapped = set(mapping.values())
        for node, t in kept:
            if t.kind != "ref" or t.name in mapped:
                continue
            key = component_key(t.name)
            # The spec's implicit mapping is the schema name; a const on the tag property is what the payload
            # really carries, so it wins when present.
            tag = tag_value(self._flatten(self.ctx.lookup(t.name) if key is not None else node), prop)
            if tag is not None:
                mapping.setdefault(str(tag), t.name)
            elif key is not None:
                mapping.setdefault(key, t.name)
        return Discriminator(prop, tuple(sorted(mapping.items())))
