"""Objects and their fields: free-form maps, or an object ``Schema`` with one ``Field`` per property.

``object_schema`` and ``fields_of`` also serve ``allOf`` (``schema_allof``), which adds inherited fields and
base classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.builder.context import Context, escape
from generator.builder.schema_keywords import constraints_of, examples_of, schema_meta
from generator.ir.model import ANY, Field, Schema, TypeRef
from generator.ir.names import field_name, to_pascal, unique_names

if TYPE_CHECKING:
    from generator.builder.schemas import SchemaConverter


def convert_object(
    conv: SchemaConverter, n: dict[str, Any], ptr: str, name: str, component: str | None, nullable: bool
) -> TypeRef:
    props = n.get("properties")
    props = props if isinstance(props, dict) else {}
    patterns = n.get("patternProperties")
    patterns = patterns if isinstance(patterns, dict) else {}
    addl = n.get("additionalProperties")
    if not props and not patterns and addl is not False:
        # Free-form object or map: no class needed.
        value = ANY
        if isinstance(addl, dict) and addl:
            value = conv.at(f"{ptr}/additionalProperties", addl, f"{name}Value")
        return TypeRef("map", args=(value,), nullable=nullable, constraints=constraints_of(n))
    required = n.get("required")
    req = {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
    fields = fields_of(conv, props, req, ptr, name)
    schema = object_schema(conv, n, ptr, name, component, nullable, fields, (), {})
    return conv.register(ptr, name, schema, component)


def object_schema(
    conv: SchemaConverter,
    n: dict[str, Any],
    ptr: str,
    name: str,
    component: str | None,
    nullable: bool,
    fields: list[Field],
    bases: tuple[str, ...],
    inherited: dict[str, str],
) -> Schema:
    """The object Schema at ``ptr`` (not registered); ``inherited`` maps wire names of the bases' fields to their
    Python names."""
    patterns = n.get("patternProperties")
    patterns = patterns if isinstance(patterns, dict) else {}
    addl = n.get("additionalProperties")
    additional: TypeRef | None = None
    if addl is True or addl == {}:
        additional = ANY
    elif isinstance(addl, dict):
        additional = conv.at(f"{ptr}/additionalProperties", addl, f"{name}Value")
    pattern_props = tuple(
        (pat, conv.at(f"{ptr}/patternProperties/{escape(pat)}", sub, f"{name}Value"))
        for pat, sub in patterns.items()
    )
    cons = constraints_of(n)
    return Schema(
        name=ptr,
        kind="object",
        nullable=nullable,
        fields=tuple(_name_fields(conv.ctx, fields, inherited, ptr)),
        bases=bases,
        additional=additional,
        additional_allowed=addl is not False,
        pattern_properties=pattern_props,
        min_properties=cons.min_properties,
        max_properties=cons.max_properties,
        **schema_meta(n, ptr, component or ""),
    )


def fields_of(conv: SchemaConverter, props: dict[str, Any], required: set[str], ptr: str, name: str) -> list[Field]:
    """One unnamed Field per property of the object at ``ptr``, its type converted."""
    out = []
    for wire, p in (props.items() if isinstance(props, dict) else ()):
        fptr = f"{ptr}/properties/{escape(wire)}"
        t = conv.at(fptr, p, f"{name}{to_pascal(wire)}")
        out.append(make_field(wire, t, p, wire in required, fptr, ptr))
    return out


def make_field(wire: str, t: TypeRef, p: Any, required: bool, fptr: str, owner: str) -> Field:
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


def _name_fields(ctx: Context, fields: list[Field], inherited: dict[str, str], ptr: str) -> list[Field]:
    """Give new fields unique Python names; inherited ones keep the parent's name (the attribute is shared)."""
    taken: dict[str, str] = {}   # python name -> wire name
    for f in fields:
        if f.wire_name in inherited:
            pyname = inherited[f.wire_name]
            if pyname in taken:
                ctx.warn(
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
