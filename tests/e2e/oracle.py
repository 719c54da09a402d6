"""A request oracle for generated clients that does not use pfgen's IR.

It reads the loaded document itself (``load_spec(...).resolved.data``: OpenAPI 3.0/3.1 shaped, Swagger 2.0 already
normalised to 3.0) and judges an ``httpx.Request`` the way a strict server would:

* the request must route to an operation: method plus path template (after one of the operation's effective
  servers' base paths; server variables and path parameters are regex segments);
* required path/query/header/cookie parameters are present, and every declared parameter that was sent validates
  against its schema once the wire string is coerced by the schema's type (integer, number, boolean, arrays split
  by the style's delimiter, objects for ``deepObject``/``form``) or decoded from its ``content`` media type;
* a body's ``Content-Type`` is one the operation declares (parameters such as ``boundary`` ignored);
* a JSON body validates against the media type's schema with ``openapi_schema_validator`` (OAS 3.0 write
  semantics or OAS 3.1), ``$ref`` resolved against the whole document through a ``referencing`` registry;
* a form (x-www-form-urlencoded or multipart) body carries the schema's required properties, and its scalar
  fields validate after coercion;
* a required body must be sent, and no body may be sent to an operation that declares none.

``Oracle(doc).check(request)`` returns violation strings, each ``"<kind>: <detail>"`` (empty list = conforming).
``response_example(doc, op)`` gives the first example of an operation's success JSON response and whether it
validates against its schema (read semantics), for mock servers.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import jsonschema_specifications
import referencing.jsonschema
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, OAS31Validator
from referencing import Registry

__all__ = ["OpRef", "Oracle", "ResponseExample", "response_example"]

URN = "urn:pfgen-e2e:openapi-document"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# OpenAPI: header parameters with these names are ignored (the client and transport own them).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_MAX_DEREF = 64


@dataclass(frozen=True)
class OpRef:
    """One operation of the document: ``method`` lower-case, ``path`` the template as written."""

    method: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class ResponseExample:
    status: int                      # the status to answer with (200 for ``default`` / ``2XX``)
    media_type: str | None           # the JSON media type chosen, else the first declared, else None (no content)
    is_json: bool
    found: bool                      # an example was found
    example: Any = None
    valid: bool = False              # the example validates against the media type's schema (read semantics)
    error: str = ""                  # why it does not


@dataclass
class _Route:
    op: OpRef
    regex: re.Pattern[str]
    names: list[str]                 # path parameter name per regex group
    specificity: int                 # literal characters in the template: more specific routes win


@dataclass
class _Param:
    name: str
    location: str
    required: bool
    pointer: str                     # JSON pointer of the parameter object (after $ref)
    node: dict[str, Any]
    style: str
    explode: bool


@dataclass
class _Operation:
    ref: OpRef
    pointer: str                     # pointer of the operation object
    node: dict[str, Any]
    params: list[_Param] = field(default_factory=list)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _bare(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _is_json(media_type: str) -> bool:
    m = _bare(media_type)
    sub = m.split("/", 1)[-1]
    return m == "application/json" or m.endswith("+json") or (m.startswith("application/") and "json" in sub)


def _short(value: Any, limit: int = 120) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class Oracle:
    """Checks requests against one document (``resolved.data`` of ``load_spec``)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        version = str(doc.get("openapi", "3.0.0"))
        self.v31 = version.startswith(("3.1", "3.2"))
        spec = referencing.jsonschema.DRAFT202012 if self.v31 else referencing.jsonschema.DRAFT4
        resource = spec.create_resource(doc)
        self.registry: Registry[Any] = jsonschema_specifications.REGISTRY.with_resource(URN, resource)
        self._write: dict[str, Any] = {}
        self._read: dict[str, Any] = {}
        self.operations: dict[OpRef, _Operation] = {}
        self.routes: list[_Route] = []
        self.notes: list[str] = []   # oracle limitations met (schemas it could not evaluate), not violations
        self._index()

    # ---------------------------------------------------------------------------------------------------------------
    # Document access

    def at(self, pointer: str) -> Any:
        node: Any = self.doc
        for raw in pointer.split("/")[1:] if pointer else []:
            token = unquote(raw).replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local ``$ref``s: (target node, its pointer)."""
        for _ in range(_MAX_DEREF):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
                return node, pointer
            pointer = node["$ref"][1:]
            node = self.at(pointer)
        return node, pointer

    def validator(self, pointer: str, *, read: bool = False) -> Any:
        cache = self._read if read else self._write
        v = cache.get(pointer)
        if v is None:
            cls = OAS31Validator if self.v31 else (OAS30ReadValidator if read else OAS30WriteValidator)
            v = cls({"$ref": f"{URN}#{pointer}"}, registry=self.registry)   # no format_checker: formats off
            cache[pointer] = v
        return v

    def errors(self, value: Any, pointer: str, *, read: bool = False) -> list[str] | None:
        """Validation messages (``[]`` = valid); None when the schema cannot be evaluated (noted)."""
        try:
            errs = list(self.validator(pointer, read=read).iter_errors(value))
        except Exception as exc:  # noqa: BLE001 - an uncompilable pattern, a dangling ref...: the oracle's limit
            self.notes.append(f"cannot evaluate {pointer}: {type(exc).__name__}: {_short(str(exc), 160)}")
            return None
        out = []
        for e in errs:
            best = e
            if e.context:  # oneOf/anyOf: the deepest sub-error says more
                best = max(e.context, key=lambda c: len(c.absolute_path))
            where = "/".join(str(p) for p in best.absolute_path)
            out.append(f"{where or '<root>'}: {_short(best.message, 200)}")
        return out

    # ---------------------------------------------------------------------------------------------------------------
    # Index

    def _servers(self, node: Mapping[str, Any]) -> list[str] | None:
        servers = node.get("servers")
        if not isinstance(servers, list) or not servers:
            return None
        out = []
        for s in servers:
            if isinstance(s, dict) and isinstance(s.get("url"), str):
                out.append(self._base_regex(s["url"]))
        return out or None

    @staticmethod
    def _base_regex(url: str) -> str:
        """The path part of a server URL as a regex (variables match one or more characters but not '/')."""
        marker = "__pfgenvar__"
        plain = re.sub(r"\{[^{}]+\}", marker, url)
        parts = urlsplit(plain) if "://" in plain else urlsplit("//host" + ("" if plain.startswith("/") else "/") + plain)
        path = parts.path.rstrip("/")
        return "".join(re.escape(p) if p != marker else "[^/]*" for p in re.split(f"({re.escape(marker)})", path))

    def _index(self) -> None:
        root_servers = self._servers(self.doc) or [""]
        paths = self.doc.get("paths") or {}
        for template, item in paths.items():
            item_ptr = "/paths/" + _escape(template)
            item, item_ptr = self.deref(item, item_ptr)
            if not isinstance(item, dict):
                continue
            path_servers = self._servers(item) or root_servers
            shared = item.get("parameters") or []
            for method in _METHODS:
                op_node = item.get(method)
                if not isinstance(op_node, dict):
                    continue
                ref = OpRef(method, template)
                op_ptr = f"{item_ptr}/{method}"
                op = _Operation(ref, op_ptr, op_node)
                merged: dict[tuple[str, str], _Param] = {}
                for base_ptr, plist in ((item_ptr + "/parameters", shared), (op_ptr + "/parameters", op_node.get("parameters") or [])):
                    for i, p in enumerate(plist):
                        node, ptr = self.deref(p, f"{base_ptr}/{i}")
                        if not isinstance(node, dict) or "name" not in node or "in" not in node:
                            continue
                        loc = node["in"]
                        style = node.get("style") or {"query": "form", "cookie": "form"}.get(loc, "simple")
                        explode = node.get("explode", style == "form")
                        merged[(loc, node["name"])] = _Param(
                            node["name"], loc, bool(node.get("required")) or loc == "path", ptr, node, style, bool(explode)
                        )
                op.params = list(merged.values())
                self.operations[ref] = op
                servers = self._servers(op_node) or path_servers
                regex, names = self._template_regex(template)
                for base in dict.fromkeys(servers):
                    self.routes.append(
                        _Route(ref, re.compile(base + regex), names, len(re.sub(r"\{[^{}]+\}", "", template)))
                    )
        self.routes.sort(key=lambda r: -r.specificity)

    @staticmethod
    def _template_regex(template: str) -> tuple[str, list[str]]:
        names: list[str] = []
        out = []
        for piece in re.split(r"(\{[^{}]+\})", template.split("?", 1)[0]):
            if piece.startswith("{") and piece.endswith("}"):
                names.append(piece[1:-1])
                out.append("([^/]+)")
            else:
                out.append(re.escape(piece))
        return "".join(out), names

    # ---------------------------------------------------------------------------------------------------------------
    # Routing

    def route(self, method: str, raw_path: str) -> list[tuple[OpRef, dict[str, str]]]:
        """Every operation the request could be (most specific first), with raw path parameter values."""
        hits: list[tuple[OpRef, dict[str, str]]] = []
        for r in self.routes:
            if r.op.method != method.lower():
                continue
            m = r.regex.fullmatch(raw_path)
            if m and all(ref != r.op for ref, _ in hits):
                hits.append((r.op, dict(zip(r.names, m.groups()))))
        return hits

    def find(self, method: str, path: str) -> OpRef | None:
        ref = OpRef(method.lower(), path)
        return ref if ref in self.operations else None

    # ---------------------------------------------------------------------------------------------------------------
    # Checking

    def check(self, request: httpx.Request, expected: OpRef | None = None) -> list[str]:
        raw = request.url.raw_path.decode("ascii", "replace")
        raw_path, _, raw_query = raw.partition("?")
        hits = self.route(request.method, raw_path)
        violations: list[str] = []
        path_values: dict[str, str] | None = None
        if expected is not None:
            mine = [values for ref, values in hits if ref == expected]
            if mine:
                path_values = mine[0]
            elif hits:
                violations.append(
                    f"wrong-operation: {request.method} {raw_path} routes to {hits[0][0].label}, not {expected.label}"
                )
            else:
                violations.append(f"no-route: {request.method} {raw_path} matches no path of {expected.label}")
            op = self.operations[expected]
        else:
            if not hits:
                return [f"no-route: {request.method} {raw_path} matches no operation"]
            ref, path_values = hits[0]
            op = self.operations[ref]

        query = parse_qsl(raw_query, keep_blank_values=True)
        cookies = _parse_cookies(request.headers.get_list("cookie"))
        for p in op.params:
            violations += self._check_param(p, path_values, query, request.headers, cookies)
        violations += self._check_body(op, request)
        violations += self._check_security(op, request, query, cookies)
        return violations

    # -- security --

    def _check_security(
        self, op: _Operation, request: httpx.Request, query: list[tuple[str, str]], cookies: dict[str, str]
    ) -> list[str]:
        """One of the requirement alternatives (operation ``security``, else the document's) must be met."""
        requirement = op.node.get("security", self.doc.get("security"))
        if not isinstance(requirement, list) or not requirement:
            return []
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        auth = str(request.headers.get("authorization", ""))
        names = {k for k, _ in query}

        def met(key: str) -> bool:
            if key not in schemes:
                return True  # an undeclared scheme (an invalid document): nothing to check it against
            scheme, _ = self.deref(schemes[key], "")
            if not isinstance(scheme, dict):
                return True
            kind = scheme.get("type")
            if kind == "apiKey":
                where, name = scheme.get("in"), scheme.get("name", "")
                return (
                    name in request.headers if where == "header"
                    else name in names if where == "query"
                    else name in cookies
                )
            if kind == "http":
                return auth.lower().startswith(str(scheme.get("scheme", "")).lower() + " ")
            if kind in ("oauth2", "openIdConnect"):
                return auth.lower().startswith("bearer ")
            return True  # mutualTLS and unknown types: not visible in the request

        for alternative in requirement:
            if isinstance(alternative, dict) and all(met(k) for k in alternative):
                return []
        wanted = " or ".join("+".join(a) or "(none)" for a in requirement if isinstance(a, dict))
        return [f"missing-auth: no credentials for {wanted}"]

    # -- parameters --

    def _check_param(
        self,
        p: _Param,
        path_values: dict[str, str] | None,
        query: list[tuple[str, str]],
        headers: httpx.Headers,
        cookies: dict[str, str],
    ) -> list[str]:
        where = f"{p.location} parameter {p.name!r}"
        if p.location == "header" and p.name.lower() in _IGNORED_HEADERS:
            return []
        present, value = self._extract(p, path_values, query, headers, cookies)
        if present is None:
            return []  # path values unknown (routing already reported)
        if not present:
            return [f"missing-parameter: required {where} not sent"] if p.required else []
        if "content" in p.node and isinstance(p.node["content"], dict) and p.node["content"]:
            mt = next(iter(p.node["content"]))
            schema_ptr = f"{p.pointer}/content/{_escape(mt)}/schema"
            if "schema" not in p.node["content"][mt]:
                return []
            text = value if isinstance(value, str) else ",".join(value)
            if _is_json(mt):
                try:
                    candidates = [json.loads(text)]
                except ValueError:
                    return [f"invalid-parameter: {where}: {_short(text)!r} is not JSON ({mt})"]
            else:
                candidates = [text]
        elif "schema" in p.node:
            schema_ptr = f"{p.pointer}/schema"
            candidates = self._candidates(value, schema_ptr, p)
        else:
            return []
        first: list[str] | None = None
        for c in candidates:
            errs = self.errors(c, schema_ptr)
            if errs is None or not errs:
                return []
            first = first if first is not None else errs
        shown = value if isinstance(value, str) else list(value)
        return [f"invalid-parameter: {where}={_short(shown)!r}: {(first or ['?'])[0]}"]

    def _extract(
        self,
        p: _Param,
        path_values: dict[str, str] | None,
        query: list[tuple[str, str]],
        headers: httpx.Headers,
        cookies: dict[str, str],
    ) -> tuple[bool | None, Any]:
        """(present, wire value): a str, a list of str (repeated query keys) or a dict (deepObject / exploded form)."""
        if p.location == "path":
            if path_values is None:
                return None, None
            if p.name not in path_values:
                return False, None
            return True, unquote(path_values[p.name])
        if p.location == "header":
            if p.name not in headers:
                return False, None
            return True, ", ".join(headers.get_list(p.name))
        if p.location == "cookie":
            if p.name not in cookies:
                return False, None
            return True, cookies[p.name]
        # query
        schema = self._schema(p)
        kinds = self._types(schema)
        if p.style == "deepObject":
            prefix = p.name + "["
            obj: dict[str, Any] = {}
            for k, v in query:
                if k.startswith(prefix) and k.endswith("]"):
                    obj[k[len(prefix) : -1]] = v
            return (bool(obj), obj)
        values = [v for k, v in query if k == p.name]
        if not values and "object" in kinds and p.style == "form" and p.explode:
            props = (schema or {}).get("properties") or {}
            obj = {k: v for k, v in query if k in props}
            return (bool(obj), obj)
        if not values:
            return False, None
        return True, values if len(values) > 1 else values[0]

    def _schema(self, p: _Param) -> dict[str, Any] | None:
        node = p.node.get("schema")
        if node is None:
            return None
        s, _ = self.deref(node, f"{p.pointer}/schema")
        return s if isinstance(s, dict) else None

    def _types(self, schema: Any, depth: int = 0) -> list[str]:
        """The JSON types a schema admits, in a useful coercion order (guessing through allOf/oneOf/anyOf/enum)."""
        if depth > 8 or not isinstance(schema, dict):
            return []
        schema, _ = self.deref(schema, "")
        if not isinstance(schema, dict):
            return []
        t = schema.get("type")
        if isinstance(t, str):
            return [t]
        if isinstance(t, list):
            return [x for x in t if isinstance(x, str)]
        out: list[str] = []
        values = list(schema.get("enum") or []) + ([schema["const"]] if "const" in schema else [])
        for v in values:
            name = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}.get(type(v))
            if name and name not in out:
                out.append(name)
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(key) or []:
                for x in self._types(sub, depth + 1):
                    if x not in out:
                        out.append(x)
        if not out and "properties" in schema:
            out.append("object")
        if not out and "items" in schema:
            out.append("array")
        return out

    def _sub(self, schema: Any, key: str) -> Any:
        if not isinstance(schema, dict):
            return None
        schema, _ = self.deref(schema, "")
        if not isinstance(schema, dict):
            return None
        if key in schema:
            return self.deref(schema[key], "")[0]
        for comb in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(comb) or []:
                found = self._sub(sub, key)
                if found is not None:
                    return found
        return None

    def _candidates(self, value: Any, schema_ptr: str, p: _Param) -> list[Any]:
        schema, _ = self.deref(self.at(schema_ptr), schema_ptr)
        kinds = self._types(schema) or ["string"]
        out: list[Any] = []
        for kind in kinds:
            if kind == "array":
                items = self._sub(schema, "items")
                out.append([_coerce_any(v, self._types(items)) for v in self._split(value, p)])
            elif kind == "object":
                out.append(self._object(value, schema, p))
            elif isinstance(value, str):
                c = _coerce(value, kind)
                if c is not _NO:
                    out.append(c)
            else:  # several occurrences of a scalar parameter
                out.append(list(value))
        if isinstance(value, str) and value not in out:
            out.append(value)
        return out

    def _split(self, value: Any, p: _Param) -> list[str]:
        if isinstance(value, list):
            return value
        if isinstance(value, dict):
            return [str(v) for v in value.values()]
        text = value
        if p.location == "path" and p.style == "label":
            text = text.removeprefix(".")
            return text.split("." if p.explode else ",") if text else []
        if p.location == "path" and p.style == "matrix":
            pieces = [x for x in text.split(";") if x]
            vals = [x.split("=", 1)[1] if "=" in x else "" for x in pieces]
            return vals if p.explode else (vals[0].split(",") if vals and vals[0] else [])
        delim = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(p.style, ",")
        if p.location == "query" and p.style == "form" and p.explode:
            return [text]
        return text.split(delim) if text else []

    def _object(self, value: Any, schema: Any, p: _Param) -> Any:
        props = (schema or {}).get("properties") or {}
        if isinstance(value, dict):
            raw = dict(value)
        else:
            text = value if isinstance(value, str) else ",".join(value)
            if p.location == "path" and p.style == "label":
                text = text.lstrip(".")
            if p.location == "path" and p.style == "matrix":
                text = ",".join(x.split("=", 1)[1] if "=" in x else x for x in text.split(";") if x)
            if p.explode and "=" in text:
                raw = dict(x.split("=", 1) for x in re.split(r"[,.;]", text) if "=" in x)
            else:
                items = text.split(",")
                raw = dict(zip(items[::2], items[1::2]))
        return {k: _coerce_any(v, self._types(props.get(k))) for k, v in raw.items()}

    # -- body --

    def _check_body(self, op: _Operation, request: httpx.Request) -> list[str]:
        content = request.content
        sent = len(content) > 0
        ctype = request.headers.get("content-type", "")
        rb_node = op.node.get("requestBody")
        if rb_node is None:
            return [f"unexpected-body: {ctype or 'no content type'} body sent to an operation without requestBody"] if sent else []
        rb, rb_ptr = self.deref(rb_node, op.pointer + "/requestBody")
        if not isinstance(rb, dict):
            return []
        if not sent:
            return ["missing-body: required requestBody not sent"] if rb.get("required") else []
        declared = rb.get("content") or {}
        bare = _bare(ctype)
        key = next((k for k in declared if _bare(k) == bare), None)
        if key is None:
            for k in declared:
                kb = _bare(k)
                if kb == "*/*" or (kb.endswith("/*") and bare.startswith(kb[:-1])):
                    key = k
                    break
        if key is None:
            return [f"content-type: sent {ctype or '(none)'!r}, declared {sorted(declared)}"]
        media = declared[key] if isinstance(declared[key], dict) else {}
        if "schema" not in media:
            return []
        schema_ptr = f"{rb_ptr}/content/{_escape(key)}/schema"
        if _is_json(bare):
            try:
                body = json.loads(content)
            except ValueError as exc:
                return [f"invalid-json-body: not JSON ({exc}): {_short(content.decode('utf-8', 'replace'))}"]
            errs = self.errors(body, schema_ptr)
            return [f"invalid-json-body: {e}" for e in errs or []]
        if bare == "application/x-www-form-urlencoded":
            fields = parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)
            return self._check_form(fields, schema_ptr, "form")
        if bare == "multipart/form-data":
            try:
                parts = _multipart_fields(content, ctype)
            except Exception as exc:  # noqa: BLE001
                return [f"invalid-multipart-body: cannot parse ({type(exc).__name__}: {exc})"]
            return self._check_form(parts, schema_ptr, "multipart")
        return []

    def _check_form(self, pairs: Sequence[tuple[str, str | None]], schema_ptr: str, kind: str) -> list[str]:
        schema, ptr = self.deref(self.at(schema_ptr), schema_ptr)
        if not isinstance(schema, dict):
            return []
        required, props = self._object_shape(schema, ptr)
        sent: dict[str, list[str | None]] = {}
        for k, v in pairs:
            sent.setdefault(k, []).append(v)
        out = [f"missing-form-field: required {kind} field {name!r} not sent" for name in required if name not in sent]
        for name, values in sent.items():
            prop = props.get(name)
            if prop is None:
                continue
            node, pptr = self.deref(self.at(prop), prop)
            if _read_only(node):
                out.append(f"invalid-form-field: read-only {kind} field {name!r} sent")
                continue
            kinds = self._types(node)
            if not kinds or "object" in kinds or any(v is None for v in values):
                continue  # files and structured fields: encodings vary, not judged here
            if "array" in kinds:
                items = self._sub(node, "items")
                cands = [[_coerce_any(v or "", self._types(items)) for v in values]]
            elif len(values) == 1:
                cands = [c for c in (_coerce(values[0] or "", k) for k in kinds) if c is not _NO] + [values[0]]
            else:
                out.append(f"invalid-form-field: {kind} field {name!r} sent {len(values)} times")
                continue
            first = None
            for c in cands:
                errs = self.errors(c, pptr)
                if errs is None or not errs:
                    break
                first = first or errs
            else:
                out.append(f"invalid-form-field: {kind} field {name}={_short(values if len(values) > 1 else values[0])!r}: {(first or ['?'])[0]}")
        return out

    def _object_shape(self, schema: dict[str, Any], ptr: str, depth: int = 0) -> tuple[list[str], dict[str, str]]:
        """(required names, property name -> pointer of its schema), through allOf."""
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        props = {k: f"{ptr}/properties/{_escape(k)}" for k in (schema.get("properties") or {})}
        if depth < 8:
            for i, sub in enumerate(schema.get("allOf") or []):
                node, sptr = self.deref(sub, f"{ptr}/allOf/{i}")
                if isinstance(node, dict):
                    r, pr = self._object_shape(node, sptr, depth + 1)
                    required += [x for x in r if x not in required]
                    for k, v in pr.items():
                        props.setdefault(k, v)
        # read-only properties are not required in requests
        required = [r for r in required if not (r in props and _read_only(self.deref(self.at(props[r]), props[r])[0]))]
        return required, props


# ------------------------------------------------------------------------------------------------------------------
# Response examples


def response_example(doc: Mapping[str, Any] | Oracle, op: OpRef | tuple[str, str]) -> ResponseExample | None:
    """The first example of ``op``'s success response (lowest 2xx, else 2XX, else default), or None when the
    operation declares no such response. Looks at the JSON media type's ``example``, then the first of its
    ``examples``, then its schema's ``example`` (or first of 3.1 ``examples``); ``valid`` says whether it validates."""
    oracle = doc if isinstance(doc, Oracle) else Oracle(doc)
    ref = op if isinstance(op, OpRef) else OpRef(op[0].lower(), op[1])
    o = oracle.operations[ref]
    responses = o.node.get("responses") or {}
    codes = sorted(str(k) for k in responses if str(k).isdigit() and str(k).startswith("2"))
    if codes:
        code, status = codes[0], int(codes[0])
    elif "2XX" in responses or "2xx" in responses:
        code, status = ("2XX" if "2XX" in responses else "2xx"), 200
    elif "default" in responses:
        code, status = "default", 200
    else:
        return None
    resp, rptr = oracle.deref(responses[code], f"{o.pointer}/responses/{_escape(code)}")
    content = resp.get("content") if isinstance(resp, dict) else None
    if not content:
        return ResponseExample(status, None, False, False)
    key = next((k for k in content if _is_json(k)), None)
    if key is None:
        return ResponseExample(status, next(iter(content)), False, False)
    media = content[key] if isinstance(content[key], dict) else {}
    mptr = f"{rptr}/content/{_escape(key)}"
    found, example = False, None
    if "example" in media:
        found, example = True, media["example"]
    elif isinstance(media.get("examples"), dict) and media["examples"]:
        name = next(iter(media["examples"]))
        ex, _ = oracle.deref(media["examples"][name], f"{mptr}/examples/{_escape(name)}")
        if isinstance(ex, dict) and "value" in ex:
            found, example = True, ex["value"]
    if not found and "schema" in media:
        schema, _ = oracle.deref(media["schema"], mptr + "/schema")
        if isinstance(schema, dict) and "example" in schema:
            found, example = True, schema["example"]
        elif isinstance(schema, dict) and isinstance(schema.get("examples"), list) and schema["examples"]:
            found, example = True, schema["examples"][0]
    if not found:
        return ResponseExample(status, key, True, False)
    if "schema" not in media:
        return ResponseExample(status, key, True, True, example, True)
    errs = oracle.errors(example, mptr + "/schema", read=True)
    if errs is None:
        return ResponseExample(status, key, True, True, example, False, "schema cannot be evaluated")
    return ResponseExample(status, key, True, True, example, not errs, errs[0] if errs else "")


# ------------------------------------------------------------------------------------------------------------------
# Helpers

_NO = object()


def _coerce(text: str, kind: str) -> Any:
    if kind == "integer":
        return int(text) if re.fullmatch(r"-?\d+", text) else _NO
    if kind == "number":
        try:
            f = float(text)
        except ValueError:
            return _NO
        return int(text) if re.fullmatch(r"-?\d+", text) else f
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, _NO)
    if kind == "null":
        return None if text in ("", "null") else _NO
    if kind == "string":
        return text
    return _NO


def _coerce_any(text: str, kinds: Iterable[str]) -> Any:
    for kind in kinds:
        c = _coerce(text, kind)
        if c is not _NO and kind != "string":
            return c
    return text


def _read_only(node: Any) -> bool:
    return isinstance(node, dict) and node.get("readOnly") is True


def _parse_cookies(headers: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for h in headers:
        for piece in h.split(";"):
            if "=" in piece:
                k, v = piece.split("=", 1)
                out[k.strip()] = unquote(v.strip())
    return out


def _multipart_fields(content: bytes, ctype: str) -> list[tuple[str, str | None]]:
    """(name, text) per part; files (parts with a filename) come back as (name, None)."""
    boundary = re.search(r'boundary="?([^";]+)"?', ctype)
    if boundary and content.strip() == b"--" + boundary.group(1).encode() + b"--":
        return []  # no parts at all (every field optional and none given)
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + content
    )
    if not msg.is_multipart():
        raise ValueError("not a multipart body")
    out: list[tuple[str, str | None]] = []
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        if part.get_filename() is not None:
            out.append((name, None))
        else:
            payload = part.get_payload(decode=True)
            out.append((name, payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)))
    return out
