"""The public surface of the generated Python client, and what changes in it between two versions.

The surface is what user code touches: ``client.<resource>.<method>(...)`` with its arguments (path parameters
positional, everything else keyword-only; an object request body flattened into keyword arguments), its return
annotation and the status exceptions it can raise; model classes with their attributes; enum members. It is
derived from the IR alone (``ApiSpec``), so it says what a Python user sees whatever the wire did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from generator import reuse
from generator.diff.model import Change
from generator.diff.rules import RULES
from generator.ir.model import ApiSpec, MediaType, Operation, Schema, TypeRef

ArgKind = Literal["positional", "keyword"]

_PRIMITIVES = {
    "str": "str", "int": "int", "float": "float", "bool": "bool", "bytes": "str", "binary": "bytes",
    "date": "datetime.date", "datetime": "datetime.datetime", "time": "datetime.time", "duration": "str",
    "uuid": "uuid.UUID", "decimal": "decimal.Decimal", "uri": "str", "email": "str",
}
# Mirrors the runtime's ``status_error_class`` (templates/python-client/_runtime/_exceptions.py).
_STATUS_ERRORS = {
    400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError", 404: "NotFoundError",
    409: "ConflictError", 422: "UnprocessableEntityError", 429: "RateLimitError",
}
_TEMPLATE = re.compile(r"\{([^{}/]*)\}")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a generated client method, and where its value goes on the wire."""

    name: str
    kind: ArgKind
    required: bool
    type: str
    wire: str            # what it is on the wire: "path#0", "query:limit", "body:email", "body"


@dataclass(frozen=True, slots=True)
class Method:
    """One method of the generated client (``client.<resource>.<method>``), as user code calls it."""

    resource: str
    name: str
    operation: str       # "GET /orders/{id}"
    endpoint: str        # method + normalised template: matches across path-parameter renames
    arguments: tuple[Argument, ...]
    returns: str
    raises: tuple[str, ...]
    pointer: str
    deprecated: bool = False

    @property
    def qualname(self) -> str:
        return f"client.{self.resource}.{self.name}" if self.resource else f"client.{self.name}"

    def shape(self) -> tuple[object, ...]:
        return (tuple((a.kind, a.required, a.type, a.wire) for a in self.arguments), self.returns)


@dataclass(frozen=True, slots=True)
class ModelField:
    """One attribute of a generated model class."""

    name: str
    wire: str
    required: bool
    type: str


@dataclass(frozen=True, slots=True)
class Model:
    """One generated model class, enum, union or alias, as user code sees it."""

    name: str
    kind: str            # object, enum, union, alias
    pointer: str
    wire_name: str = ""
    fields: tuple[ModelField, ...] = ()
    members: tuple[str, ...] = ()
    target: str = ""     # union / alias: the annotation it stands for

    def shape(self) -> tuple[object, ...]:
        return (self.kind, tuple((f.wire, f.required, f.type) for f in self.fields), self.members, self.target)


@dataclass(frozen=True, slots=True)
class Surface:
    """Everything user code touches in a generated client: its methods and its models."""

    title: str
    version: str
    methods: tuple[Method, ...]
    models: tuple[Model, ...]


# -- building ---------------------------------------------------------------------------------------------------


def annotation(t: TypeRef | None) -> str:
    """A readable Python annotation for an IR type (``list[Order] | None``)."""
    if t is None:
        return "None"
    if t.kind == "primitive":
        text = _PRIMITIVES.get(t.name, t.name or "Any")
    elif t.kind == "array":
        text = f"list[{annotation(t.args[0]) if t.args else 'Any'}]"
    elif t.kind == "tuple":
        text = f"tuple[{', '.join(annotation(a) for a in t.args) or '()'}]"
    elif t.kind == "map":
        text = f"dict[str, {annotation(t.args[0]) if t.args else 'Any'}]"
    elif t.kind == "ref":
        text = t.name
    elif t.kind == "union":
        text = " | ".join(annotation(a) for a in t.args) or "Any"
    elif t.kind == "literal":
        text = f"Literal[{', '.join(repr(v) for v in t.literals)}]"
    elif t.kind == "null":
        return "None"
    else:
        text = "Any"
    return f"{text} | None" if t.nullable and not text.endswith("| None") else text


def _endpoint(op: Operation) -> str:
    return f"{op.method.upper()} {_TEMPLATE.sub('{}', op.path)}"


def _exception(status: str) -> str | None:
    if status == "default" or not status[:1].isdigit():
        return None
    if status[0] in "123":
        return None
    if not status.isdigit():
        return "InternalServerError" if status[0] == "5" else "APIStatusError"
    code = int(status)
    if code >= 500:
        return "InternalServerError"
    return _STATUS_ERRORS.get(code, "APIStatusError")


def _json_first(contents: Iterable[MediaType]) -> list[MediaType]:
    return sorted(contents, key=lambda m: (0 if "json" in m.media_type else 1, m.media_type))


def _method(op: Operation, schemas: Mapping[str, Schema]) -> Method:
    template = _TEMPLATE.findall(op.path)
    args: list[Argument] = []
    path = sorted((p for p in op.parameters if p.location == "path"),
                  key=lambda p: template.index(p.wire_name) if p.wire_name in template else len(template))
    for p in path:
        pos = template.index(p.wire_name) if p.wire_name in template else -1
        args.append(Argument(p.name, "positional", True, annotation(p.type), f"path#{pos}"))
    for p in sorted((p for p in op.parameters if p.location != "path"), key=lambda p: p.name):
        args.append(Argument(p.name, "keyword", p.required, annotation(p.type), f"{p.location}:{p.wire_name}"))
    if op.body is not None and op.body.contents:
        media = _json_first(op.body.contents)[0]
        body_type: TypeRef = media.type
        target = schemas.get(body_type.name) if body_type.kind == "ref" else None
        if target is not None and target.kind == "object" and target.fields and not body_type.nullable:
            for f in sorted(target.fields, key=lambda f: f.name):
                if f.read_only:
                    continue
                # Required body fields are required arguments (the body is sent whenever the method is called).
                args.append(Argument(f.name, "keyword", f.required, annotation(f.type),
                                     f"body:{f.wire_name}"))
        else:
            args.append(Argument(op.body.name, "keyword", op.body.required, annotation(body_type), "body"))
    returns = "None"
    for response in sorted(op.responses, key=lambda r: r.status):
        if response.status[:1] == "2" and response.contents:
            returns = annotation(_json_first(response.contents)[0].type)
            break
    raises = sorted({f"{name} ({r.status})" for r in op.responses if (name := _exception(r.status))})
    return Method(op.resource, op.name, f"{op.method.upper()} {op.path}", _endpoint(op), tuple(args), returns,
                  tuple(raises), op.pointer, op.deprecated)


def _model(s: Schema) -> Model:
    fields = tuple(sorted((ModelField(f.name, f.wire_name, f.required, annotation(f.type)) for f in s.fields),
                          key=lambda f: f.name))
    members = tuple(m.name for m in s.enum_members)
    target = ""
    if s.kind == "union":
        target = " | ".join(annotation(v) for v in s.variants)
    elif s.kind == "alias":
        target = annotation(s.target)
    return Model(s.name, s.kind, s.pointer, s.wire_name, fields, members, target)


def sdk_surface(api: ApiSpec) -> Surface:
    schemas = {s.name: s for s in api.schemas}
    # A watch keeps the surface of each operation and schema it kept (``reuse``): the same object (and, for an
    # operation, the same body schema it looked up) has the same surface.
    methods = tuple(sorted(reuse.map_kept_reading(
        "surface.methods", [(op.pointer, (op,)) for op in api.operations], (schemas,),
        lambda parts, seen: _method(parts[0], seen[0])), key=lambda m: m.qualname))
    models = tuple(sorted(reuse.map_kept("surface.models", api.schemas, _model), key=lambda m: m.name))
    return Surface(api.title, api.api_version, methods, models)


# -- rendering --------------------------------------------------------------------------------------------------


def _signature(m: Method) -> str:
    parts: list[str] = []
    keyword_started = False
    for a in m.arguments:
        if a.kind == "keyword" and not keyword_started:
            parts.append("*")
            keyword_started = True
        parts.append(f"{a.name}: {a.type}" + ("" if a.required else " = ..."))
    return f"{m.qualname}({', '.join(parts)}) -> {m.returns}"


def render_surface(surface: Surface) -> str:
    """A stable, sorted plain-text listing of the client's public API (diffable between releases)."""
    lines = [f"# public API of the generated client: {surface.title} {surface.version}".rstrip(), "", "## methods"]
    for m in surface.methods:
        lines.append(_signature(m) + ("  # deprecated" if m.deprecated else ""))
        if m.raises:
            lines.append(f"    raises {', '.join(m.raises)}")
    lines += ["", "## models"]
    for model in surface.models:
        if model.kind == "enum":
            lines.append(f"enum {model.name}: {', '.join(model.members)}")
        elif model.kind in ("union", "alias"):
            lines.append(f"{model.kind} {model.name} = {model.target}")
        else:
            lines.append(f"class {model.name}")
            for f in model.fields:
                lines.append(f"    {f.name}: {f.type}" + ("" if f.required else " = None"))
    return "\n".join(lines) + "\n"


# -- diffing ----------------------------------------------------------------------------------------------------


def _change(rule: str, operation: str, location: str, message: str) -> Change:
    spec = RULES[rule]
    return Change(rule, spec.scope, spec.level, operation, location, message)


def _rename_types(text: str, renames: Mapping[str, str]) -> str:
    if not renames:
        return text
    return _WORD.sub(lambda m: renames.get(m.group(0), m.group(0)), text)


def _match(old: Mapping[str, object], new: Mapping[str, object], keyfuncs: Iterable[object]
           ) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(renamed pairs, removed names, added names) for the names only on one side, pairing by each key in turn."""
    left = sorted(set(old) - set(new))
    right = sorted(set(new) - set(old))
    pairs: list[tuple[str, str]] = []
    for keyfunc in keyfuncs:
        by_key: dict[object, list[str]] = {}
        for name in right:
            k = keyfunc(new[name])  # type: ignore[operator]
            if k is not None:
                by_key.setdefault(k, []).append(name)
        olds: dict[object, list[str]] = {}
        for name in left:
            k = keyfunc(old[name])  # type: ignore[operator]
            if k is not None:
                olds.setdefault(k, []).append(name)
        for k, names in sorted(olds.items(), key=lambda kv: kv[1]):
            cands = by_key.get(k, [])
            if len(names) == 1 and len(cands) == 1:
                pairs.append((names[0], cands[0]))
                left.remove(names[0])
                right.remove(cands[0])
    return pairs, left, right


def diff_surfaces(old: Surface, new: Surface) -> tuple[Change, ...]:
    out: list[Change] = []
    renames = _models(old, new, out)
    _methods(old, new, renames, out)
    return tuple(sorted(set(out), key=Change.sort_key))


def _models(old: Surface, new: Surface, out: list[Change]) -> dict[str, str]:
    o = {m.name: m for m in old.models}
    n = {m.name: m for m in new.models}
    pairs, removed, added = _match(o, n, (
        lambda m: m.wire_name or None,        # the same component, named differently by the generator
        lambda m: m.pointer or None,          # the same inline schema
        lambda m: m.shape() if m.fields or m.members else None,   # an identical class under a new name
    ))
    renames = {a: b for a, b in pairs}
    for a, b in pairs:
        kind = "Enum" if n[b].kind == "enum" else "Model"
        out.append(_change("sdk-model-renamed", "", n[b].pointer,
                           f"{kind} `{a}` was renamed to `{b}`; migrate with `{a}` -> `{b}` in imports and "
                           f"annotations."))
    for name in removed:
        out.append(_change("sdk-model-removed", "", o[name].pointer, f"Model `{name}` was removed."))
    for name in added:
        out.append(_change("sdk-model-added", "", n[name].pointer, f"New model `{name}`."))
    for a, b in [*((x, x) for x in sorted(set(o) & set(n))), *pairs]:
        if renames or o[a] != n[b]:  # (an equal model, with no model renamed, has nothing to report)
            _model_body(o[a], n[b], renames, out)
    return renames


def _model_body(o: Model, n: Model, renames: Mapping[str, str], out: list[Change]) -> None:
    for member in sorted(set(o.members) - set(n.members)):
        out.append(_change("sdk-enum-member-removed", "", n.pointer, f"Enum member `{n.name}.{member}` was removed."))
    for member in sorted(set(n.members) - set(o.members)):
        out.append(_change("sdk-enum-member-added", "", n.pointer, f"New enum member `{n.name}.{member}`."))
    of = {f.name: f for f in o.fields}
    nf = {f.name: f for f in n.fields}
    pairs, removed, added = _match(of, nf, (lambda f: f.wire,))
    for a, b in pairs:
        out.append(_change("sdk-field-renamed", "", n.pointer,
                           f"Attribute `{n.name}.{a}` was renamed to `{n.name}.{b}` (same JSON property "
                           f"`{nf[b].wire}`); use `.{b}`."))
    for name in removed:
        out.append(_change("sdk-field-removed", "", o.pointer, f"Attribute `{n.name}.{name}` was removed."))
    for name in added:
        text = "required" if nf[name].required else "optional"
        out.append(_change("sdk-field-added", "", n.pointer, f"New {text} attribute `{n.name}.{name}`."))
    for a, b in [*((x, x) for x in sorted(set(of) & set(nf))), *pairs]:
        fo, fn = of[a], nf[b]
        if fo.required and not fn.required:
            out.append(_change("sdk-field-became-optional", "", n.pointer,
                               f"Attribute `{n.name}.{b}` became optional (it may be None)."))
        elif fn.required and not fo.required:
            out.append(_change("sdk-field-became-required", "", n.pointer,
                               f"Attribute `{n.name}.{b}` became required (constructing `{n.name}` needs it)."))
        before = _rename_types(fo.type, renames)
        if before != fn.type:
            out.append(_change("sdk-field-type-changed", "", n.pointer,
                               f"Attribute `{n.name}.{b}` changed type from `{fo.type}` to `{fn.type}`."))


def _methods(old: Surface, new: Surface, renames: Mapping[str, str], out: list[Change]) -> None:
    o = {m.qualname: m for m in old.methods}
    n = {m.qualname: m for m in new.methods}
    pairs, removed, added = _match(o, n, (lambda m: m.endpoint, lambda m: m.shape()))
    for a, b in pairs:
        out.append(_change("sdk-method-renamed", n[b].operation, n[b].pointer,
                           f"`{a}()` was renamed to `{b}()`; call `{b}()` instead."))
    for name in removed:
        out.append(_change("sdk-method-removed", o[name].operation, o[name].pointer, f"`{name}()` was removed."))
    for name in added:
        out.append(_change("sdk-method-added", n[name].operation, n[name].pointer, f"New method `{name}()`."))
    for a, b in [*((x, x) for x in sorted(set(o) & set(n))), *pairs]:
        if renames or o[a] != n[b]:  # (an equal method, with no model renamed, has nothing to report)
            _method_body(o[a], n[b], renames, out)


def _method_body(o: Method, n: Method, renames: Mapping[str, str], out: list[Change]) -> None:
    op, ptr, qual = n.operation, n.pointer, n.qualname
    oa = {a.name: a for a in o.arguments}
    na = {a.name: a for a in n.arguments}
    pairs, removed, added = _match(oa, na, (lambda a: a.wire,))
    for a, b in pairs:
        note = " (positional callers are unaffected)" if na[b].kind == "positional" else ""
        out.append(_change("sdk-argument-renamed", op, ptr,
                           f"Argument `{a}` of `{qual}()` was renamed to `{b}`{note}; pass `{b}=` instead."))
    for name in removed:
        out.append(_change("sdk-argument-removed", op, ptr, f"Argument `{name}` of `{qual}()` was removed."))
    for name in added:
        if na[name].required:
            out.append(_change("sdk-argument-added-required", op, ptr,
                               f"`{qual}()` has a new required argument `{name}`."))
        else:
            out.append(_change("sdk-argument-added", op, ptr, f"`{qual}()` has a new optional argument `{name}`."))
    for a, b in [*((x, x) for x in sorted(set(oa) & set(na))), *pairs]:
        ao, an = oa[a], na[b]
        if an.required and not ao.required:
            out.append(_change("sdk-argument-became-required", op, ptr, f"Argument `{b}` of `{qual}()` became required."))
        elif ao.required and not an.required:
            out.append(_change("sdk-argument-became-optional", op, ptr, f"Argument `{b}` of `{qual}()` became optional."))
        if ao.kind != an.kind:
            out.append(_change("sdk-argument-kind-changed", op, ptr,
                               f"Argument `{b}` of `{qual}()` is now {an.kind}" +
                               (" (keyword-only)." if an.kind == "keyword" else ".")))
        before = _rename_types(ao.type, renames)
        if before != an.type:
            out.append(_change("sdk-argument-type-changed", op, ptr,
                               f"Argument `{b}` of `{qual}()` changed type from `{ao.type}` to `{an.type}`."))
    if _rename_types(o.returns, renames) != n.returns:
        out.append(_change("sdk-return-type-changed", op, ptr,
                           f"`{qual}()` now returns `{n.returns}` (was `{o.returns}`)."))
    for exc in sorted(set(n.raises) - set(o.raises)):
        out.append(_change("sdk-exception-added", op, ptr, f"`{qual}()` can now raise `{exc}`."))
    for exc in sorted(set(o.raises) - set(n.raises)):
        out.append(_change("sdk-exception-removed", op, ptr, f"`{qual}()` no longer documents `{exc}`."))
