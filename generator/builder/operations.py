"""Paths -> ``Operation``s: parameters, request bodies, responses, security, servers.

Parameter naming rule (the plan stage flattens JSON object bodies into keyword arguments): body fields keep their
names; a parameter whose snake_case name is already taken (by a body field, by ``body`` itself, or by another
parameter) gets ``_<location>`` appended (``id`` -> ``id_path``), then ``_2``, ``_3``. Parameters are named in the
order path, query, header, cookie, then by wire name, so the earlier location keeps the plain name.
"""

from __future__ import annotations

from typing import Any

from generator.builder.context import Context, escape
from generator.builder.schemas import SchemaConverter, examples_of
from generator.ir.model import (
    ANY,
    Encoding,
    Header,
    MediaType,
    Parameter,
    ParamLocation,
    RequestBody,
    Response,
    SecurityRequirement,
    Server,
    TypeRef,
)
from generator.ir.names import claim, parameter_name, to_pascal, to_snake
from generator.pointer import ref_tokens

_LOCATIONS: tuple[ParamLocation, ...] = ("path", "query", "header", "cookie")
_IDEMPOTENCY = {"idempotencykey", "xidempotencykey"}


def _text(node: dict[str, Any], key: str) -> str:
    v = node.get(key)
    return v if isinstance(v, str) else ""


def _component_name(pointer: str, suffixes: tuple[str, ...], add: str) -> str | None:
    """``#/components/responses/NotFound`` -> ``NotFoundResponse``; None for pointers outside components."""
    tokens = ref_tokens(pointer)
    if tokens is None or len(tokens) < 3 or tokens[0] != "components":
        return None
    key = tokens[2]
    base = to_pascal(key)
    return base if base.endswith(suffixes) else f"{base}{add}"


def status_sort_key(status: str) -> tuple[int, str]:
    return (1 if status == "default" else 0, status.upper())


class OperationBuilder:
    def __init__(self, ctx: Context, schemas: SchemaConverter) -> None:
        self.ctx = ctx
        self.schemas = schemas

    # ------------------------------------------------------------------------------------------------ parameters
    def merged_parameters(
        self, path_item: dict[str, Any], op: dict[str, Any], path_ptr: str, op_ptr: str
    ) -> list[tuple[dict[str, Any], str]]:
        """Path-level and operation parameters, dereferenced; the operation's win by (name, in)."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, params in ((path_ptr, path_item.get("parameters")), (op_ptr, op.get("parameters"))):
            if not isinstance(params, list):
                continue
            for i, raw in enumerate(params):
                node, ptr = self.ctx.deref(raw, f"{base}/parameters/{i}")
                if not isinstance(node, dict) or not isinstance(node.get("name"), str):
                    self.ctx.warn("parameter-invalid", "Parameter without a name; ignored.", ptr)
                    continue
                loc = node.get("in")
                if loc not in _LOCATIONS:
                    if loc != "body" and loc != "formData":
                        self.ctx.warn("parameter-invalid", f"Parameter location {loc!r} is not supported.", ptr)
                    continue
                merged[(node["name"], loc)] = (node, ptr)
        return list(merged.values())

    def parameter(self, node: dict[str, Any], ptr: str, op_class: str) -> Parameter:
        wire: str = node["name"]
        loc: ParamLocation = node["in"]
        name = _component_name(ptr, ("Param", "Parameter"), "") or f"{op_class}{to_pascal(wire)}"
        content_type = ""
        schema_node = node.get("schema")
        sptr = f"{ptr}/schema"
        content = node.get("content")
        if schema_node is None and isinstance(content, dict) and content:
            content_type = next(iter(content))
            media = content[content_type]
            schema_node = media.get("schema") if isinstance(media, dict) else None
            sptr = f"{ptr}/content/{escape(content_type)}/schema"
        t = self.schemas.at(sptr, schema_node, name) if schema_node is not None else TypeRef("primitive", "str")
        style = _text(node, "style") or ("form" if loc in ("query", "cookie") else "simple")
        explode = node["explode"] if isinstance(node.get("explode"), bool) else style == "form"
        sn = schema_node if isinstance(schema_node, dict) else {}
        examples = examples_of(node) or examples_of(sn)
        return Parameter(
            name="",
            wire_name=wire,
            location=loc,
            required=node.get("required") is True or loc == "path",
            type=t,
            pointer=ptr,
            style=style,
            explode=explode,
            allow_reserved=node.get("allowReserved") is True,
            description=_text(node, "description"),
            deprecated=node.get("deprecated") is True,
            has_default="default" in sn,
            default=sn.get("default"),
            examples=examples,
            content_type=content_type,
        )

    # ---------------------------------------------------------------------------------------------------- bodies
    def contents(self, content: Any, ptr: str, base_name: str) -> tuple[MediaType, ...]:
        if not isinstance(content, dict):
            return ()
        out = []
        first = True
        for mt, media in content.items():
            if not isinstance(media, dict):
                media = {}
            mptr = f"{ptr}/content/{escape(mt)}"
            schema_node = media.get("schema")
            if schema_node is None:
                t = _schemaless(mt)
            else:
                sub = mt.split(";")[0].split("/")[-1]
                name = base_name if first else f"{base_name}{to_pascal(sub)}"
                first = False
                t = self.schemas.at(f"{mptr}/schema", schema_node, name)
            encodings = []
            enc = media.get("encoding")
            if isinstance(enc, dict):
                for prop in sorted(enc):
                    e = enc[prop] if isinstance(enc[prop], dict) else {}
                    style = _text(e, "style")
                    explode = e["explode"] if isinstance(e.get("explode"), bool) else style in ("", "form")
                    encodings.append(Encoding(prop, _text(e, "contentType"), style, explode))
            out.append(MediaType(mt, t, examples_of(media), tuple(encodings)))
        return tuple(out)

    def request_body(self, raw: Any, ptr: str, op_class: str) -> RequestBody | None:
        if raw is None:
            return None
        node, bptr = self.ctx.deref(raw, ptr)
        if not isinstance(node, dict):
            return None
        name = _component_name(bptr, ("Request", "Body"), "Request") or f"{op_class}Request"
        return RequestBody(
            required=node.get("required") is True,
            contents=self.contents(node.get("content"), bptr, name),
            pointer=bptr,
            description=_text(node, "description"),
        )

    # ------------------------------------------------------------------------------------------------- responses
    def responses(self, raw: Any, ptr: str, op_class: str) -> tuple[Response, ...]:
        if not isinstance(raw, dict):
            return ()
        statuses = sorted((str(s) for s in raw), key=status_sort_key)
        nodes: dict[str, tuple[Any, str]] = {
            s: self.ctx.deref(raw[s] if s in raw else raw.get(int(s)) if s.isdigit() else None,
                              f"{ptr}/{escape(s)}")
            for s in statuses
        }
        # Inline 2xx schemas share ``<Op>Response`` unless several differ: then each gets its status.
        inline_2xx = [
            s for s in statuses
            if s.startswith("2") and not nodes[s][1].startswith("#/components/") and _has_schema(nodes[s][0])
        ]
        distinct = len({repr(_schemas_of(nodes[s][0])) for s in inline_2xx}) > 1
        out = []
        for s in statuses:
            node, rptr = nodes[s]
            if not isinstance(node, dict):
                continue
            suffix = "" if s.startswith("2") and not distinct else to_pascal(s) if s == "default" else s
            name = _component_name(rptr, ("Response",), "Response") or f"{op_class}Response{suffix}"
            headers = []
            hdrs = node.get("headers")
            if isinstance(hdrs, dict):
                for hname in hdrs:
                    if hname.lower() == "content-type":
                        continue
                    h, hptr = self.ctx.deref(hdrs[hname], f"{rptr}/headers/{escape(hname)}")
                    if not isinstance(h, dict):
                        continue
                    ht = (
                        self.schemas.at(f"{hptr}/schema", h["schema"], f"{name}{to_pascal(hname)}")
                        if "schema" in h else TypeRef("primitive", "str")
                    )
                    headers.append(Header(hname, ht, h.get("required") is True, _text(h, "description")))
            out.append(Response(
                status=s,
                description=_text(node, "description"),
                contents=self.contents(node.get("content"), rptr, name),
                pointer=rptr,
                headers=tuple(headers),
            ))
        return tuple(out)

    # ------------------------------------------------------------------------------------------ naming, security
    def name_parameters(self, params: list[Parameter], taken: set[str]) -> list[Parameter]:
        from dataclasses import replace

        used = set(taken)
        named: dict[int, str] = {}
        order = sorted(range(len(params)), key=lambda i: (_LOCATIONS.index(params[i].location), params[i].wire_name))
        for i in order:
            p = params[i]
            cand = parameter_name(p.wire_name)
            named[i] = claim(cand if cand not in used else f"{cand}_{p.location}", used, "_")
        return [replace(p, name=named[i]) for i, p in enumerate(params)]

    def security(
        self, raw: Any, ptr: str, known: set[str], fallback: tuple[SecurityRequirement, ...] | None = None
    ) -> tuple[SecurityRequirement, ...]:
        """The requirement list, alternatives ORed. A scheme the document never defines can never be
        satisfied: it is skipped with a warning (an alternative left with no scheme is dropped), never a dead
        end. When that leaves nothing of a non-empty list, ``fallback`` (the document's security) applies."""
        if not isinstance(raw, list):
            return ()
        out = []
        dropped = False
        for i, req in enumerate(raw):
            if not isinstance(req, dict):
                continue
            schemes = []
            for key in sorted(req):
                if key not in known:
                    self.ctx.warn("security-scheme-unknown",
                                  f"Security requirement names unknown scheme {key!r}; it is skipped.",
                                  f"{ptr}/{i}", "Declare it under components/securitySchemes.")
                    dropped = True
                    continue
                scopes = req[key] if isinstance(req[key], list) else []
                schemes.append((key, tuple(str(s) for s in scopes)))
            if schemes or not req:
                out.append(SecurityRequirement(tuple(schemes)))
        if dropped and not out and fallback is not None:
            return fallback
        return tuple(out)


def idempotency_header(params: list[Parameter]) -> str:
    for p in params:
        if p.location == "header" and to_snake(p.wire_name).replace("_", "") in _IDEMPOTENCY:
            return p.wire_name
    return ""


def servers(raw: Any) -> tuple[Server, ...]:
    if not isinstance(raw, list):
        return ()
    out = []
    for s in raw:
        if not isinstance(s, dict) or not isinstance(s.get("url"), str):
            continue
        variables = []
        vs = s.get("variables")
        if isinstance(vs, dict):
            for name, v in vs.items():
                if not isinstance(v, dict):
                    continue
                raw_enum = v.get("enum")
                enum: list[Any] = raw_enum if isinstance(raw_enum, list) else []
                variables.append((name, str(v.get("default", "")), tuple(str(e) for e in enum)))
        out.append(Server(s["url"], _text(s, "description"), tuple(variables)))
    return tuple(out)


def _schemaless(media_type: str) -> TypeRef:
    """The type of a body declared without a schema: JSON -> any, text -> str, anything else -> raw bytes."""
    mt = media_type.split(";")[0].strip().lower()
    if mt == "application/json" or mt.endswith("+json"):
        return ANY
    if mt.startswith("text/"):
        return TypeRef("primitive", "str")
    return TypeRef("primitive", "binary")


def _schemas_of(node: Any) -> list[Any]:
    if not isinstance(node, dict) or not isinstance(node.get("content"), dict):
        return []
    return [m.get("schema") for m in node["content"].values() if isinstance(m, dict)]


def _has_schema(node: Any) -> bool:
    return any(isinstance(s, dict) and "$ref" not in s for s in _schemas_of(node))
