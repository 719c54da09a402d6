"""Find the resources a stateful stub can keep in memory: create / list / get (/ update / delete) on one collection.

A resource qualifies when, within the same resource, there is a ``POST`` on a collection path with a JSON body, a
``GET`` on that same path (the list), and a ``GET`` on ``<collection>/{id}`` returning an object schema that
declares an id field. ``update`` is a ``PUT``/``PATCH``/``POST`` with a body on the item path (or on another path
under the collection ending in the id parameter and named ``update...``, like Pocketsflow's
``POST /products/update/{id}``); ``delete`` is a ``DELETE`` on the item path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.ir.model import Operation, Schema, TypeRef
from generator.plan.stub_catalog import is_json_media, response_media, success_response

__all__ = ["CrudShape", "detect_crud"]

_PARAM = re.compile(r"\{([^{}]+)\}")
_ID_TYPES = ("str", "int", "uuid")


@dataclass(frozen=True, slots=True)
class CrudShape:
    """A resource shaped like create / list / get (/ update / delete) on one collection, which the
    stateful stub can keep in memory."""

    resource: str
    collection_path: str
    id_field: str               # wire name of the id property in the stored object
    id_type: str                # "str" | "int" | "uuid"
    create: Operation
    list: Operation
    get: Operation
    update: Operation | None
    delete: Operation | None
    items_path: tuple[str, ...]  # where the list response keeps its items (() = the body is the list)
    total_path: tuple[str, ...] = ()
    pages_path: tuple[str, ...] = ()
    has_more_path: tuple[str, ...] = ()
    page_style: str = ""        # "page" | "offset" | "" (no slicing)
    page_param: str = ""        # python argument names of the list operation
    size_param: str = ""
    delete_echoes: bool = False  # the delete response is the deleted object itself


def _path_params(path: str) -> list[str]:
    return _PARAM.findall(path)


def _json_body(op: Operation) -> bool:
    return op.body is not None and any(is_json_media(c.media_type) for c in op.body.contents)


def _response_type(op: Operation) -> TypeRef | None:
    status, response = success_response(op)
    media = response_media(response)
    if media is None or status in (204, 205, 304) or not is_json_media(media.media_type):
        return None
    return media.type


def _object_of(t: TypeRef | None, schemas: Mapping[str, Schema]) -> Schema | None:
    seen: set[str] = set()
    while t is not None and t.kind == "ref" and t.name not in seen:
        seen.add(t.name)
        s = schemas.get(t.name)
        if s is None:
            return None
        if s.kind == "object":
            return s
        t = s.target if s.kind == "alias" else None
    return None


def _id_field(item: Schema, param_wire: str) -> tuple[str, str] | None:
    fields = {f.wire_name: f for f in item.fields}
    order = [param_wire, "id", "_id", "uuid"]
    order += sorted(w for w in fields if w.lower().endswith("id") and fields[w].required)
    for wire in order:
        f = fields.get(wire)
        if f is None:
            continue
        t = f.type
        if t.kind == "primitive" and t.name in _ID_TYPES:
            return wire, t.name
    return None


def _items_path(list_op: Operation, item: Schema, schemas: Mapping[str, Schema]) -> tuple[str, ...] | None:
    if list_op.pagination is not None and list_op.pagination.items_path:
        return list_op.pagination.items_path
    t = _response_type(list_op)
    if t is None:
        return None
    if t.kind == "array":
        return ()
    if t.kind == "ref":
        target = schemas.get(t.name)
        if target is not None and target.kind == "alias" and target.target is not None and target.target.kind == "array":
            return ()
    wrapper = _object_of(t, schemas)
    if wrapper is None:
        return None
    arrays = [f for f in wrapper.fields if f.type.kind == "array"]
    if len(arrays) == 1:
        return (arrays[0].wire_name,)
    return None


def _python_param(op: Operation, wire: str) -> str:
    for p in op.parameters:
        if p.wire_name == wire and p.location == "query":
            return p.name
    return ""


def detect_crud(operations: tuple[Operation, ...], schemas: Mapping[str, Schema]) -> dict[str, CrudShape]:
    """Stateful shapes by resource (one per resource at most: the first collection path in sorted order)."""
    by_resource: dict[str, list[Operation]] = {}
    for op in operations:
        by_resource.setdefault(op.resource, []).append(op)
    found: dict[str, CrudShape] = {}
    for resource in sorted(by_resource):
        ops = by_resource[resource]
        for create in sorted(ops, key=lambda o: o.path):
            if create.method != "post" or _path_params(create.path) or not _json_body(create):
                continue
            shape = _shape(resource, create, ops, schemas)
            if shape is not None:
                found[resource] = shape
                break
    return found


def _shape(
    resource: str, create: Operation, ops: list[Operation], schemas: Mapping[str, Schema]
) -> CrudShape | None:
    base = create.path.rstrip("/")
    lists = [o for o in ops if o.method == "get" and o.path.rstrip("/") == base]
    items = [
        o
        for o in ops
        if len(_path_params(o.path)) == 1 and re.fullmatch(re.escape(base) + r"/\{[^{}/]+\}", o.path)
    ]
    gets = [o for o in items if o.method == "get"]
    if not lists or not gets:
        return None
    get = gets[0]
    item = _object_of(_response_type(get), schemas)
    if item is None:
        return None
    param_wire = _path_params(get.path)[0]
    ident = _id_field(item, param_wire)
    if ident is None:
        return None
    list_op = lists[0]
    items_path = _items_path(list_op, item, schemas)
    if items_path is None:
        return None
    update = next((o for o in items if o.method in ("put", "patch", "post") and _json_body(o)), None)
    if update is None:
        update = next(
            (
                o
                for o in sorted(ops, key=lambda o: o.path)
                if o.method in ("put", "patch", "post")
                and _json_body(o)
                and o.name.startswith("update")
                and o.path.startswith(base + "/")
                and len(_path_params(o.path)) == 1
                and o.path.endswith("}")
            ),
            None,
        )
    delete = next((o for o in items if o.method == "delete"), None)
    delete_echoes = False
    if delete is not None:
        deleted = _object_of(_response_type(delete), schemas)
        delete_echoes = deleted is not None and deleted.name == item.name
    pg = list_op.pagination
    style, page_param, size_param = "", "", ""
    if pg is not None and pg.style in ("page", "offset"):
        page_param = _python_param(list_op, pg.page_param)
        size_param = _python_param(list_op, pg.size_param)
        if page_param or size_param:
            style = pg.style
    return CrudShape(
        resource=resource,
        collection_path=base,
        id_field=ident[0],
        id_type=ident[1],
        create=create,
        list=list_op,
        get=get,
        update=update,
        delete=delete,
        items_path=items_path,
        total_path=pg.total_path if pg is not None else (),
        pages_path=pg.pages_path if pg is not None else (),
        has_more_path=pg.has_more_path if pg is not None else (),
        page_style=style,
        page_param=page_param,
        size_param=size_param,
        delete_echoes=delete_echoes,
    )
