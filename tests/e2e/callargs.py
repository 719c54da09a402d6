"""Valid example arguments for every operation of an IR, for end-to-end tests of generated clients.

For each ``Operation`` this builds two equivalent views of one valid call:

* ``CallArgs.args`` / ``CallArgs.kwargs``: how the generated client is called. Path parameters are positional in the
  order they appear in the path template; required query/header/cookie parameters are keyword arguments by
  ``Parameter.name``; an object request body (JSON, form or multipart) is flattened into keyword arguments by
  ``Field.name`` (read-only fields skipped); any other body is passed as ``<RequestBody.name>=value``. Optional
  parameters and body fields are left out unless ``include_optional=True``. Values are plain JSON-compatible Python
  values; nested objects are dicts keyed by *wire* names; ``binary`` values are ``bytes``.
* ``CallArgs.raw``: the same call as an HTTP request (method, percent-encoded path, query, headers, cookies and a
  JSON / form / multipart / raw body, all with wire names), ready for ``httpx.Client.request(**raw.httpx_kwargs())``.

Values prefer the spec's own examples and defaults, but only when they validate against the IR's types (real specs
often carry examples that contradict their schema); otherwise they are synthesised from the type: formats, enums,
const, numeric bounds, lengths, simple patterns, nested refs, arrays with ``minItems``, discriminated unions.
Everything is deterministic: same IR, same values.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from generator.ir.model import (
    ApiSpec,
    Constraints,
    MediaType,
    Operation,
    Parameter,
    Schema,
    SecurityScheme,
    TypeRef,
)

try:  # Python 3.11+ keeps the regex parser here; 3.10 only has the deprecated top-level module.
    import re._constants as _sre_c  # type: ignore[import-not-found, unused-ignore]
    import re._parser as _sre_parse  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef, unused-ignore]
    import sre_parse as _sre_parse  # type: ignore[no-redef, unused-ignore]

__all__ = [
    "CallArgs",
    "RawRequest",
    "all_call_args",
    "call_args",
    "conforms",
    "credentials",
    "invoke",
    "load_api",
    "sample_value",
]

_MAX_DEPTH = 24
# Headers that OpenAPI says are ignored when declared as parameters (the client sets them itself).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_BINARY_SAMPLE = b"\x89PNG\r\n\x1a\npfgen-e2e"


# --------------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class RawRequest:
    """One HTTP request with wire names; ``path`` is percent-encoded and relative to the server's base URL."""

    method: str                                          # upper-case
    path: str
    query: dict[str, str | list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    content_type: str = ""                               # media type of the body ("" = no body)
    json_body: Any = None                                # meaningful when ``content_type`` is a JSON type
    form: dict[str, str | list[str]] | None = None       # urlencoded fields, or the text parts of multipart
    files: dict[str, tuple[str, bytes, str]] | None = None  # multipart file parts: (filename, bytes, media type)
    content: bytes | None = None                         # any other body, sent as is

    @property
    def has_body(self) -> bool:
        return bool(self.content_type)

    def httpx_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client.request`` / ``AsyncClient.request``."""
        kw: dict[str, Any] = {"method": self.method, "url": self.path}
        if self.query:
            kw["params"] = self.query
        headers = dict(self.headers)
        if self.cookies:
            # A Cookie header, not httpx's cookie jar: the jar is per client and deprecated per request.
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.content_type and _is_json(self.content_type):
            kw["content"] = json.dumps(self.json_body).encode()
            headers["Content-Type"] = self.content_type
        elif self.content_type == "multipart/form-data":
            # httpx builds the multipart body (and its boundary) only when ``files`` is given; an empty tuple
            # of files would fall back to urlencoded, so text-only multipart sends its fields as file-less parts.
            files: list[tuple[str, Any]] = []
            for name, (filename, data, media) in (self.files or {}).items():
                files.append((name, (filename, data, media)))
            for name, value in (self.form or {}).items():
                for item in value if isinstance(value, list) else [value]:
                    files.append((name, (None, item)))
            kw["files"] = files
        elif self.content_type == "application/x-www-form-urlencoded":
            kw["data"] = self.form or {}
        elif self.content_type:
            kw["content"] = self.content or b""
            headers["Content-Type"] = self.content_type
        if headers:
            kw["headers"] = headers
        return kw


@dataclass(frozen=True)
class CallArgs:
    operation: Operation
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    raw: RawRequest
    expected_status: int | None          # the lowest documented 2xx status; None when only 2XX/default

    @property
    def label(self) -> str:
        return f"{self.operation.method.upper()} {self.operation.path}"


# --------------------------------------------------------------------------------------------------------------------
# Entry points


def load_api(path: str) -> ApiSpec:
    """The IR of a spec file, built leniently the way the tests build it."""
    from generator.builder import build
    from generator.pipeline import SpecOptions, load_spec

    return build(load_spec(path, SpecOptions(lenient=True)).resolved).api


def all_call_args(api: ApiSpec, *, include_optional: bool = False) -> list[CallArgs]:
    return [call_args(api, op, include_optional=include_optional) for op in api.operations]


def call_args(api: ApiSpec, op: Operation, *, include_optional: bool = False) -> CallArgs:
    s = _Sampler(api)
    params = {p.wire_name: p for p in op.parameters if p.location == "path"}
    args: list[Any] = []
    path_values: dict[str, Any] = {}
    for wire in _template_names(op.path):
        p = params.get(wire)
        if p is None:
            continue  # a template variable without a parameter; left in the path so the mismatch is visible
        value = s.param_value(p)
        args.append(value)
        path_values[wire] = value
    for p in params.values():
        if p.wire_name not in path_values:  # declared but not in the template: the client still takes it
            path_values[p.wire_name] = s.param_value(p)
            args.append(path_values[p.wire_name])

    kwargs: dict[str, Any] = {}
    query: dict[str, str | list[str]] = {}
    headers: dict[str, str] = {}
    cookies: dict[str, str] = {}
    for p in op.parameters:
        if p.location == "path" or not (p.required or include_optional):
            continue
        if p.location == "header" and p.wire_name.lower() in _IGNORED_HEADERS:
            continue
        value = s.param_value(p)
        kwargs[p.name] = value
        if p.location == "query":
            for k, v in _query_pairs(p, value):
                _add(query, k, v)
        elif p.location == "header":
            headers[p.wire_name] = _simple(p, value, encode=False)
        else:
            cookies[p.wire_name] = _cookie(value)

    content_type = ""
    json_body: Any = None
    form: dict[str, str | list[str]] | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    content: bytes | None = None
    media = _pick_media(op.body.contents) if op.body else None
    if op.body is not None and media is not None:
        obj = s.object_schema(media.type)
        flat = obj is not None and _flattenable(media.media_type)
        if flat and obj is not None:
            wire_value = s.body_object(obj, media, include_optional)
            by_wire = {f.wire_name: f for f in obj.fields}
            for key, value in wire_value.items():
                f = by_wire.get(key)
                if f is not None:
                    kwargs[f.name] = value
            # Only what the client can be given goes on the wire, so both views stay equal.
            wire_value = {k: v for k, v in wire_value.items() if k in by_wire}
            send = bool(wire_value) or op.body.required
        else:
            wire_value = s.body_value(media)
            kwargs[op.body.name] = wire_value
            send = True
        if send:
            content_type = _bare(media.media_type)
            if _is_json(content_type):
                json_body = _jsonable(wire_value)
            elif content_type == "application/x-www-form-urlencoded":
                form = _form_fields(wire_value)
            elif content_type == "multipart/form-data":
                form, files = _multipart(wire_value, media)
            elif isinstance(wire_value, bytes):
                content = wire_value
            elif isinstance(wire_value, str):
                content = wire_value.encode()
            else:
                content = json.dumps(_jsonable(wire_value)).encode()

    path = op.path
    for wire, value in path_values.items():
        path = path.replace("{" + wire + "}", _path_segment(params[wire], value))
    raw = RawRequest(
        method=op.method.upper(),
        path=path,
        query=query,
        headers=headers,
        cookies=cookies,
        content_type=content_type,
        json_body=json_body,
        form=form,
        files=files,
        content=content,
    )
    return CallArgs(op, tuple(args), kwargs, raw, _expected_status(op))


def invoke(client: Any, ca: CallArgs) -> Any:
    """Call ``client.<resource>.<name>(*args, **kwargs)`` for ``ca``; an async client returns the awaitable."""
    op = ca.operation
    target = getattr(client, op.resource) if op.resource else client
    return getattr(target, op.name)(*ca.args, **ca.kwargs)


def sample_value(api: ApiSpec, t: TypeRef) -> Any:
    """A value of type ``t`` (examples preferred) that ``conforms`` accepts."""
    return _Sampler(api).value(t)


def conforms(api: ApiSpec, value: Any, t: TypeRef) -> bool:
    """Does ``value`` validate against ``t`` as a request value (read-only properties neither required nor sent)?"""
    return _Checker(api).ok(value, t, 0)


def credentials(api: ApiSpec, op: Operation, token: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(headers, query, cookies) that satisfy the operation's first requirement this helper can meet."""
    schemes = {s.key: s for s in api.security_schemes}
    for req in op.security:
        parts: tuple[dict[str, str], dict[str, str], dict[str, str]] = ({}, {}, {})
        if all(_credential(schemes.get(key), token, parts) for key, _ in req.schemes):
            return parts
    return {}, {}, {}


def _credential(
    scheme: SecurityScheme | None, token: str, parts: tuple[dict[str, str], dict[str, str], dict[str, str]]
) -> bool:
    if scheme is None:
        return False
    headers, query, cookies = parts
    if scheme.type == "http" and scheme.scheme.lower() == "basic":
        headers["Authorization"] = "Basic " + base64.b64encode(f"{token}:".encode()).decode()
    elif scheme.type in ("http", "oauth2", "openIdConnect"):
        headers["Authorization"] = f"Bearer {token}"
    elif scheme.type == "apiKey" and scheme.param_name:
        {"header": headers, "query": query, "cookie": cookies}.get(scheme.location, headers)[scheme.param_name] = token
    else:
        return False
    return True


# --------------------------------------------------------------------------------------------------------------------
# Choosing and serialising


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{([^{}]+)\}", path)


def _expected_status(op: Operation) -> int | None:
    codes = sorted(int(r.status) for r in op.responses if r.status.isdigit() and r.status.startswith("2"))
    return codes[0] if codes else None


def _bare(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _is_json(media_type: str) -> bool:
    m = _bare(media_type)
    return m == "application/json" or m.endswith("+json") or (m.startswith("application/") and m.endswith("json"))


def _flattenable(media_type: str) -> bool:
    m = _bare(media_type)
    return _is_json(m) or m in ("application/x-www-form-urlencoded", "multipart/form-data")


def _pick_media(contents: Iterable[MediaType]) -> MediaType | None:
    def rank(m: MediaType) -> tuple[int, str]:
        b = _bare(m.media_type)
        order = 0 if b == "application/json" else 1 if _is_json(b) else 2 if "form-urlencoded" in b else \
            3 if b == "multipart/form-data" else 4
        return order, b

    items = sorted(contents, key=rank)
    return items[0] if items else None


def _add(target: dict[str, str | list[str]], key: str, value: str) -> None:
    old = target.get(key)
    if old is None:
        target[key] = value
    elif isinstance(old, list):
        old.append(value)
    else:
        target[key] = [old, value]


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _query_pairs(p: Parameter, value: Any) -> list[tuple[str, str]]:
    name = p.wire_name
    if p.content_type:
        return [(name, json.dumps(_jsonable(value)) if _is_json(p.content_type) else _scalar_text(value))]
    style = p.style or "form"
    if isinstance(value, list):
        items = [_scalar_text(v) for v in value]
        if style == "form" and p.explode:
            return [(name, v) for v in items]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, sep.join(items))]
    if isinstance(value, dict):
        if style == "deepObject":
            return [(f"{name}[{k}]", _scalar_text(v)) for k, v in value.items()]
        if p.explode:
            return [(k, _scalar_text(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{_scalar_text(v)}" for k, v in value.items()))]
    return [(name, _scalar_text(value))]


def _simple(p: Parameter, value: Any, *, encode: bool) -> str:
    """RFC 6570 simple expansion (path and header style ``simple``), items percent-encoded when ``encode``."""
    if p.content_type:
        text = json.dumps(_jsonable(value)) if _is_json(p.content_type) else _scalar_text(value)
        return _enc(text, p) if encode else text

    def e(v: Any) -> str:
        t = _scalar_text(v)
        return _enc(t, p) if encode else t

    if isinstance(value, list):
        return ",".join(e(v) for v in value)
    if isinstance(value, dict):
        if p.explode:
            return ",".join(f"{e(k)}={e(v)}" for k, v in value.items())
        return ",".join(f"{e(k)},{e(v)}" for k, v in value.items())
    return e(value)


def _enc(text: str, p: Parameter) -> str:
    return quote(text, safe=":/?#[]@!$&'()*+,;=" if p.allow_reserved else "")


def _path_segment(p: Parameter, value: Any) -> str:
    style = p.style or "simple"
    if style == "label":
        if isinstance(value, (list, dict)) and p.explode:
            return "." + _simple(p, value, encode=True).replace(",", ".")
        return "." + _simple(p, value, encode=True)
    if style == "matrix":
        name = _enc(p.wire_name, p)
        if isinstance(value, list) and p.explode:
            return "".join(f";{name}={_enc(_scalar_text(v), p)}" for v in value)
        if isinstance(value, dict) and p.explode:
            return "".join(f";{_enc(k, p)}={_enc(_scalar_text(v), p)}" for k, v in value.items())
        return f";{name}={_simple(p, value, encode=True)}"
    return _simple(p, value, encode=True)


def _cookie(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_scalar_text(v) for v in value)
    if isinstance(value, dict):
        return ",".join(f"{k},{_scalar_text(v)}" for k, v in value.items())
    return _scalar_text(value)


def _form_fields(value: Any) -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    if not isinstance(value, dict):
        return out
    for key, v in value.items():
        if isinstance(v, list):
            for item in v:  # form style, exploded: the OpenAPI default for urlencoded bodies
                _add(out, key, _scalar_text(item))
        else:
            _add(out, key, _scalar_text(v))
    return out


def _multipart(
    value: Any, media: MediaType
) -> tuple[dict[str, str | list[str]], dict[str, tuple[str, bytes, str]]]:
    text: dict[str, str | list[str]] = {}
    files: dict[str, tuple[str, bytes, str]] = {}
    if not isinstance(value, dict):
        return text, files
    enc = {e.property: e.content_type for e in media.encodings}
    for key, v in value.items():
        if isinstance(v, bytes):
            files[key] = (f"{key}.bin", v, enc.get(key) or "application/octet-stream")
        elif isinstance(v, list) and not any(isinstance(i, (dict, list)) for i in v):
            for item in v:
                _add(text, key, _scalar_text(item))
        else:
            _add(text, key, _scalar_text(v))
    return text, files


# --------------------------------------------------------------------------------------------------------------------
# Sampling


class _Sampler:
    def __init__(self, api: ApiSpec) -> None:
        self.schemas: dict[str, Schema] = {s.name: s for s in api.schemas}
        self.check = _Checker(api)
        self.stack: list[str] = []

    # -- helpers used by call_args --

    def deref(self, t: TypeRef) -> TypeRef | Schema:
        seen = 0
        while t.kind == "ref" and seen < _MAX_DEPTH:
            sch = self.schemas.get(t.name)
            if sch is None:
                return t
            if sch.kind == "alias" and sch.target is not None:
                t = sch.target
                seen += 1
                continue
            return sch
        return t

    def object_schema(self, t: TypeRef) -> Schema | None:
        r = self.deref(t)
        return r if isinstance(r, Schema) and r.kind == "object" else None

    def ok(self, value: Any, t: TypeRef) -> bool:
        return self.check.ok(value, t, 0)

    def param_value(self, p: Parameter) -> Any:
        for ex in p.examples:
            ex = self.check.strip(ex, p.type)
            if self.ok(ex, p.type) and ex is not None:
                return ex
        if p.has_default and p.default is not None and self.ok(p.default, p.type):
            return p.default
        return self.value(p.type)

    def body_value(self, media: MediaType) -> Any:
        for ex in media.examples:
            ex = self.check.strip(ex, media.type)
            if self.ok(ex, media.type):
                return ex
        return self.value(media.type)

    def body_object(self, obj: Schema, media: MediaType, include_optional: bool) -> dict[str, Any]:
        """The wire dict of a flattened body.

        A spec example that validates is used whole (its writable, declared properties), even the optional ones:
        examples also satisfy rules the IR does not model (``anyOf`` of ``required`` lists, ``dependentRequired``),
        which a required-only subset could break. Otherwise the required fields are synthesised. With
        ``include_optional`` every other writable field is added too.
        """
        t = TypeRef("ref", name=obj.name)
        writable = [f for f in obj.fields if not f.read_only]
        out: dict[str, Any] = {}
        for ex in (*media.examples, *obj.examples):
            ex = self.check.strip(ex, t)
            if isinstance(ex, dict) and self.ok(ex, t):
                out = {f.wire_name: ex[f.wire_name] for f in writable if f.wire_name in ex}
                if self.ok(out, t):
                    break
        else:
            out = self.obj(obj, {}, optional=False)
        if include_optional:
            self.stack.append(obj.name)
            try:
                for f in writable:
                    if f.wire_name not in out:
                        out[f.wire_name] = self.field_value(f.type, f.examples, f.has_default, f.default)
            finally:
                self.stack.pop()
        return out

    # -- values --

    def field_value(self, t: TypeRef, examples: tuple[Any, ...], has_default: bool, default: Any) -> Any:
        for ex in examples:
            ex = self.check.strip(ex, t)
            if self.ok(ex, t) and not (ex is None and not _only_null(t)):
                return ex
        if has_default and default is not None and self.ok(default, t):
            return default
        return self.value(t)

    def value(self, t: TypeRef, index: int = 0) -> Any:
        k = t.kind
        if len(self.stack) > _MAX_DEPTH:
            return None if t.nullable else {}
        if k == "primitive":
            return self.primitive(t, index)
        if k == "literal":
            lits: list[Any] = [v for v in t.literals if v is not None] or [None]
            return lits[index % len(lits)]
        if k == "null":
            return None
        if k == "any":
            return "example" if index == 0 else f"example{index + 1}"
        if k == "array":
            return self.array(t)
        if k == "tuple":
            return [self.value(a) for a in t.args]
        if k == "map":
            c = t.constraints
            n = c.min_properties or 0
            return {f"key{i + 1}": self.value(t.args[0] if t.args else TypeRef("any"), i) for i in range(n)}
        if k == "union":
            # An inline union does not say oneOf or anyOf; a value matching exactly one variant suits both.
            return self.union(list(t.args), None, "oneOf", index)
        if k == "ref":
            sch = self.schemas.get(t.name)
            if sch is None:
                return "example"
            return self.schema(sch, t, index)
        return "example"

    def array(self, t: TypeRef) -> list[Any]:
        c = t.constraints
        item = t.args[0] if t.args else TypeRef("any")
        n = max(c.min_items or 0, 1)
        if c.max_items is not None:
            n = min(n, c.max_items)
        if n > 1 and not c.unique_items:
            first = self.value(item)
            return [first] * n
        return [self.value(item, i) for i in range(n)]

    def schema(self, sch: Schema, t: TypeRef, index: int, forced: Mapping[str, Any] | None = None) -> Any:
        if sch.name in self.stack:
            # A required cycle: break it the gentlest way the type allows.
            if t.nullable or sch.nullable:
                return None
            if sch.kind == "object":
                return dict(forced or {})
        for ex in sch.examples:
            ex = self.check.strip(ex, t)
            if index == 0 and ex is not None and self.ok(ex, t) and not forced:
                return ex
        self.stack.append(sch.name)
        try:
            if sch.kind == "enum":
                vals: list[Any] = [m.value for m in sch.enum_members if m.value is not None] or [None]
                return vals[index % len(vals)]
            if sch.kind == "alias":
                return self.value(sch.target or TypeRef("any"), index)
            if sch.kind == "union":
                return self.union(list(sch.variants), sch, sch.union_kind or "anyOf", index)
            return self.obj(sch, forced or {}, optional=False)
        finally:
            self.stack.pop()

    def obj(self, sch: Schema, forced: Mapping[str, Any], *, optional: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        pushed = not self.stack or self.stack[-1] != sch.name
        if pushed:
            self.stack.append(sch.name)
        try:
            for f in sch.fields:
                if f.read_only:
                    continue
                if f.wire_name in forced:
                    out[f.wire_name] = forced[f.wire_name]
                elif f.required or optional:
                    out[f.wire_name] = self.field_value(f.type, f.examples, f.has_default, f.default)
            for key, v in forced.items():
                out.setdefault(key, v)
            want = sch.min_properties or 0
            for f in sch.fields:
                if len(out) >= want:
                    break
                if not f.read_only and f.wire_name not in out:
                    out[f.wire_name] = self.field_value(f.type, f.examples, f.has_default, f.default)
            i = 0
            while len(out) < want and sch.additional_allowed:
                i += 1
                out[f"extra{i}"] = self.value(sch.additional or TypeRef("any"), i)
        finally:
            if pushed:
                self.stack.pop()
        return out

    def union(self, variants: list[TypeRef], sch: Schema | None, kind: str, index: int) -> Any:
        disc = sch.discriminator if sch is not None else None
        tags = {name: tag for tag, name in disc.mapping} if disc else {}
        candidates = sorted(variants, key=lambda v: v.kind == "null")  # null last: never pick it first
        fallback: Any = None
        found = False
        for full in (False, True):
            for v in candidates:
                forced = {disc.property: tags[v.name]} if disc is not None and v.name in tags else {}
                target = self.schemas.get(v.name) if v.kind == "ref" else None
                if full:
                    # oneOf variants that differ only in optional properties (a "type" with a default, say) are
                    # told apart only when those properties are present.
                    obj = self.object_schema(v)
                    if obj is None or obj.name in self.stack:
                        continue
                    self.stack.append(obj.name)
                    try:
                        value = self.obj(obj, forced, optional=True)
                    finally:
                        self.stack.pop()
                elif forced and target is not None:
                    value = self.schema(target, v, 0, forced=forced)
                else:
                    value = self.value(v, index)
                if not found:
                    fallback, found = value, True
                if kind != "oneOf" or disc is not None:
                    return value
                if sum(1 for other in variants if self.ok(value, other)) == 1:
                    return value
        return fallback

    def primitive(self, t: TypeRef, index: int) -> Any:
        name, c, fmt = t.name, t.constraints, t.format.lower()
        if name == "bool":
            return index % 2 == 0
        if name in ("int", "float", "decimal"):
            return _number(c, integer=name == "int", index=index)
        if name == "binary":
            return _BINARY_SAMPLE
        fixed = {
            "date": "2024-01-15",
            "datetime": "2024-01-15T10:30:00Z",
            "time": "10:30:00Z",
            "duration": "P1D",
            "uuid": "123e4567-e89b-12d3-a456-42661417400" + str(index % 10),
            "uri": "https://example.com/resource" if index == 0 else f"https://example.com/resource{index}",
            "email": "user@example.com" if index == 0 else f"user{index}@example.com",
            "bytes": base64.b64encode(b"pfgen" + bytes([index % 256])).decode(),
        }.get(name) or _STRING_FORMAT_SAMPLES.get(fmt)
        if fixed is not None:
            return fixed
        return _string(c, index)


_STRING_FORMAT_SAMPLES = {
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri-reference": "/example",
    "iri": "https://example.com/resource",
    "iri-reference": "/example",
    "uri-template": "https://example.com/{id}",
    "json-pointer": "/example",
    "relative-json-pointer": "0/example",
    "regex": "^example$",
    "idn-email": "user@example.com",
    "password": "example-password",
    "date-time": "2024-01-15T10:30:00Z",
}


def _only_null(t: TypeRef) -> bool:
    return t.kind == "null"


def _number(c: Constraints, *, integer: bool, index: int) -> int | float:
    lo: float | None = c.minimum
    hi: float | None = c.maximum
    step = 1 if integer else 0.5
    if c.exclusive_minimum is not None:
        lo = c.exclusive_minimum + step if lo is None else max(lo, c.exclusive_minimum + step)
    if c.exclusive_maximum is not None:
        hi = c.exclusive_maximum - step if hi is None else min(hi, c.exclusive_maximum - step)
    if lo is not None:
        value: float = lo + index
    elif hi is not None and hi < 1:
        value = hi - index
    else:
        value = (1 if integer else 1.5) + index
    if lo is not None and hi is not None and value > hi:
        value = (lo + hi) / 2 if not integer else lo
    if c.multiple_of:
        m = c.multiple_of
        up = math.ceil(value / m) * m
        value = up if hi is None or up <= hi else math.floor(value / m) * m
    if integer:
        return math.ceil(value) if lo is not None else round(value)
    return float(value)


def _string(c: Constraints, index: int) -> str:
    base = "example" if index == 0 else f"example{index + 1}"
    lo, hi = c.min_length or 0, c.max_length
    if c.pattern:
        found = _pattern_sample(c.pattern, lo, hi, index)
        if found is not None:
            return found
    text = base
    if len(text) < lo:
        text = text + "x" * (lo - len(text))
    if hi is not None and len(text) > hi:
        text = text[:hi] if index == 0 or hi < 2 else (text[: hi - 1] + str(index % 10))
    return text


# -- a tiny, deterministic regex sampler: enough for the simple patterns real specs carry --------------------------


class _Unsupported(Exception):
    pass


def _pattern_sample(pattern: str, lo: int, hi: int | None, index: int) -> str | None:
    try:
        compiled = re.compile(pattern)
        parsed = _sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    for extra in (0, 1, 2, 4, 8, max(lo, 1), 32):
        try:
            text = _emit(list(parsed), extra, index)
        except (_Unsupported, RecursionError):
            return None
        if len(text) < lo and compiled.fullmatch(text) is None:
            # Unanchored patterns match inside longer strings: pad after the match if that keeps it matching.
            padded = text + "x" * (lo - len(text))
            if compiled.search(padded):
                text = padded
        if compiled.search(text) and len(text) >= lo and (hi is None or len(text) <= hi):
            return text
    return None


def _emit(items: list[Any], extra: int, index: int) -> str:
    out: list[str] = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            out.append(chr(av))
        elif op is _sre_c.NOT_LITERAL:
            out.append("a" if av != ord("a") else "b")
        elif op is _sre_c.ANY:
            out.append("a")
        elif op is _sre_c.IN:
            out.append(_in_char(av, index))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) or str(op) == "POSSESSIVE_REPEAT":
            low, high, sub = av
            n = low if extra == 0 else low + extra
            if isinstance(high, int) and high != _sre_c.MAXREPEAT:
                n = min(n, high)
            out.append("".join(_emit(list(sub), extra, index) for _ in range(n)))
        elif op is _sre_c.SUBPATTERN:
            out.append(_emit(list(av[-1]), extra, index))
        elif str(op) == "ATOMIC_GROUP":
            out.append(_emit(list(av), extra, index))
        elif op is _sre_c.BRANCH:
            out.append(_emit(list(av[1][0]), extra, index))
        elif op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            continue
        else:
            raise _Unsupported(str(op))
    return "".join(out)


_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _in_char(items: list[Any], index: int) -> str:
    negate = any(op is _sre_c.NEGATE for op, _ in items)
    if not negate:
        for op, av in items:
            if op is _sre_c.LITERAL:
                return chr(av)
            if op is _sre_c.RANGE:
                lo, hi = av
                return chr(min(lo + index % 26, hi))
            if op is _sre_c.CATEGORY:
                return _CATEGORY_CHARS.get(str(av), "a")
        raise _Unsupported("empty class")
    for cand in "axA0_-. ":
        if not _in_class(items, ord(cand)):
            return cand
    raise _Unsupported("negated class")


def _in_class(items: list[Any], code: int) -> bool:
    ch = chr(code)
    for op, av in items:
        if op is _sre_c.LITERAL and av == code:
            return True
        if op is _sre_c.RANGE and av[0] <= code <= av[1]:
            return True
        if op is _sre_c.CATEGORY:
            name = str(av)
            tests = {
                "CATEGORY_DIGIT": ch.isdigit(),
                "CATEGORY_NOT_DIGIT": not ch.isdigit(),
                "CATEGORY_WORD": ch.isalnum() or ch == "_",
                "CATEGORY_NOT_WORD": not (ch.isalnum() or ch == "_"),
                "CATEGORY_SPACE": ch.isspace(),
                "CATEGORY_NOT_SPACE": not ch.isspace(),
            }
            if tests.get(name, False):
                return True
    return False


# --------------------------------------------------------------------------------------------------------------------
# Checking


_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_DATETIME = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")
_IPV4 = re.compile(r"^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$")
_FORMAT_CHECKS: dict[str, re.Pattern[str]] = {
    "date": _DATE,
    "date-time": _DATETIME,
    "time": _TIME,
    "uuid": _UUID,
    "email": _EMAIL,
    "uri": _URI,
    "url": _URI,
    "duration": _DURATION,
    "byte": _BASE64,
    "ipv4": _IPV4,
}


class _Checker:
    def __init__(self, api: ApiSpec) -> None:
        self.schemas: dict[str, Schema] = {s.name: s for s in api.schemas}

    def strip(self, value: Any, t: TypeRef, depth: int = 0) -> Any:
        """``value`` without the read-only properties a request must not send (examples often carry ids)."""
        if depth > _MAX_DEPTH or not isinstance(value, (dict, list)):
            return value
        if t.kind == "array" and isinstance(value, list) and t.args:
            return [self.strip(v, t.args[0], depth + 1) for v in value]
        if t.kind == "map" and isinstance(value, dict) and t.args:
            return {k: self.strip(v, t.args[0], depth + 1) for k, v in value.items()}
        if t.kind != "ref" or t.name not in self.schemas:
            return value
        sch = self.schemas[t.name]
        if sch.kind == "alias" and sch.target is not None:
            return self.strip(value, sch.target, depth + 1)
        if sch.kind == "object" and isinstance(value, dict):
            by_wire = {f.wire_name: f for f in sch.fields}
            out: dict[str, Any] = {}
            for k, v in value.items():
                f = by_wire.get(k)
                if f is None:
                    out[k] = v
                elif not f.read_only:
                    out[k] = self.strip(v, f.type, depth + 1)
            return out
        return value

    def ok(self, value: Any, t: TypeRef, depth: int) -> bool:
        if depth > _MAX_DEPTH:
            return True
        if value is None and t.nullable:
            return True
        k = t.kind
        if k == "any":
            return True
        if k == "null":
            return value is None
        if k == "literal":
            return any(_same(value, lit) for lit in t.literals)
        if k == "primitive":
            return self.primitive(value, t)
        if k in ("array", "tuple"):
            if not isinstance(value, list) or not _items_ok(value, t.constraints):
                return False
            if k == "array":
                item = t.args[0] if t.args else TypeRef("any")
                return all(self.ok(v, item, depth + 1) for v in value)
            for i, v in enumerate(value):
                if i < len(t.args):
                    if not self.ok(v, t.args[i], depth + 1):
                        return False
                elif t.rest is None or not self.ok(v, t.rest, depth + 1):
                    return False
            return True
        if k == "map":
            if not isinstance(value, dict):
                return False
            c = t.constraints
            if c.min_properties is not None and len(value) < c.min_properties:
                return False
            if c.max_properties is not None and len(value) > c.max_properties:
                return False
            item = t.args[0] if t.args else TypeRef("any")
            return all(isinstance(key, str) and self.ok(v, item, depth + 1) for key, v in value.items())
        if k == "union":
            return any(self.ok(value, a, depth + 1) for a in t.args)
        if k == "ref":
            sch = self.schemas.get(t.name)
            return True if sch is None else self.schema(value, sch, depth + 1)
        return True

    def schema(self, value: Any, sch: Schema, depth: int) -> bool:
        if value is None and sch.nullable:
            return True
        if sch.kind == "enum":
            return any(_same(value, m.value) for m in sch.enum_members)
        if sch.kind == "alias":
            return self.ok(value, sch.target or TypeRef("any"), depth)
        if sch.kind == "union":
            d = sch.discriminator
            if d is not None and isinstance(value, dict):
                tag = value.get(d.property)
                name = dict(d.mapping).get(tag) if isinstance(tag, str) else None
                if name is None:
                    return False
                return self.ok(value, TypeRef("ref", name=name), depth)
            hits = sum(1 for v in sch.variants if self.ok(value, v, depth))
            return hits == 1 if sch.union_kind == "oneOf" else hits >= 1
        if not isinstance(value, dict):
            return False
        by_wire = {f.wire_name: f for f in sch.fields}
        for f in sch.fields:
            if f.required and not f.read_only and f.wire_name not in value:
                return False
        for key, v in value.items():
            known = by_wire.get(key)
            if known is not None:
                if known.read_only or not self.ok(v, known.type, depth):
                    return False
                continue
            pat = next((pt for p, pt in sch.pattern_properties if _search(p, key)), None)
            if pat is not None:
                if not self.ok(v, pat, depth):
                    return False
            elif not sch.additional_allowed or sch.additional is not None and not self.ok(v, sch.additional, depth):
                return False
        if sch.min_properties is not None and len(value) < sch.min_properties:
            return False
        return sch.max_properties is None or len(value) <= sch.max_properties

    def primitive(self, value: Any, t: TypeRef) -> bool:
        name, c = t.name, t.constraints
        if name == "bool":
            return isinstance(value, bool)
        if name == "int":
            return isinstance(value, int) and not isinstance(value, bool) and _number_ok(value, c)
        if name == "float":
            return isinstance(value, (int, float)) and not isinstance(value, bool) and _number_ok(value, c)
        if name == "decimal":
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return _number_ok(value, c)
            return isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value) is not None
        if name == "binary":
            return isinstance(value, (bytes, str))
        if not isinstance(value, str):
            return False
        fmt = {"datetime": "date-time", "bytes": "byte"}.get(name, name if name != "str" else t.format.lower())
        check = _FORMAT_CHECKS.get(fmt)
        if check is not None and not check.match(value):
            return False
        if c.min_length is not None and len(value) < c.min_length:
            return False
        if c.max_length is not None and len(value) > c.max_length:
            return False
        return c.pattern is None or _search(c.pattern, value)


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True  # an ECMA-only pattern Python cannot compile: don't reject on a dialect difference


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b or (
        isinstance(a, (int, float)) and isinstance(b, (int, float))
        and not isinstance(a, bool) and not isinstance(b, bool) and a == b
    )


def _number_ok(v: float, c: Constraints) -> bool:
    if c.minimum is not None and v < c.minimum:
        return False
    if c.maximum is not None and v > c.maximum:
        return False
    if c.exclusive_minimum is not None and v <= c.exclusive_minimum:
        return False
    if c.exclusive_maximum is not None and v >= c.exclusive_maximum:
        return False
    if c.multiple_of:
        q = v / c.multiple_of
        if abs(q - round(q)) > 1e-9:
            return False
    return True


def _items_ok(value: list[Any], c: Constraints) -> bool:
    if c.min_items is not None and len(value) < c.min_items:
        return False
    if c.max_items is not None and len(value) > c.max_items:
        return False
    if c.unique_items:
        seen = [json.dumps(_jsonable(v), sort_keys=True) for v in value]
        if len(set(seen)) != len(seen):
            return False
    return True
