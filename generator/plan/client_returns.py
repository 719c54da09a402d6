"""What a generated method returns: its annotations, the runtime call that produces the value (``request`` or
``request_page``) with the type to parse into, and the cast back when that type is not a plain class."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.codegen.layout import Code
from generator.ir.model import Operation, Schema, TypeRef
from generator.plan.client_media import body_type_of, pick_media, success_response
from generator.plan.client_pagination import page_item, pagination_expr
from generator.plan.pytypes import Imports, TypeNamer


@dataclass(frozen=True, slots=True)
class Returns:
    """What one generated method returns, and the runtime call that produces that value."""

    annotation: str                  # sync return annotation
    async_annotation: str
    call: str                        # client method: "request" | "request_page"
    call_args: tuple[str, ...]       # its further arguments (cast_to=..., pagination=...)
    cast: str = ""                   # annotation to cast the sync result to ("" for none)
    async_cast: str = ""


def plan_returns(
    op: Operation,
    schemas: Mapping[str, Schema],
    namer: TypeNamer,
    imports: Imports,
    constants: list[tuple[str, Code]],
) -> Returns:
    """The return of ``op``'s method; a paginated one adds its ``Pagination`` descriptor to ``constants``."""
    response = success_response(op)
    media = pick_media(response.contents) if response is not None else None
    if response is None or media is None or response.status == "204":
        imports.add_runtime("_types:NoneType")
        return Returns("None", "None", "request", ("cast_to=NoneType",))
    kind = body_type_of(media.media_type)
    if kind == "text":
        text = namer.builtin("str")
        return Returns(text, text, "request", ("cast_to=str",))
    if kind != "json":
        raw = namer.builtin("bytes")
        return Returns(raw, raw, "request", ("cast_to=bytes",))
    if op.pagination is not None:
        item = page_item(schemas, media.type, op.pagination)
        if item is not None:
            imports.add_runtime("_pagination:Pagination")
            imports.add_runtime("_pagination:SyncPage")
            imports.add_runtime("_pagination:AsyncPaginator")
            item_ann = namer.annotation(item)
            const = f"_{op.name.upper()}_PAGINATION"
            constants.append((const, pagination_expr(op.pagination)))
            item_type = item_ann if _is_simple(schemas, item) else _as_any(item_ann, imports)
            args = [f"pagination={const}", f"item_type={item_type}"]
            if media.type.kind == "ref":
                args.append(f"model_type={namer.annotation(media.type)}")
            return Returns(f"SyncPage[{item_ann}]", f"AsyncPaginator[{item_ann}]", "request_page", tuple(args))
    ann = namer.annotation(media.type)
    if _is_simple(schemas, media.type):
        return Returns(ann, ann, "request", (f"cast_to={ann}",))
    # Not a plain class: the runtime gets it as ``Any`` and the result is cast back, both as code built
    # from escaped parts (spec text inside is only ever a string literal made by ``py_literal``).
    return Returns(ann, ann, "request", (f"cast_to={_as_any(ann, imports)}",), ann, ann)


def _as_any(ann: str, imports: Imports) -> str:
    imports.typing.add("Any")
    imports.typing.add("cast as _cast")
    return f"_cast(Any, {ann})"


def _is_simple(schemas: Mapping[str, Schema], t: TypeRef) -> bool:
    """Whether ``t`` is a plain class a type checker accepts as ``type[T]`` (no union, alias or None)."""
    if t.nullable:
        return False
    if t.kind == "ref":
        s = schemas.get(t.name)
        return s is not None and s.kind in ("object", "enum") and not s.nullable
    if t.kind == "primitive":
        return t.name in ("str", "int", "float", "bool")
    return False
