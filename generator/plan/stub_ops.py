"""Per-operation views of the stub: the FastAPI handler (route) and the service method it delegates to.

Parameters the stub can validate with FastAPI (scalars, enums, arrays of scalars in the query) are typed; the rest
(objects in the query, comma-separated arrays, ...) are received as raw text, or skipped when FastAPI cannot even
find them (deepObject query parameters); a mock does not need them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.codegen.escape import docstring_body, py_literal
from generator.ir.model import Operation, Parameter, Schema, TypeRef
from generator.ir.names import parameter_name
from generator.plan.pytypes import TypeNamer
from generator.plan.stub_catalog import (
    IGNORED_HEADERS,
    is_json_media,
    is_scalar,
    response_kind,
    response_media,
    success_response,
)

__all__ = ["ArgView", "HandlerView", "MethodView", "plan_operation"]

_PATH_PARAM = re.compile(r"\{([^{}]*)\}")
_LOCATION_CLASS = {"path": "Path", "query": "Query", "header": "Header", "cookie": "Cookie"}


@dataclass(frozen=True, slots=True)
class ArgView:
    name: str
    annotation: str           # handler annotation (``Annotated[..., Query(alias=...)]``)
    default: str              # "" or "None"


@dataclass(frozen=True, slots=True)
class HandlerView:
    function: str
    method: str
    decorator_args: tuple[str, ...]
    args: tuple[ArgView, ...]
    returns: str
    docstring: str
    call: str                 # the service call expression
    is_async: bool
    raw_body: str             # name of the argument filled from the raw request body ("" when none)
    kind: str                 # json | text | binary | empty
    operation_id: str         # Python literal
    sets_headers: bool

    @property
    def def_keyword(self) -> str:
        return "async def" if self.is_async else "def"

    @property
    def is_json(self) -> bool:
        return self.kind == "json"

    @property
    def is_empty(self) -> bool:
        return self.kind == "empty"


@dataclass(frozen=True, slots=True)
class MethodView:
    name: str
    params: tuple[str, ...]   # ready parameter declarations (``id: str``, ``*``, ``limit: int | None = None``)
    returns: str              # return annotation
    value_type: str           # runtime expression of the return type (for the example adapter)
    docstring: str
    operation_id: str         # Python literal
    kind: str                 # json | text | binary | empty

    @property
    def is_json(self) -> bool:
        return self.kind == "json"

    @property
    def is_text(self) -> bool:
        return self.kind == "text"

    @property
    def is_binary(self) -> bool:
        return self.kind == "binary"


@dataclass(frozen=True, slots=True)
class PlannedOperation:
    op: Operation
    handler: HandlerView
    method: MethodView
    arg_names: Mapping[str, str]   # parameter wire name (query) -> python name, for the stateful planner
    body_arg: str                  # python name of the body argument ("" when none)


def _param_type(p: Parameter, schemas: Mapping[str, Schema]) -> TypeRef | None:
    """The type the handler declares for ``p`` (``str`` for raw text), or None to skip the parameter."""
    t = p.type
    if p.content_type:
        return TypeRef("primitive", "str")
    if p.location == "query" and t.kind == "array" and t.args and is_scalar(t.args[0], schemas):
        if p.explode or p.style not in ("form", ""):
            return t if p.explode else TypeRef("primitive", "str", nullable=t.nullable)
        return TypeRef("primitive", "str", nullable=t.nullable)
    if is_scalar(t, schemas):
        return t
    if p.location == "query" and (p.style == "deepObject" or (p.explode and t.kind in ("ref", "map"))):
        return None  # spread over several keys: FastAPI has no single value to give us
    if p.location in ("header", "cookie") and t.kind == "array":
        return TypeRef("primitive", "str", nullable=t.nullable)
    return TypeRef("primitive", "str", nullable=t.nullable)


def route_path(op: Operation, names: Mapping[str, str]) -> str:
    """The route with Python names in the braces (Starlette only matches identifiers there)."""
    return _PATH_PARAM.sub(lambda m: "{" + names.get(m.group(1), parameter_name(m.group(1))) + "}", op.path)


def _unique(name: str, taken: set[str]) -> str:
    out, n = name, 2
    while out in taken:
        out, n = f"{name}_{n}", n + 1
    taken.add(out)
    return out


def plan_operation(
    op: Operation,
    *,
    namer: TypeNamer,
    service_namer: TypeNamer,
    schemas: Mapping[str, Schema],
    hoist: Mapping[str, str],
) -> PlannedOperation:
    """Views for one operation; ``hoist`` maps service annotations to module-level aliases that replace them."""
    taken: set[str] = set()
    # (name, handler annotation, service annotation, required, location)
    params: list[tuple[str, str, str, bool, str]] = []
    path_names: dict[str, str] = {}
    arg_names: dict[str, str] = {}
    declared_path = {p.wire_name for p in op.parameters if p.location == "path"}
    for p in op.parameters:
        if p.location == "header" and p.wire_name.lower() in IGNORED_HEADERS:
            continue
        t = _param_type(p, schemas)
        if t is None:
            continue
        required = p.required or p.location == "path"
        if not required and not t.nullable:
            t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, True, t.format, t.constraints)
        name = _unique(p.name, taken)
        if p.location == "path":
            path_names[p.wire_name] = name
        elif p.location == "query":
            arg_names[p.wire_name] = name
        ann = namer.annotation(t)
        namer.imports.typing.add("Annotated")
        handler_ann = f"Annotated[{ann}, {_LOCATION_CLASS[p.location]}(alias={py_literal(p.wire_name)})]"
        if p.location == "path":
            handler_ann = f"Annotated[{ann}, Path()]"
        params.append((name, handler_ann, service_namer.annotation(t), required, p.location))
    # Path template names the spec forgot to declare still need a handler argument for the route to match.
    for wire in _PATH_PARAM.findall(op.path):
        if wire not in declared_path and wire not in path_names:
            name = _unique(parameter_name(wire), taken)
            path_names[wire] = name
            namer.imports.typing.add("Annotated")
            params.append((name, "Annotated[str, Path()]", "str", True, "path"))
    body_arg = ""
    raw_body = ""
    body_param: tuple[str, str, bool, str] | None = None  # (handler annotation, service annotation, required, kind)
    if op.body is not None and op.body.contents:
        json_media = next((c for c in op.body.contents if is_json_media(c.media_type)), None)
        body_arg = _unique(parameter_name(op.body.name or "body"), taken)
        if json_media is not None and not (json_media.type.kind == "primitive" and json_media.type.name == "binary"):
            t = json_media.type
            if not op.body.required and not t.nullable:
                t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, True, t.format, t.constraints)
            ann = namer.annotation(t)
            namer.imports.typing.add("Annotated")
            body_param = (f"Annotated[{ann}, Body()]", service_namer.annotation(t), op.body.required, "body")
        else:
            raw_body = body_arg
            body_param = ("", "bytes", True, "raw")

    status, response = success_response(op)
    media = response_media(response)
    kind = response_kind(status, media)
    if kind == "json" and media is not None:
        returns = namer.annotation(media.type)
        service_returns = service_namer.annotation(media.type)
    elif kind == "text":
        returns, service_returns = "Response", "str"
    elif kind == "binary":
        returns, service_returns = "Response", "bytes"
    else:
        returns, service_returns = "Response", "None"
    value_type = service_returns

    # Handler arguments: required first (Python wants defaults last), then optional ones.
    args: list[ArgView] = []
    for name, handler_ann, _, required, _loc in params:
        if required:
            args.append(ArgView(name, handler_ann, ""))
    if body_param is not None and body_param[3] == "body" and body_param[2]:
        args.append(ArgView(body_arg, body_param[0], ""))
    for name, handler_ann, _, required, _loc in params:
        if not required:
            args.append(ArgView(name, handler_ann, "None"))
    if body_param is not None and body_param[3] == "body" and not body_param[2]:
        args.append(ArgView(body_arg, body_param[0], "None"))
    sets_headers = bool(response is not None and response.headers) and kind == "json"
    if sets_headers:
        args.insert(0, ArgView("_response", "Response", ""))
    if raw_body:
        args.insert(0, ArgView("_request", "Request", ""))

    # Service method: path parameters and a required body positionally, everything else keyword-only.
    positional = [n for n, _, _, _, loc in params if loc == "path"]
    call_pos = list(positional)
    method_params: list[str] = ["self"]
    service_ann = {n: s for n, _, s, _, _ in params}
    for n in positional:
        method_params.append(f"{n}: {hoist.get(service_ann[n], service_ann[n])}")
    body_required = body_param is not None and body_param[2]
    if body_param is not None and body_required:
        method_params.append(f"{body_arg}: {hoist.get(body_param[1], body_param[1])}")
        call_pos.append(body_arg)
    keyword = [(n, s, r) for n, _, s, r, loc in params if loc != "path"]
    if body_param is not None and not body_required:
        keyword.append((body_arg, body_param[1], False))
    if keyword:
        method_params.append("*")
        for n, s, r in sorted(keyword, key=lambda k: not k[2]):
            default = "" if r else " = None"
            method_params.append(f"{n}: {hoist.get(s, s)}{default}")
    call_args = call_pos + [f"{n}={n}" for n, _, _ in keyword]
    call = f"_service.{op.name}({', '.join(call_args)})"

    op_id = py_literal(op.id)
    decorator: list[str] = [py_literal(route_path(op, path_names)), f"status_code={status}"]
    if kind == "json" and media is not None:
        decorator.append(f"response_model={returns}")
        decorator.append("response_model_by_alias=True")
        decorator.append("response_model_exclude_unset=True")
        mt = media.media_type.split(";", 1)[0].strip().lower()
        if mt != "application/json":
            decorator.append(f"response_class=_json_response({py_literal(mt)})")
    else:
        decorator.append("response_model=None")
    decorator.append(f"operation_id={op_id}")
    decorator.append(f"name={py_literal(f'{op.resource}.{op.name}')}")
    requirement = _security_groups(op)
    dependencies: list[str] = []
    if requirement:
        dependencies.append(f"Depends(_require({requirement}))")
    if op.parameters or op.body is not None:
        dependencies.append(f"Depends(_validate({op_id}))")
    if dependencies:
        decorator.append(f"dependencies=[{', '.join(dependencies)}]")
    if op.deprecated:
        decorator.append("deprecated=True")

    summary = op.summary or op.description.split("\n", 1)[0] or f"{op.method.upper()} {op.path}"
    handler_doc = docstring_body(f"{op.method.upper()} {op.path}: {summary}")
    handler = HandlerView(
        function=f"op_{op.name}",
        method=op.method,
        decorator_args=tuple(decorator),
        args=tuple(args),
        returns=returns,
        docstring=handler_doc,
        call=call,
        is_async=bool(raw_body),
        raw_body=raw_body,
        kind=kind,
        operation_id=op_id,
        sets_headers=sets_headers,
    )
    doc_parts = [summary]
    if op.description and op.description != summary:
        doc_parts.append(op.description)
    doc_parts.append(f"``{op.method.upper()} {op.path}`` (operation ``{op.id}``).")
    method = MethodView(
        name=op.name,
        params=tuple(method_params),
        returns=hoist.get(service_returns, service_returns),
        value_type=hoist.get(value_type, value_type),
        docstring=docstring_body("\n\n".join(doc_parts)),
        operation_id=op_id,
        kind=kind,
    )
    return PlannedOperation(op=op, handler=handler, method=method, arg_names=arg_names, body_arg=body_arg)


def _security_groups(op: Operation) -> str:
    """``(("a",), ("b", "c"))``: alternatives of schemes needed together; "" for an open operation."""
    if not op.security or any(not req.schemes for req in op.security):
        return ""
    groups = []
    for req in op.security:
        keys = ", ".join(py_literal(k) for k, _ in req.schemes)
        groups.append(f"({keys},)")
    return "(" + ", ".join(groups) + ",)"


def service_annotations(op: Operation, namer: TypeNamer, schemas: Mapping[str, Schema]) -> list[str]:
    """Every annotation the service method of ``op`` will use (to decide which must be hoisted)."""
    out: list[str] = []
    for p in op.parameters:
        if p.location == "header" and p.wire_name.lower() in IGNORED_HEADERS:
            continue
        t = _param_type(p, schemas)
        if t is None:
            continue
        if not (p.required or p.location == "path") and not t.nullable:
            t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, True, t.format, t.constraints)
        out.append(namer.annotation(t))
    if op.body is not None:
        json_media = next((c for c in op.body.contents if is_json_media(c.media_type)), None)
        if json_media is not None:
            t = json_media.type
            if not op.body.required and not t.nullable:
                t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, True, t.format, t.constraints)
            out.append(namer.annotation(t))
    status, response = success_response(op)
    media = response_media(response)
    if response_kind(status, media) == "json" and media is not None:
        out.append(namer.annotation(media.type))
    return out
