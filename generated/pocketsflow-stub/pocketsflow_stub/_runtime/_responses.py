"""Default responses: the spec's examples (or generated values) validated into the generated models.

``example(operation_id, tp)`` is what every default service method returns: the first of the spec's examples for
the operation's success response that validates against ``tp`` (the generated model, via a cached pydantic
``TypeAdapter``), else a generated value (rich, then plain, then minimal) that does. ``ApiError`` is how a service
(or the stub itself) answers with an error status; its body follows the error response the spec declares for the
operation and status.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter, ValidationError

from . import _catalog
from ._examples import STYLES, generate
from ._validate import check

__all__ = [
    "ApiError",
    "adapter",
    "empty_response",
    "error_body",
    "error_entry",
    "error_json",
    "error_response",
    "example",
    "example_json",
    "header_values",
    "json_response",
    "operation_id_of",
    "raw_example",
    "raw_response",
    "set_headers",
    "wire",
]

_ADAPTERS: dict[tuple[str, str], TypeAdapter[Any]] = {}
_EXAMPLES: dict[str, Any] = {}
_MESSAGE_KEYS = (
    "message",
    "error",
    "detail",
    "title",
    "error_description",
    "errorMessage",
    "description",
)


class ApiError(Exception):
    """Raise from a service method to answer with an error status.

    ``body`` is sent as JSON when given; otherwise the body is the spec's error example (or a generated one) for
    this operation and status, with its message field set to ``message``.
    """

    def __init__(
        self,
        status_code: int,
        message: str = "",
        *,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message or f"HTTP {status_code}")
        self.status_code = status_code
        self.message = message or f"HTTP {status_code}"
        self.body = body
        self.headers = dict(headers or {})


def adapter(operation_id: str, tp: Any, role: str = "response") -> TypeAdapter[Any]:
    """A cached ``TypeAdapter`` for ``tp`` (types are keyed by operation and role: they are fixed per site)."""
    key = (operation_id, role)
    found = _ADAPTERS.get(key)
    if found is None:
        found = _ADAPTERS[key] = TypeAdapter(tp)
    return found


def _candidates(entry: dict[str, Any]) -> list[Any]:
    out = [copy.deepcopy(e) for e in entry.get("examples") or ()]
    schema = entry.get("schema")
    schemas = _catalog.schemas()
    out.extend(generate(schema, schemas, style) for style in STYLES)
    return out


def example_json(operation_id: str, tp: Any) -> Any:
    """The default success body of an operation, in wire (JSON) form."""
    if operation_id not in _EXAMPLES:
        entry = _catalog.operation(operation_id)
        candidates = _candidates(entry)
        chosen = candidates[0] if candidates else None
        schema = entry.get("schema")
        checker = adapter(operation_id, tp) if tp is not None else None
        fitting = [c for c in candidates if _fits(checker, c)]
        strict = [c for c in fitting if not check(c, schema)]
        if strict or fitting:
            chosen = (strict or fitting)[0]
        _EXAMPLES[operation_id] = chosen
    return copy.deepcopy(_EXAMPLES[operation_id])


def _fits(checker: TypeAdapter[Any] | None, value: Any) -> bool:
    if checker is None:
        return True
    try:
        checker.validate_python(value)
    except ValidationError:
        return False
    return True


def example(operation_id: str, tp: Any) -> Any:
    """The default success value of an operation, validated into ``tp`` (a generated model or type)."""
    value = example_json(operation_id, tp)
    try:
        return adapter(operation_id, tp).validate_python(value)
    except ValidationError:
        # Nothing we could produce fits the models (a spec whose examples and schema disagree): send it raw,
        # FastAPI's response validation reports the mismatch.
        return value


def wire(value: Any, tp: Any = None, operation_id: str = "") -> Any:
    """The JSON form of a model, list of models or plain value (aliases, only fields that were set)."""
    if tp is not None and operation_id:
        return adapter(operation_id, tp).dump_python(
            value, mode="json", by_alias=True, exclude_unset=True
        )
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (list, tuple)):
        return [wire(v) for v in value]
    if isinstance(value, dict):
        return {k: wire(v) for k, v in value.items()}
    return TypeAdapter(Any).dump_python(value, mode="json")


def raw_example(operation_id: str) -> Any:
    """The default body of a text or binary response: the spec's example, else a generated string."""
    entry = _catalog.operation(operation_id)
    schema = entry.get("schema")
    examples = [e for e in entry.get("examples") or [] if not check(e, schema)]
    value = examples[0] if examples else generate(schema, _catalog.schemas())
    if entry.get("kind") == "binary":
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        return value.encode("utf-8") if isinstance(value, str) else b""
    if isinstance(value, str):
        return value
    return json.dumps(value)


def header_values(operation_id: str) -> dict[str, str]:
    """Values for the response headers the spec declares on the success response."""
    entry = _catalog.operation(operation_id)
    out: dict[str, str] = {}
    for name, schema in (entry.get("headers") or {}).items():
        out[name] = _header_text(generate(schema, _catalog.schemas()))
    return out


def _header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_header_text(v) for v in value)
    if isinstance(value, dict):
        return ",".join(f"{k},{_header_text(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def _sendable(name: str, value: str) -> bool:
    """A header HTTP can carry: a Latin-1 name and value with no line break or NUL (no header injection)."""
    text = name + value
    return bool(name) and not any(c in text for c in "\r\n\x00") and all(ord(c) < 256 for c in text)


def set_headers(operation_id: str, response: Response) -> None:
    for name, value in header_values(operation_id).items():
        if _sendable(name, value):
            response.headers[name] = value


def raw_response(operation_id: str, content: str | bytes) -> Response:
    entry = _catalog.operation(operation_id)
    media_type = str(entry.get("media_type") or "application/octet-stream")
    response = Response(content=content, status_code=int(entry["status"]), media_type=media_type)
    set_headers(operation_id, response)
    return response


def empty_response(operation_id: str) -> Response:
    entry = _catalog.operation(operation_id)
    response = Response(status_code=int(entry["status"]))
    set_headers(operation_id, response)
    return response


@cache
def json_response(media_type: str) -> type[JSONResponse]:
    """A ``JSONResponse`` class sending ``media_type`` (``application/problem+json``, ...)."""
    return type("MediaJSONResponse", (JSONResponse,), {"media_type": media_type})


def error_entry(operation_id: str, status: int) -> dict[str, Any] | None:
    if not operation_id:
        return None
    try:
        errors: dict[str, Any] = _catalog.operation(operation_id).get("errors") or {}
    except KeyError:
        return None
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        entry = errors.get(key)
        if isinstance(entry, dict):
            return entry
    return None


def error_body(operation_id: str, status: int, message: str) -> Any:
    """An error body shaped like the spec's error response for this operation and status."""
    entry = error_entry(operation_id, status)
    if entry is None:
        return {"detail": message}
    schema = entry.get("schema")
    examples = [e for e in entry.get("examples") or [] if not check(e, schema)]
    body = copy.deepcopy(examples[0]) if examples else generate(schema, _catalog.schemas())
    if isinstance(body, dict):
        keys = [k for k in _MESSAGE_KEYS if isinstance(body.get(k), str)]
        for key in keys[:1]:
            body[key] = message
        if isinstance(body.get("statusCode"), int) and not isinstance(body.get("statusCode"), bool):
            body["statusCode"] = status
        if isinstance(body.get("status"), int) and not isinstance(body.get("status"), bool):
            body["status"] = status
    return body


def operation_id_of(request: Request) -> str:
    route = request.scope.get("route")
    value = getattr(route, "operation_id", None)
    return value if isinstance(value, str) else ""


def error_json(
    operation_id: str,
    status: int,
    message: str,
    *,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """An error response in the media type and shape the spec declares for this operation and status."""
    if body is None:
        body = error_body(operation_id, status, message)
    entry = error_entry(operation_id, status)
    media_type = (
        str(entry.get("media_type") or "application/json")
        if entry is not None
        else "application/json"
    )
    return JSONResponse(
        wire(body), status_code=status, headers=headers or None, media_type=media_type
    )


def error_response(request: Request, exc: ApiError) -> Response:
    return error_json(
        operation_id_of(request), exc.status_code, exc.message, body=exc.body, headers=exc.headers
    )
