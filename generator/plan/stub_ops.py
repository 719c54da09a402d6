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
from generator.ir.model import MediaType, Operation, Parameter, Schema, TypeRef
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
_RAW_RETURNS = {"text": "str", "binary": "bytes"}   # service return annotation by response kind (not JSON)


@dataclass(frozen=True, slots=True)
class ArgView:
    """One argument of a stub route handler, with the FastAPI annotation that reads it from the request."""

    name: str
    annotation: str           # handler annotation (``Annotated[..., Query(alias=...)]``)
    default: str              # "" or "None"


@dataclass(frozen=True, slots=True)
class HandlerView:
    """One operation's FastAPI route handler, which delegates to the resource's service."""

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
    """One operation's method on the resource's service class (by default, the spec's example answer)."""

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
    """One operation planned for the stub: its route handler and service method, and their names."""

    op: Operation
    handler: HandlerView
    method: MethodView
    arg_names: Mapping[str, str]   # parameter wire name (query) -> python name, for the stateful planner
    body_arg: str                  # python name of the body argument ("" when none)


@dataclass(frozen=True, slots=True)
class _Param:
    """One handler argument taken from the request (path, query, header or cookie)."""

    wire_name: str
    name: str                 # python name (unique within the operation)
    handler_ann: str          # ``Annotated[..., Query(alias=...)]``
    service_ann: str          # the service method's annotation (before hoisting)
    required: bool
    location: str


@dataclass(frozen=True, slots=True)
class _Body:
    """The request body argument: typed JSON (``Body()``) or the raw bytes read from the request."""

    name: str
    handler_ann: str          # "" for a raw body
    service_ann: str
    required: bool
    raw: bool


@dataclass(frozen=True, slots=True)
class _Answer:
    """What the stub answers: status, media, kind and the return annotations of the handler and the service."""

    status: int
    media: MediaType | None
    kind: str                 # json | text | binary | empty
    returns: str              # handler annotation
    service_returns: str      # service annotation (before hoisting)
    sets_headers: bool


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
    params = _declared_params(op, namer, service_namer, schemas, taken)
    params += _undeclared_path_params(op, namer, taken)
    body = _body(op, namer, service_namer, taken)
    answer = _answer(op, namer, service_namer)
    return PlannedOperation(
        op=op,
        handler=_handler_view(op, params, body, answer),
        method=_method_view(op, params, body, answer, hoist),
        arg_names={p.wire_name: p.name for p in params if p.location == "query"},
        body_arg=body.name if body is not None else "",
    )


# -- request: parameters and body -----------------------------------------------------------------------------


def _declared_params(
    op: Operation, namer: TypeNamer, service_namer: TypeNamer, schemas: Mapping[str, Schema], taken: set[str]
) -> list[_Param]:
    """The operation's parameters the stub receives (ignored headers and unreadable ones left out)."""
    params: list[_Param] = []
    for p in op.parameters:
        if p.location == "header" and p.wire_name.lower() in IGNORED_HEADERS:
            continue
        t = _param_type(p, schemas)
        if t is None:
            continue
        required = p.required or p.location == "path"
        if not required and not t.nullable:
            t = _optional(t)
        name = _unique(p.name, taken)
        ann = namer.annotation(t)
        namer.imports.typing.add("Annotated")
        if p.location == "path":
            handler_ann = f"Annotated[{ann}, Path()]"
        else:
            handler_ann = f"Annotated[{ann}, {_LOCATION_CLASS[p.location]}(alias={py_literal(p.wire_name)})]"
        params.append(_Param(p.wire_name, name, handler_ann, service_namer.annotation(t), required, p.location))
    return params


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


def _undeclared_path_params(op: Operation, namer: TypeNamer, taken: set[str]) -> list[_Param]:
    """Path template names the spec forgot to declare still need a handler argument for the route to match."""
    seen = {p.wire_name for p in op.parameters if p.location == "path"}
    params: list[_Param] = []
    for wire in _PATH_PARAM.findall(op.path):
        if wire in seen:
            continue
        seen.add(wire)
        name = _unique(parameter_name(wire), taken)
        namer.imports.typing.add("Annotated")
        params.append(_Param(wire, name, "Annotated[str, Path()]", "str", True, "path"))
    return params


def _unique(name: str, taken: set[str]) -> str:
    out, n = name, 2
    while out in taken:
        out, n = f"{name}_{n}", n + 1
    taken.add(out)
    return out


def _body(op: Operation, namer: TypeNamer, service_namer: TypeNamer, taken: set[str]) -> _Body | None:
    """The body argument: a JSON body typed, anything else (and binary JSON) read raw from the request."""
    if op.body is None or not op.body.contents:
        return None
    json_media = next((c for c in op.body.contents if is_json_media(c.media_type)), None)
    name = _unique(parameter_name(op.body.name or "body"), taken)
    if json_media is None or (json_media.type.kind == "primitive" and json_media.type.name == "binary"):
        return _Body(name, "", "bytes", True, raw=True)
    t = json_media.type
    if not op.body.required and not t.nullable:
        t = _optional(t)
    ann = namer.annotation(t)
    namer.imports.typing.add("Annotated")
    return _Body(name, f"Annotated[{ann}, Body()]", service_namer.annotation(t), op.body.required, raw=False)


def _optional(t: TypeRef) -> TypeRef:
    """``t`` made nullable (an optional parameter or body may be left out)."""
    return TypeRef(t.kind, t.name, t.args, t.rest, t.literals, True, t.format, t.constraints)


# -- response -------------------------------------------------------------------------------------------------


def _answer(op: Operation, namer: TypeNamer, service_namer: TypeNamer) -> _Answer:
    status, response = success_response(op)
    media = response_media(response)
    kind = response_kind(status, media)
    if kind == "json" and media is not None:
        returns = namer.annotation(media.type)
        service_returns = service_namer.annotation(media.type)
    else:
        returns, service_returns = "Response", _RAW_RETURNS.get(kind, "None")
    sets_headers = bool(response is not None and response.headers) and kind == "json"
    return _Answer(status, media, kind, returns, service_returns, sets_headers)


# -- the handler (route) --------------------------------------------------------------------------------------


def _handler_view(op: Operation, params: list[_Param], body: _Body | None, answer: _Answer) -> HandlerView:
    raw_body = body.name if body is not None and body.raw else ""
    return HandlerView(
        function=f"op_{op.name}",
        method=op.method,
        decorator_args=_decorator_args(op, params, answer),
        args=_handler_args(params, body, answer, raw_body),
        returns=answer.returns,
        docstring=docstring_body(f"{op.method.upper()} {op.path}: {_summary(op)}"),
        call=_service_call(op, params, body),
        is_async=bool(raw_body),
        raw_body=raw_body,
        kind=answer.kind,
        operation_id=py_literal(op.id),
        sets_headers=answer.sets_headers,
    )


def _handler_args(
    params: list[_Param], body: _Body | None, answer: _Answer, raw_body: str
) -> tuple[ArgView, ...]:
    """Required arguments first (Python wants defaults last), then optional ones; ``_request`` and
    ``_response`` (raw body, response headers) lead."""
    typed_body = body if body is not None and not body.raw else None
    args = [ArgView(p.name, p.handler_ann, "") for p in params if p.required]
    if typed_body is not None and typed_body.required:
        args.append(ArgView(typed_body.name, typed_body.handler_ann, ""))
    args += [ArgView(p.name, p.handler_ann, "None") for p in params if not p.required]
    if typed_body is not None and not typed_body.required:
        args.append(ArgView(typed_body.name, typed_body.handler_ann, "None"))
    if answer.sets_headers:
        args.insert(0, ArgView("_response", "Response", ""))
    if raw_body:
        args.insert(0, ArgView("_request", "Request", ""))
    return tuple(args)


def _decorator_args(op: Operation, params: list[_Param], answer: _Answer) -> tuple[str, ...]:
    """Arguments of ``@router.<method>(...)``: route, status, response model, ids, dependencies."""
    op_id = py_literal(op.id)
    path_names = {p.wire_name: p.name for p in params if p.location == "path"}
    decorator = [py_literal(route_path(op, path_names)), f"status_code={answer.status}"]
    decorator += _response_model_args(answer)
    decorator.append(f"operation_id={op_id}")
    decorator.append(f"name={py_literal(f'{op.resource}.{op.name}')}")
    dependencies = _dependencies(op, op_id)
    if dependencies:
        decorator.append(f"dependencies=[{', '.join(dependencies)}]")
    if op.deprecated:
        decorator.append("deprecated=True")
    return tuple(decorator)


def route_path(op: Operation, names: Mapping[str, str]) -> str:
    """The route with Python names in the braces (Starlette only matches identifiers there)."""
    return _PATH_PARAM.sub(lambda m: "{" + names.get(m.group(1), parameter_name(m.group(1))) + "}", op.path)


def _response_model_args(answer: _Answer) -> list[str]:
    if answer.kind != "json" or answer.media is None:
        return ["response_model=None"]
    args = [
        f"response_model={answer.returns}",
        "response_model_by_alias=True",
        "response_model_exclude_unset=True",
    ]
    mt = answer.media.media_type.split(";", 1)[0].strip().lower()
    if mt != "application/json":
        args.append(f"response_class=_json_response({py_literal(mt)})")
    return args


def _dependencies(op: Operation, op_id: str) -> list[str]:
    """The route's dependencies: the security check, then request validation."""
    dependencies: list[str] = []
    requirement = _security_groups(op)
    if requirement:
        dependencies.append(f"Depends(_require({requirement}))")
    if op.parameters or op.body is not None:
        dependencies.append(f"Depends(_validate({op_id}))")
    return dependencies


def _security_groups(op: Operation) -> str:
    """``(("a",), ("b", "c"))``: alternatives of schemes needed together; "" for an open operation."""
    if not op.security or any(not req.schemes for req in op.security):
        return ""
    groups = []
    for req in op.security:
        keys = ", ".join(py_literal(k) for k, _ in req.schemes)
        groups.append(f"({keys},)")
    return "(" + ", ".join(groups) + ",)"


# -- the service method ---------------------------------------------------------------------------------------
# Path parameters and a required body are positional, everything else keyword-only.


def _method_view(
    op: Operation, params: list[_Param], body: _Body | None, answer: _Answer, hoist: Mapping[str, str]
) -> MethodView:
    summary = _summary(op)
    doc_parts = [summary]
    if op.description and op.description != summary:
        doc_parts.append(op.description)
    doc_parts.append(f"``{op.method.upper()} {op.path}`` (operation ``{op.id}``).")
    returns = hoist.get(answer.service_returns, answer.service_returns)
    return MethodView(
        name=op.name,
        params=_method_params(params, body, hoist),
        returns=returns,
        value_type=returns,
        docstring=docstring_body("\n\n".join(doc_parts)),
        operation_id=py_literal(op.id),
        kind=answer.kind,
    )


def _method_params(params: list[_Param], body: _Body | None, hoist: Mapping[str, str]) -> tuple[str, ...]:
    """Ready parameter declarations: ``self``, the positional ones, ``*``, required then optional keywords."""
    out = ["self"]
    out += [f"{p.name}: {hoist.get(p.service_ann, p.service_ann)}" for p in params if p.location == "path"]
    if body is not None and body.required:
        out.append(f"{body.name}: {hoist.get(body.service_ann, body.service_ann)}")
    keyword = _keyword_args(params, body)
    if keyword:
        out.append("*")
        for name, ann, required in sorted(keyword, key=lambda k: not k[2]):
            out.append(f"{name}: {hoist.get(ann, ann)}{'' if required else ' = None'}")
    return tuple(out)


def _service_call(op: Operation, params: list[_Param], body: _Body | None) -> str:
    """The handler's call of the service method."""
    positional = [p.name for p in params if p.location == "path"]
    if body is not None and body.required:
        positional.append(body.name)
    keyword = [f"{name}={name}" for name, _, _ in _keyword_args(params, body)]
    return f"_service.{op.name}({', '.join(positional + keyword)})"


def _keyword_args(params: list[_Param], body: _Body | None) -> list[tuple[str, str, bool]]:
    """(name, service annotation, required) of the keyword-only arguments, in declaration order."""
    out = [(p.name, p.service_ann, p.required) for p in params if p.location != "path"]
    if body is not None and not body.required:
        out.append((body.name, body.service_ann, False))
    return out


def _summary(op: Operation) -> str:
    return op.summary or op.description.split("\n", 1)[0] or f"{op.method.upper()} {op.path}"


# -- hoisting -------------------------------------------------------------------------------------------------


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
            t = _optional(t)
        out.append(namer.annotation(t))
    if op.body is not None:
        json_media = next((c for c in op.body.contents if is_json_media(c.media_type)), None)
        if json_media is not None:
            t = json_media.type
            if not op.body.required and not t.nullable:
                t = _optional(t)
            out.append(namer.annotation(t))
    status, response = success_response(op)
    media = response_media(response)
    if response_kind(status, media) == "json" and media is not None:
        out.append(namer.annotation(media.type))
    return out
