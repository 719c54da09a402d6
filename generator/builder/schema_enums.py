"""``const`` and ``enum``: literal types, or a named enum ``Schema`` with one member per value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from generator.builder.context import Context
from generator.builder.schema_keywords import is_number, is_scalar, schema_meta
from generator.ir.model import ANY, EnumMember, Schema, TypeRef
from generator.ir.names import enum_member_names

if TYPE_CHECKING:
    from generator.builder.schemas import SchemaConverter


def convert_const(ctx: Context, n: dict[str, Any], ptr: str, nullable: bool) -> TypeRef:
    value = n["const"]
    if value is None:
        return TypeRef("null")
    if not is_scalar(value):
        ctx.warn("const-unsupported", "Only scalar const values are supported; treated as any.", ptr)
        return ANY
    return TypeRef("literal", literals=(value,), nullable=nullable)


def convert_enum(
    conv: SchemaConverter, n: dict[str, Any], ptr: str, name: str, component: str | None, nullable: bool
) -> TypeRef | None:
    """A literal (one value, or booleans, outside components) or a registered enum; None when ``enum`` is unusable
    and the rest of the schema decides."""
    raw = n["enum"]
    if not isinstance(raw, list):
        conv.ctx.warn("enum-invalid", "`enum` must be a list; ignored.", ptr)
        return None
    if None in raw:
        nullable = True
    values = _dedupe([v for v in raw if v is not None and is_scalar(v)])
    if any(not is_scalar(v) for v in raw):
        conv.ctx.warn("enum-unsupported", "Enum values that are objects or arrays are ignored.", ptr)
    if not values:
        return TypeRef("null") if None in raw else None
    enum_type = _enum_type(values)
    if component is None and (len(values) == 1 or enum_type == "bool"):
        return TypeRef("literal", literals=tuple(values), nullable=nullable)
    schema = Schema(
        name=ptr, kind="enum", enum_members=_members(n, raw, values), enum_type=enum_type, nullable=nullable,
        **schema_meta(n, ptr, component or ""),
    )
    return conv.register(ptr, name, schema, component)


def _members(n: dict[str, Any], raw: list[Any], values: list[Any]) -> tuple[EnumMember, ...]:
    """One member per value, named by ``x-enum-varnames`` when it fits, described by ``x-enum-descriptions``."""
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
    return tuple(members)


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
    if all(is_number(v) for v in values):
        return "float"
    return "mixed"
