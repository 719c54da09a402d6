"""Conservative pagination inference for list operations (config can override it later).

page    GET with page-number and page-size query params, 2xx JSON object with one array property and a
        pagination-looking sibling (``{orders: [...], pagination: {...}}``)
offset  GET with an integer offset/skip param and a limit/size param; the body is a list or holds one array
cursor  GET with a cursor/after/page-token param (or a string ``offset`` token) and a next-cursor field in the body
link    a ``Link`` header on the 2xx response
When unsure: no pagination.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, cast

from generator.builder.options import PaginationOverride
from generator.ir.model import Operation, Pagination, Schema, TypeRef

_PAGE = {"page", "pagenumber", "pageno", "pageindex", "pagenum"}
_SIZE = {"pagesize", "perpage", "limit", "pagelimit", "size", "maxresults", "pagesizelimit"}
_OFFSET = {"offset", "skip", "start"}
_CURSOR = {
    "cursor", "after", "startingafter", "nextpagetoken", "pagetoken", "continuationtoken", "nexttoken",
    "pagecursor", "startcursor", "nextcursor",
}
_TOTAL = {"total", "totalcount", "totalitems", "totalresults", "totalrecords", "totalelements", "totalsize", "count"}
_PAGES = {"totalpages", "pagecount", "pages", "numpages", "lastpage"}
_HAS_MORE = {"hasmore", "hasnext", "hasnextpage", "more", "moreitems"}
_NEXT = {"nextcursor", "next", "nextpagetoken", "cursor", "endcursor", "nextpage", "after", "nexttoken",
         "continuationtoken"}
_NEXT_SUB = {"offset", "cursor", "token", "after", "pagetoken"}
_BLOCK = {"pagination", "meta", "paging", "pageinfo", "page", "links", "pagemeta", "cursor", "nextpage"}
_ITEMS = ("data", "items", "results", "records", "entries", "values", "list", "nodes", "elements")


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _deref(t: TypeRef, schemas: Mapping[str, Schema]) -> TypeRef | Schema:
    seen = 0
    while t.kind == "ref" and seen < 16:
        s = schemas.get(t.name)
        if s is None:
            return t
        if s.kind == "alias" and s.target is not None:
            t = s.target
            seen += 1
            continue
        return s
    return t


def object_schema(t: TypeRef, schemas: Mapping[str, Schema]) -> Schema | None:
    r = _deref(t, schemas)
    return r if isinstance(r, Schema) and r.kind == "object" else None


def _is_array(t: TypeRef, schemas: Mapping[str, Schema]) -> bool:
    r = _deref(t, schemas)
    return isinstance(r, TypeRef) and r.kind == "array"


def infer_pagination(op: Operation, schemas: Mapping[str, Schema]) -> Pagination | None:
    if op.method != "get":
        return None
    query = {_norm(p.wire_name): p for p in op.parameters if p.location == "query"}
    ok = next((r for r in op.responses if r.status.startswith("2")), None)
    if ok is None:
        return None
    media = next((m for m in ok.contents if "json" in m.media_type.lower()), None)
    link = any(h.name.lower() == "link" for h in ok.headers)
    if media is None:
        return None
    body = media.type

    items_path: tuple[str, ...] | None = None
    hints: dict[str, tuple[str, ...]] = {}
    block = False
    if _is_array(body, schemas):
        items_path = ()
    else:
        obj = object_schema(body, schemas)
        if obj is None:
            return None
        arrays = [f for f in obj.fields if _is_array(f.type, schemas)]
        if len(arrays) == 1:
            items_path = (arrays[0].wire_name,)
        else:
            named = [f for f in arrays if f.wire_name.lower() in _ITEMS]
            if len(named) == 1:
                items_path = (named[0].wire_name,)
        for f in obj.fields:
            if items_path and f.wire_name == items_path[0]:
                continue
            n = _norm(f.wire_name)
            sub = object_schema(f.type, schemas)
            if sub is None:
                _hint(hints, n, (f.wire_name,))
            else:
                if n in _BLOCK:
                    block = True
                for g in sub.fields:
                    gn = _norm(g.wire_name)
                    _hint(hints, gn, (f.wire_name, g.wire_name))
                    if n in _NEXT and gn in _NEXT_SUB:
                        hints.setdefault("next", (f.wire_name, g.wire_name))
    if items_path is None:
        return None

    def param(names: set[str], integer: bool | None = None) -> str:
        for n in sorted(query):
            p = query[n]
            if n in names:
                is_int = _deref(p.type, schemas)
                numeric = isinstance(is_int, TypeRef) and is_int.kind == "primitive" and is_int.name in ("int",
                                                                                                          "float")
                if integer is None or numeric == integer:
                    return p.wire_name
        return ""

    extra = {
        "total_path": hints.get("total", ()),
        "pages_path": hints.get("pages", ()),
        "has_more_path": hints.get("has_more", ()),
    }
    size = param(_SIZE)
    if link:
        return Pagination("link", items_path, param(_PAGE | _CURSOR), size, **extra)
    cursor = param(_CURSOR) or param(_OFFSET, integer=False)
    if cursor and "next" in hints:
        return Pagination("cursor", items_path, cursor, size, next_path=hints["next"], **extra)
    page = param(_PAGE)
    if page and size and items_path and (block or hints):
        return Pagination("page", items_path, page, size, **extra)
    offset = param(_OFFSET, integer=True)
    if offset and size:
        return Pagination("offset", items_path, offset, size, **extra)
    return None


def _hint(hints: dict[str, tuple[str, ...]], norm: str, path: tuple[str, ...]) -> None:
    for key, names in (("total", _TOTAL), ("pages", _PAGES), ("has_more", _HAS_MORE), ("next", _NEXT)):
        if norm in names:
            hints.setdefault(key, path)


def override_pagination(inferred: Pagination | None, choice: PaginationOverride) -> Pagination | None:
    """The configured paging of an operation: ``none`` turns it off; fields left unset keep what was inferred
    (when the style agrees), else the style's usual parameter names."""
    if choice.style == "none":
        return None
    base = inferred if inferred is not None and inferred.style == choice.style else None

    def path(text: str | None, fallback: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(part for part in text.split(".") if part) if text else fallback

    if choice.style == "offset":
        page = choice.offset_param or (base.page_param if base else "offset")
        size = choice.limit_param or (base.size_param if base else "limit")
    elif choice.style == "cursor":
        page = choice.cursor_param or (base.page_param if base else "cursor")
        size = choice.size_param or (base.size_param if base else "")
    else:
        page = choice.page_param or (base.page_param if base else "page")
        size = choice.size_param or (base.size_param if base else "")
    style = cast(Literal["page", "offset", "cursor", "link"], choice.style)
    return Pagination(
        style=style,
        items_path=path(choice.items, base.items_path if base else (inferred.items_path if inferred else ())),
        page_param=page,
        size_param=size,
        next_path=path(choice.next_cursor, base.next_path if base else ()),
        total_path=base.total_path if base else (),
        pages_path=base.pages_path if base else (),
        has_more_path=path(choice.has_more, base.has_more_path if base else ()),
    )
