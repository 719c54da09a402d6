"""A generated method's arguments: its parameters (path, query, header, cookie) and its request body, each as a
declaration, a docstring line and the ``RequestOptions`` entry that sends it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.codegen.escape import py_str
from generator.codegen.layout import Code, call, dict_of, list_of, prefixed, tuple_of
from generator.ir.model import MediaType, Operation, Parameter, Schema, TypeRef
from generator.plan.client_media import body_type_of, pick_media
from generator.plan.pytypes import Imports, TypeNamer

# Per-call options travel in **options (CallOptions); arguments must not shadow them.
_ARG_RESERVED = frozenset({"self", "options", "cls", "extra_headers", "extra_query", "extra_body"})


@dataclass(frozen=True, slots=True)
class FlatBody:
    """An object body flattened into keyword arguments, which ``body=`` (the whole request model) replaces."""

    arg: str              # the ``body=`` argument (``body_`` when a field is called ``body``)
    model: str            # the request model's annotation
    required_at: int      # index of the body's first required argument in ``Arguments.required``
    optional_at: int      # index of the body's first optional argument in ``Arguments.optional``


@dataclass(slots=True)
class Arguments:
    """A method's arguments as they are collected, in order: declarations, docstring entries, and the
    ``RequestOptions(...)`` arguments (which start with the HTTP method and path)."""

    positional: list[str] = field(default_factory=list)
    required: list[str] = field(default_factory=list)     # keyword-only, required
    optional: list[str] = field(default_factory=list)     # keyword-only, ``= NOT_GIVEN``
    docs: list[tuple[str, str]] = field(default_factory=list)
    options: list[Code] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)

    def name(self, name: str) -> str:
        """``name``, with ``_`` appended until it is neither reserved nor already an argument."""
        out = name
        while out in _ARG_RESERVED or out in self.taken:
            out += "_"
        self.taken.add(out)
        return out

    def keyword(self, name: str, ann: str, required: bool, imports: Imports) -> None:
        if required:
            self.required.append(f"{name}: {ann}")
        else:
            imports.add_runtime("_types:NOT_GIVEN")
            imports.add_runtime("_types:NotGiven")
            self.optional.append(f"{name}: {ann} | NotGiven = NOT_GIVEN")


def plan_arguments(
    op: Operation, schemas: Mapping[str, Schema], namer: TypeNamer, imports: Imports
) -> tuple[Arguments, FlatBody | None]:
    """Every parameter and the body of ``op`` as arguments; the ``FlatBody`` when the body was flattened."""
    args = Arguments(options=[py_str(op.method.upper()), py_str(op.path)])
    _parameters(op, args, namer, imports)
    flat: FlatBody | None = None
    if op.body is not None:
        media = pick_media(op.body.contents)
        if media is not None:
            flat = _body(op, media, schemas, args, namer, imports)
    return args, flat


def _parameters(op: Operation, args: Arguments, namer: TypeNamer, imports: Imports) -> None:
    """Path parameters positional in path order; the others keyword-only, required first."""
    path_params = sorted(
        (p for p in op.parameters if p.location == "path"),
        key=lambda p: (op.path.find("{" + p.wire_name + "}"), p.wire_name),
    )
    groups: dict[str, list[tuple[str, str]]] = {"path": [], "header": [], "cookie": []}
    query: list[Code] = []
    for p in path_params:
        name = args.name(p.name)
        args.positional.append(f"{name}: {_param_annotation(p, namer)}")
        groups["path"].append((py_str(p.wire_name), name))
        args.docs.append((name, p.description))
    for p in sorted((p for p in op.parameters if p.location != "path"), key=lambda p: not p.required):
        name = args.name(p.name)
        args.keyword(name, _param_annotation(p, namer), p.required, imports)
        args.docs.append((name, p.description))
        if p.location == "query":
            imports.add_runtime("_params:QueryParam")
            style = p.style or "form"
            extra = [] if (style, p.explode) == ("form", True) else [py_str(style), repr(p.explode)]
            query.append(call("QueryParam", [py_str(p.wire_name), name, *extra]))
        else:
            groups[p.location].append((py_str(p.wire_name), name))
    if groups["path"]:
        args.options.append(dict_of(groups["path"], prefix="path_params="))
    if query:
        args.options.append(list_of(query, prefix="query="))
    if groups["header"]:
        args.options.append(dict_of(groups["header"], prefix="headers="))
    if groups["cookie"]:
        args.options.append(dict_of(groups["cookie"], prefix="cookies="))


def _param_annotation(p: Parameter, namer: TypeNamer) -> str:
    t = p.type
    if t.nullable:
        t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, False, t.format, t.constraints)
    return namer.input_annotation(t)


def _body(
    op: Operation,
    media: MediaType,
    schemas: Mapping[str, Schema],
    args: Arguments,
    namer: TypeNamer,
    imports: Imports,
) -> FlatBody | None:
    """Add the body's arguments (flattened for an object body sent as JSON, form or multipart) and options."""
    assert op.body is not None
    kind = body_type_of(media.media_type)
    target = schemas.get(media.type.name) if media.type.kind == "ref" else None
    flat: FlatBody | None = None
    if kind in ("json", "form", "multipart") and target is not None and target.kind == "object":
        flat = _flat_body(op, media, target, kind, args, namer, imports)
    else:
        _whole_body(op, media, kind, args, namer, imports)
    if kind != "json":
        args.options.append(f"body_type={py_str(kind)}")
    # multipart and form content types are set by the encoder (multipart needs its boundary)
    if kind in ("json", "binary", "text") and media.media_type.split(";")[0] != "application/json":
        args.options.append(f"content_type={py_str(media.media_type)}")
    return flat


def _flat_body(
    op: Operation, media: MediaType, target: Schema, kind: str, args: Arguments, namer: TypeNamer, imports: Imports
) -> FlatBody:
    """One keyword argument per writable field, merged with ``body=`` (the request model) at call time."""
    assert op.body is not None
    # ``body=`` takes the request model instead of the flattened arguments; a field named ``body``
    # becomes ``body_``.
    body_arg = args.name("body")
    flat = FlatBody(body_arg, namer.annotation(media.type), len(args.required), len(args.optional))
    required_wire: list[str] = []
    entries: list[tuple[str, str]] = []
    for f in target.fields:
        if f.read_only:
            continue
        name = args.name(f.name)
        t = f.type
        if kind == "multipart" and t.kind == "primitive" and t.name == "binary":
            imports.add_runtime("_types:FileTypes")
            ann = "FileTypes"
        else:
            ann = namer.input_annotation(t)
        required = f.required and op.body.required
        args.keyword(name, ann, required, imports)
        if required:
            required_wire.append(py_str(f.wire_name))
        entries.append((py_str(f.wire_name), name))
        args.docs.append((name, f.description))
    imports.add_runtime("_body:merge_body as _merge_body")
    imports.add_runtime("_types:NOT_GIVEN")
    imports.add_runtime("_types:NotGiven")
    merge_args: list[Code] = [body_arg, dict_of(entries)]
    if required_wire:
        merge_args.append(tuple_of(required_wire))
    if not op.body.required:
        merge_args.append("optional=True")  # no arguments, no body: {} may break the body's schema
    args.options.append(prefixed("body=", call("_merge_body", merge_args)))
    args.docs.append((body_arg, f"the whole request body as a ``{flat.model}`` instead of the arguments above"))
    return flat


def _whole_body(
    op: Operation, media: MediaType, kind: str, args: Arguments, namer: TypeNamer, imports: Imports
) -> None:
    """The body as one argument: a model, a mapping of multipart fields, text or file content."""
    assert op.body is not None
    name = args.name(op.body.name or "body")
    if kind == "binary":
        imports.add_runtime("_types:FileContent")
        ann = "FileContent"
    elif kind == "text":
        ann = "str"
    elif kind == "multipart":
        imports.add_runtime("_types:FileTypes")
        imports.typing.add("Any")
        ann = "Mapping[str, Any]"
        imports.stdlib.add("from collections.abc import Mapping")
    else:
        ann = namer.annotation(media.type)
    args.keyword(name, ann, op.body.required, imports)
    args.docs.append((name, op.body.description))
    args.options.append(f"body={name}")
