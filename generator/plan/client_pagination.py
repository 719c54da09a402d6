"""Paginated methods: the item type a page holds, and the ``Pagination`` descriptor the runtime pages with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.codegen.escape import py_str
from generator.codegen.layout import Code, call, kw, tuple_of
from generator.ir.model import Pagination, Schema, TypeRef


def page_item(schemas: Mapping[str, Schema], body: TypeRef, pagination: Pagination) -> TypeRef | None:
    """The type of one item of a page whose response body is ``body`` (None when the items path does not lead
    to an array)."""
    t: TypeRef | None = body
    for key in pagination.items_path:
        t = _field_type(schemas, t, key)
        if t is None:
            return None
    t = _deref_alias(schemas, t)
    if t is None or t.kind != "array" or not t.args:
        return None
    return t.args[0]


def _deref_alias(schemas: Mapping[str, Schema], t: TypeRef | None) -> TypeRef | None:
    seen = 0
    while t is not None and t.kind == "ref" and seen < 20:
        s = schemas.get(t.name)
        if s is None or s.kind != "alias":
            return t
        t = s.target
        seen += 1
    return t


def _field_type(schemas: Mapping[str, Schema], t: TypeRef | None, wire: str) -> TypeRef | None:
    t = _deref_alias(schemas, t)
    if t is None or t.kind != "ref":
        return None
    s = schemas.get(t.name)
    if s is None or s.kind != "object":
        return None
    for f in s.fields:
        if f.wire_name == wire:
            return f.type
    return None


def pagination_expr(p: Pagination) -> Code:
    """``Pagination(style=..., items_path=(...), ...)``: only the settings the operation has."""

    def as_tuple(parts: Sequence[str]) -> Code:
        return tuple_of([py_str(x) for x in parts]) if parts else "()"

    args: list[Code] = [f"style={py_str(p.style)}", kw("items_path", as_tuple(p.items_path))]
    if p.page_param:
        args.append(f"page_param={py_str(p.page_param)}")
    if p.size_param:
        args.append(f"size_param={py_str(p.size_param)}")
    for name, path in (
        ("next_cursor_path", p.next_path),
        ("total_path", p.total_path),
        ("total_pages_path", p.pages_path),
        ("has_more_path", p.has_more_path),
    ):
        if path:
            args.append(kw(name, as_tuple(path)))
    return call("Pagination", args)
