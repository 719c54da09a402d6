"""The stub's data catalog: the IR's types, responses, security and webhooks as plain JSON.

The stub's static runtime generates example values and error bodies from this catalog at run time, so the
generated Python stays thin. The catalog speaks a small JSON-Schema-like dialect built from the IR (never from the
raw spec): ``{"$ref": "<Schema.name>"}`` for references, ``"nullable": true`` beside a type, and ``examples`` /
``default`` where the spec gave them. Everything is JSON data; nothing in it is ever evaluated.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.ir.model import (
    ApiSpec,
    Constraints,
    Field,
    MediaType,
    Operation,
    Response,
    Schema,
    TypeRef,
)

__all__ = [
    "IGNORED_HEADERS",
    "catalog_json",
    "is_json_media",
    "is_scalar",
    "is_text_media",
    "success_response",
    "type_schema",
]

_PRIMITIVES: dict[str, tuple[str, str]] = {
    # IR primitive -> (JSON type, format)
    "str": ("string", ""),
    "int": ("integer", ""),
    "float": ("number", ""),
    "bool": ("boolean", ""),
    "bytes": ("string", "byte"),
    "binary": ("string", "binary"),
    "date": ("string", "date"),
    "datetime": ("string", "date-time"),
    "time": ("string", "time"),
    "duration": ("string", "duration"),
    "uuid": ("string", "uuid"),
    "decimal": ("number", ""),
    "uri": ("string", "uri"),
    "email": ("string", "email"),
}

_CONSTRAINT_KEYS = (
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("exclusive_minimum", "exclusiveMinimum"),
    ("exclusive_maximum", "exclusiveMaximum"),
    ("multiple_of", "multipleOf"),
    ("min_length", "minLength"),
    ("max_length", "maxLength"),
    ("pattern", "pattern"),
    ("min_items", "minItems"),
    ("max_items", "maxItems"),
    ("min_properties", "minProperties"),
    ("max_properties", "maxProperties"),
)


# Header parameters OpenAPI says to ignore (the transport and the security schemes own them).
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_SEPARATORS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def is_scalar(t: TypeRef, schemas: Mapping[str, Schema], depth: int = 0) -> bool:
    """A type a single text value (path, query, header, cookie) can carry."""
    if depth > 8:
        return False
    if t.kind == "primitive":
        return t.name != "binary"
    if t.kind == "literal":
        return bool(t.literals)
    if t.kind == "union":
        return bool(t.args) and all(is_scalar(a, schemas, depth + 1) or a.kind == "null" for a in t.args)
    if t.kind == "ref":
        s = schemas.get(t.name)
        if s is None:
            return False
        if s.kind == "enum":
            return True
        if s.kind == "alias" and s.target is not None:
            return is_scalar(s.target, schemas, depth + 1)
    return False


def is_json_media(media_type: str) -> bool:
    mt = media_type.split(";", 1)[0].strip().lower()
    return mt in ("application/json", "*/*") or mt.endswith(("+json", "/json"))


def is_text_media(media_type: str) -> bool:
    mt = media_type.split(";", 1)[0].strip().lower()
    return mt.startswith("text/") or mt.endswith("+xml") or mt in (
        "application/xml",
        "application/x-yaml",
        "application/yaml",
        "application/javascript",
        "application/x-www-form-urlencoded",
    )


def _constraints(c: Constraints, out: dict[str, Any]) -> None:
    if c.is_empty():
        return
    for attr, key in _CONSTRAINT_KEYS:
        value = getattr(c, attr)
        if value is not None:
            out[key] = value
    if c.unique_items:
        out["uniqueItems"] = True


def type_schema(t: TypeRef) -> dict[str, Any]:
    """The catalog dialect for one use of a type."""
    out: dict[str, Any]
    kind = t.kind
    if kind == "primitive":
        json_type, fmt = _PRIMITIVES.get(t.name, ("string", ""))
        out = {"type": json_type}
        fmt = t.format or fmt
        if fmt:
            out["format"] = fmt
    elif kind == "array":
        out = {"type": "array", "items": type_schema(t.args[0]) if t.args else {}}
    elif kind == "tuple":
        out = {"type": "array", "prefixItems": [type_schema(a) for a in t.args]}
        if t.rest is not None:
            out["items"] = type_schema(t.rest)
    elif kind == "map":
        out = {"type": "object", "additionalProperties": type_schema(t.args[0]) if t.args else {}}
    elif kind == "ref":
        out = {"$ref": t.name}
    elif kind == "union":
        out = {"anyOf": [type_schema(a) for a in t.args]}
    elif kind == "literal":
        values = list(t.literals)
        out = {"const": values[0]} if len(values) == 1 else {"enum": values}
    elif kind == "null":
        out = {"type": "null"}
    else:
        out = {}
    _constraints(t.constraints, out)
    if t.nullable and kind not in ("null", "any"):
        out["nullable"] = True
    return out


def _field_schema(f: Field) -> dict[str, Any]:
    out = type_schema(f.type)
    if f.examples:
        out["examples"] = list(f.examples)
    if f.has_default:
        out["default"] = f.default
    if f.write_only:
        out["writeOnly"] = True
    return out


def _schema(s: Schema) -> dict[str, Any]:
    out: dict[str, Any]
    if s.kind == "object":
        out = {
            "type": "object",
            "properties": {f.wire_name: _field_schema(f) for f in s.fields},
            "required": [f.wire_name for f in s.fields if f.required],
        }
        if s.additional is not None and s.additional.kind != "any":
            out["additionalProperties"] = type_schema(s.additional)
        if not s.additional_allowed:
            out["additionalProperties"] = False
        if s.min_properties is not None:
            out["minProperties"] = s.min_properties
    elif s.kind == "enum":
        out = {"enum": [m.value for m in s.enum_members]}
    elif s.kind == "union":
        out = {"oneOf": [type_schema(v) for v in s.variants]}
        if s.discriminator is not None:
            out["discriminator"] = {
                "propertyName": s.discriminator.property,
                "mapping": {value: name for value, name in s.discriminator.mapping},
            }
    else:
        out = type_schema(s.target) if s.target is not None else {}
    if s.nullable:
        out["nullable"] = True
    if s.examples:
        out["examples"] = list(s.examples)
    return out


def success_response(op: Operation) -> tuple[int, Response | None]:
    """The status the stub answers with, and the response it comes from (first 2xx, else ``default``)."""
    for r in op.responses:
        if r.status.startswith("2"):
            status = 200 if not r.status.isdigit() else int(r.status)
            return status, r
    for r in op.responses:
        if r.status == "default":
            return 200, r
    return 200, None


def response_media(response: Response | None) -> MediaType | None:
    """The media type the stub sends: the first JSON one, else the first one."""
    if response is None or not response.contents:
        return None
    for m in response.contents:
        if is_json_media(m.media_type):
            return m
    return response.contents[0]


def response_kind(status: int, media: MediaType | None) -> str:
    """``json`` | ``text`` | ``binary`` | ``empty``."""
    if status in (204, 205, 304) or media is None:
        return "empty"
    if is_json_media(media.media_type):
        return "json"
    if is_text_media(media.media_type):
        return "text"
    return "binary"


def _media_entry(media: MediaType | None) -> dict[str, Any]:
    if media is None:
        return {"media_type": "", "schema": None, "examples": []}
    return {
        "media_type": media.media_type.split(";", 1)[0].strip(),
        "schema": type_schema(media.type),
        "examples": list(media.examples),
    }


def _params(op: Operation, schemas: Mapping[str, Schema]) -> list[dict[str, Any]]:
    """Parameters the runtime validator checks: scalars and arrays of scalars (objects are not checked)."""
    out: list[dict[str, Any]] = []
    for p in op.parameters:
        if p.location == "header" and p.wire_name.lower() in IGNORED_HEADERS:
            continue
        if p.content_type:
            continue
        t = p.type
        is_array = t.kind == "array" and bool(t.args) and is_scalar(t.args[0], schemas)
        if not is_array and not is_scalar(t, schemas):
            continue
        entry: dict[str, Any] = {
            "name": p.wire_name,
            "in": p.location,
            "required": p.required or p.location == "path",
            "schema": type_schema(t),
        }
        if p.location == "path":
            entry["python"] = p.name
        if is_array:
            entry["array"] = True
            if p.location == "query" and p.explode and p.style in ("form", ""):
                entry["multi"] = True
            else:
                entry["separator"] = _SEPARATORS.get(p.style, ",")
        out.append(entry)
    return out


def _body(op: Operation) -> dict[str, Any] | None:
    if op.body is None or not op.body.contents:
        return None
    media = next((c for c in op.body.contents if is_json_media(c.media_type)), None)
    if media is not None and not (media.type.kind == "primitive" and media.type.name == "binary"):
        return {"required": op.body.required, "json": True, "schema": type_schema(media.type)}
    first = op.body.contents[0]
    mt = first.media_type.split(";", 1)[0].strip().lower()
    form = {"multipart/form-data": "multipart", "application/x-www-form-urlencoded": "urlencoded"}.get(mt, "")
    out: dict[str, Any] = {"required": op.body.required, "json": False}
    if form:
        out["form"] = form
        out["schema"] = type_schema(first.type)
    return out


def _operation(op: Operation, schemas: Mapping[str, Schema]) -> dict[str, Any]:
    status, response = success_response(op)
    media = response_media(response)
    entry: dict[str, Any] = {"status": status, "kind": response_kind(status, media)}
    entry.update(_media_entry(media))
    entry["headers"] = {h.name: type_schema(h.type) for h in (response.headers if response is not None else ())}
    errors: dict[str, Any] = {}
    for r in op.responses:
        if r.status.startswith("2") or r is response:
            continue
        err_media = response_media(r)
        if err_media is not None and is_json_media(err_media.media_type):
            errors[r.status] = _media_entry(err_media)
    entry["errors"] = errors
    if op.security and not any(not req.schemes for req in op.security):
        entry["security"] = [[key for key, _ in req.schemes] for req in op.security]
    else:
        entry["security"] = []
    entry["declared"] = [r.status for r in op.responses]
    entry["params"] = _params(op, schemas)
    body = _body(op)
    if body is not None:
        entry["body"] = body
    return entry


def catalog(api: ApiSpec, *, document_file: str, document_media_type: str) -> dict[str, Any]:
    by_name = {s.name: s for s in api.schemas}
    return {
        "title": api.title,
        "api_version": api.api_version,
        "document": {"file": document_file, "media_type": document_media_type},
        "schemas": {s.name: _schema(s) for s in api.schemas},
        "operations": {op.id: _operation(op, by_name) for op in api.operations},
        "security_schemes": {
            s.key: {"type": s.type, "scheme": s.scheme.lower(), "in": s.location, "name": s.param_name}
            for s in api.security_schemes
        },
        "webhooks": {
            w.key: {
                "event_type": w.event_type,
                "method": w.method,
                "schema": type_schema(w.body) if w.body is not None else None,
            }
            for w in api.webhooks
        },
    }


def catalog_json(api: ApiSpec, *, document_file: str, document_media_type: str) -> str:
    """The catalog as JSON text (deterministic: the IR is sorted, and dicts are built in its order)."""
    data = catalog(api, document_file=document_file, document_media_type=document_media_type)
    return json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"), default=_json_default) + "\n"


def _json_default(value: object) -> Any:
    # The IR keeps JSON values only; anything else (a YAML date, say) is passed on as its text.
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)
