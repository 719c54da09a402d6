"""Request validation against the spec's schemas (the catalog dialect), stricter than the generated models.

The generated models are lenient on purpose (open enums, no length or range checks, extra keys kept), which suits a
client but not a mock that should reject what the real API would reject. ``check(value, schema)`` implements the
JSON Schema keywords requests usually break: ``type``, ``enum``/``const``, ``required``, ``additionalProperties``,
string lengths and ``pattern``, common ``format``s, numeric bounds and ``multipleOf``, array sizes and uniqueness,
``oneOf``/``anyOf``. Errors use FastAPI's shape (``type``, ``loc``, ``msg``, ``input``).

``request_validator(operation_id)`` is the FastAPI dependency that checks parameters (raw text converted by the
declared type) and JSON bodies, raising ``RequestValidationError`` on the first problems found.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import ipaddress
import json
import math
import operator
import re
import uuid
from collections.abc import Callable, Coroutine, Mapping
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.exceptions import RequestValidationError

from . import _catalog

__all__ = ["check", "request_validator"]

Error = dict[str, Any]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
_TIME = re.compile(r"^\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?$")
_DURATION = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
_MAX_ERRORS = 20


def _format_ok(fmt: str, value: str) -> bool:
    try:
        if fmt == "date-time":
            text = value.replace("z", "Z")
            if "T" not in text.upper() or not re.search(r"(Z|[+-]\d{2}:\d{2})$", text):
                return False
            _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return True
        if fmt == "date":
            return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(
                _dt.date.fromisoformat(value)
            )
        if fmt == "time":
            return bool(_TIME.match(value))
        if fmt == "uuid":
            return bool(
                re.fullmatch(
                    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                    value,
                )
            ) and bool(uuid.UUID(value))
        if fmt in ("email", "idn-email"):
            return bool(_EMAIL.match(value))
        if fmt in ("uri", "url", "iri"):
            return bool(_URI.match(value)) and (fmt == "iri" or value.isascii())
        if fmt == "hostname":
            return bool(_HOSTNAME.match(value))
        if fmt == "ipv4":
            ipaddress.IPv4Address(value)
            return True
        if fmt == "ipv6":
            ipaddress.IPv6Address(value)
            return True
        if fmt == "byte":
            base64.b64decode(value, validate=True)
            return True
        if fmt == "duration":
            return bool(_DURATION.match(value))
    except (ValueError, binascii.Error):
        return False
    return True


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "null":
        return value is None
    return True


def _err(kind: str, loc: tuple[Any, ...], msg: str, value: Any) -> Error:
    return {"type": kind, "loc": list(loc), "msg": msg, "input": value}


def check(
    value: Any,
    schema: Mapping[str, Any] | None,
    schemas: Mapping[str, Any] | None = None,
    loc: tuple[Any, ...] = (),
) -> list[Error]:
    """Problems of ``value`` against ``schema`` (empty when it is valid)."""
    out: list[Error] = []
    _check(value, schema or {}, schemas if schemas is not None else _catalog.schemas(), loc, out, 0)
    return out


def _check(
    value: Any,
    schema: Mapping[str, Any],
    schemas: Mapping[str, Any],
    loc: tuple[Any, ...],
    out: list[Error],
    depth: int,
) -> None:
    if len(out) >= _MAX_ERRORS or depth > 64:
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if value is None and schema.get("nullable"):
            return
        _check(value, schemas.get(ref, {}), schemas, loc, out, depth + 1)
        return
    if value is None and schema.get("nullable"):
        return
    if "const" in schema and not _same(value, schema["const"]):
        out.append(_err("literal_error", loc, f"Input should be {schema['const']!r}", value))
        return
    enum = schema.get("enum")
    if isinstance(enum, list) and not any(_same(value, e) for e in enum):
        allowed = ", ".join(repr(e) for e in enum[:10])
        out.append(_err("enum", loc, f"Input should be one of {allowed}", value))
        return
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if (
            isinstance(variants, list)
            and variants
            and not any(
                not check(value, v, schemas, loc) for v in variants if isinstance(v, Mapping)
            )
        ):
            out.append(_err("union", loc, "Input does not match any allowed variant", value))
            return
    kind = schema.get("type")
    if isinstance(kind, str) and not _type_ok(kind, value):
        out.append(_err(f"{kind}_type", loc, f"Input should be of type {kind}", value))
        return
    if isinstance(value, str):
        _check_string(value, schema, loc, out)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, schema, loc, out)
    elif isinstance(value, list):
        _check_array(value, schema, schemas, loc, out, depth)
    elif isinstance(value, dict):
        _check_object(value, schema, schemas, loc, out, depth)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def _check_string(
    value: str, schema: Mapping[str, Any], loc: tuple[Any, ...], out: list[Error]
) -> None:
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        out.append(
            _err("string_too_short", loc, f"String should have at least {low} characters", value)
        )
    if isinstance(high, int) and len(value) > high:
        out.append(
            _err("string_too_long", loc, f"String should have at most {high} characters", value)
        )
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        compiled = _pattern(pattern)
        if compiled is not None and not compiled.search(value):
            out.append(
                _err(
                    "string_pattern_mismatch",
                    loc,
                    f"String should match pattern {pattern!r}",
                    value,
                )
            )
    fmt = schema.get("format")
    if isinstance(fmt, str) and not _format_ok(fmt, value):
        out.append(_err("format", loc, f"Input should be a valid {fmt}", value))


@cache
def _pattern(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None  # an ECMA-only construct: not checked


def _check_number(
    value: float, schema: Mapping[str, Any], loc: tuple[Any, ...], out: list[Error]
) -> None:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        out.append(_err("finite_number", loc, "Input should be a finite number", value))
        return
    rules: tuple[tuple[str, Callable[[float, float], bool], str, str], ...] = (
        ("minimum", operator.ge, "greater_than_equal", "greater than or equal to"),
        ("maximum", operator.le, "less_than_equal", "less than or equal to"),
        ("exclusiveMinimum", operator.gt, "greater_than", "greater than"),
        ("exclusiveMaximum", operator.lt, "less_than", "less than"),
    )
    for key, ok, kind, words in rules:
        bound = schema.get(key)
        if isinstance(bound, (int, float)) and not isinstance(bound, bool) and not ok(value, bound):
            out.append(_err(kind, loc, f"Input should be {words} {bound}", value))
    step = schema.get("multipleOf")
    if isinstance(step, (int, float)) and not isinstance(step, bool) and step > 0:
        ratio = value / step
        if abs(ratio - round(ratio)) > 1e-9:
            out.append(_err("multiple_of", loc, f"Input should be a multiple of {step}", value))


def _check_array(
    value: list[Any],
    schema: Mapping[str, Any],
    schemas: Mapping[str, Any],
    loc: tuple[Any, ...],
    out: list[Error],
    depth: int,
) -> None:
    low, high = schema.get("minItems"), schema.get("maxItems")
    if isinstance(low, int) and len(value) < low:
        out.append(_err("too_short", loc, f"List should have at least {low} items", value))
    if isinstance(high, int) and len(value) > high:
        out.append(_err("too_long", loc, f"List should have at most {high} items", value))
    if schema.get("uniqueItems"):
        seen = [json.dumps(v, sort_keys=True, default=str) for v in value]
        if len(set(seen)) != len(seen):
            out.append(_err("unique_items", loc, "List items should be unique", value))
    prefix = schema.get("prefixItems")
    items = schema.get("items")
    for i, item in enumerate(value):
        if isinstance(prefix, list) and i < len(prefix):
            sub = prefix[i]
        else:
            sub = items
        if isinstance(sub, Mapping):
            _check(item, sub, schemas, (*loc, i), out, depth + 1)


def _check_object(
    value: dict[str, Any],
    schema: Mapping[str, Any],
    schemas: Mapping[str, Any],
    loc: tuple[Any, ...],
    out: list[Error],
    depth: int,
) -> None:
    props = schema.get("properties") or {}
    for name in schema.get("required") or ():
        if name not in value:
            out.append(_err("missing", (*loc, name), "Field required", value))
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        sub = props.get(key)
        if isinstance(sub, Mapping):
            _check(item, sub, schemas, (*loc, key), out, depth + 1)
        elif extra is False:
            out.append(_err("extra_forbidden", (*loc, key), "Extra inputs are not permitted", item))
        elif isinstance(extra, Mapping):
            _check(item, extra, schemas, (*loc, key), out, depth + 1)
    low, high = schema.get("minProperties"), schema.get("maxProperties")
    if isinstance(low, int) and len(value) < low:
        out.append(_err("too_short", loc, f"Object should have at least {low} properties", value))
    if isinstance(high, int) and len(value) > high:
        out.append(_err("too_long", loc, f"Object should have at most {high} properties", value))


# -- requests -------------------------------------------------------------------------------------------------


def _scalar_kind(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> str:
    """The JSON type a parameter's text converts to ("" when it cannot be told)."""
    seen = 0
    while isinstance(schema.get("$ref"), str) and seen < 16:
        schema = schemas.get(schema["$ref"], {})
        seen += 1
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        first = next((e for e in enum if e is not None), None)
        if isinstance(first, bool):
            return "boolean"
        if isinstance(first, int):
            return "integer"
        if isinstance(first, float):
            return "number"
        return "string"
    if "const" in schema:
        return _scalar_kind({"enum": [schema["const"]]}, schemas)
    return ""


def _convert(text: str, kind: str) -> Any:
    """Parameter text as the declared JSON type; unconvertible text is returned as is (and fails the type)."""
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "number":
        try:
            number = float(text)
        except ValueError:
            return text
        return number if math.isfinite(number) else text
    if kind == "boolean":
        lowered = text.lower()
        return True if lowered == "true" else False if lowered == "false" else text
    if kind == "null":
        return None if text in ("", "null") else text
    return text


def request_header(request: Request, name: str) -> str | None:
    """Header ``name`` of ``request``; ``None`` also when no request can carry such a name (not Latin-1)."""
    try:
        return request.headers.get(name)
    except UnicodeEncodeError:
        return None


def _param_value(request: Request, param: Mapping[str, Any]) -> tuple[bool, Any]:
    name, where = str(param["name"]), param["in"]
    if where == "query":
        values = request.query_params.getlist(name)
        if not values:
            return False, None
        return True, values if param.get("multi") else values[-1]
    if where == "header":
        text = request_header(request, name)
    elif where == "cookie":
        text = request.cookies.get(name)
    else:
        text = request.path_params.get(str(param.get("python") or name))
    return text is not None, text


def _param_errors(
    request: Request, param: Mapping[str, Any], schemas: Mapping[str, Any]
) -> list[Error]:
    loc = (param["in"], param["name"])
    found, raw = _param_value(request, param)
    if not found:
        if param.get("required"):
            return [_err("missing", loc, "Field required", None)]
        return []
    schema: Mapping[str, Any] = param.get("schema") or {}
    if (
        raw == ""
        and not param.get("required")
        and param["in"] == "query"
        and param.get("allow_empty")
    ):
        return []
    if param.get("array"):
        items = schema.get("items") if isinstance(schema.get("items"), Mapping) else {}
        assert isinstance(items, Mapping)
        texts = raw if isinstance(raw, list) else str(raw).split(param.get("separator") or ",")
        kind = _scalar_kind(items, schemas)
        value: Any = [_convert(t, kind) for t in texts]
    else:
        value = _convert(str(raw), _scalar_kind(schema, schemas))
    return check(value, schema, schemas, loc)


async def _body_errors(
    request: Request, body: Mapping[str, Any], schemas: Mapping[str, Any]
) -> list[Error]:
    raw = await request.body()
    if not raw.strip():
        return [_err("missing", ("body",), "Field required", None)] if body.get("required") else []
    if not body.get("json"):
        return _form_errors(raw, request.headers.get("content-type", ""), body, schemas)
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type and not content_type.endswith(("/json", "+json")):
        return [
            _err(
                "content_type",
                ("body",),
                f"Unsupported content type {content_type!r}",
                content_type,
            )
        ]
    try:
        value = json.loads(raw)
    except ValueError:
        return [
            _err(
                "json_invalid", ("body",), "JSON decode error", raw.decode("utf-8", "replace")[:200]
            )
        ]
    return check(value, body.get("schema"), schemas, ("body",))


_FORM_NAME = re.compile(rb'content-disposition:[^\r\n]*?\bname="([^"]*)"', re.IGNORECASE)


def _form_errors(
    raw: bytes, content_type: str, body: Mapping[str, Any], schemas: Mapping[str, Any]
) -> list[Error]:
    """Forms: only that the required fields are present (their values are text or files, not JSON)."""
    form = body.get("form")
    if not form:
        return []
    if form == "multipart":
        names = {m.group(1).decode("utf-8", "replace") for m in _FORM_NAME.finditer(raw)}
    else:
        names = {k for k, _ in parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)}
    schema: Mapping[str, Any] = body.get("schema") or {}
    seen = 0
    while isinstance(schema.get("$ref"), str) and seen < 16:
        schema = schemas.get(schema["$ref"], {})
        seen += 1
    return [
        _err("missing", ("body", name), "Field required", None)
        for name in schema.get("required") or ()
        if name not in names
    ]


@cache
def request_validator(operation_id: str) -> Callable[[Request], Coroutine[Any, Any, None]]:
    """A FastAPI dependency validating the request of ``operation_id`` against the spec's schemas."""

    async def validate(request: Request) -> None:
        entry = _catalog.operation(operation_id)
        schemas = _catalog.schemas()
        errors: list[Error] = []
        for param in entry.get("params") or ():
            errors.extend(_param_errors(request, param, schemas))
        body = entry.get("body")
        if isinstance(body, Mapping):
            errors.extend(await _body_errors(request, body, schemas))
        if errors:
            raise RequestValidationError(errors[:_MAX_ERRORS])

    return validate
