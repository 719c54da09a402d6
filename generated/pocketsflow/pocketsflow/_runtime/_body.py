"""Turn a request body into what httpx sends: JSON, form, multipart, binary or text.

``NOT_GIVEN`` values are dropped at every depth, ``None`` stays (JSON ``null``). Pydantic models
are dumped ``by_alias=True, exclude_unset=True, mode="json"``. ``extra_body`` is merged into the
top level of JSON, form and multipart bodies.

Multipart files may be given as ``bytes``, a binary file object, a ``pathlib.Path`` (read once,
named after the file), or a ``(filename, content[, content_type])`` tuple whose content is any of
those. Other multipart values are sent as text fields; dicts, lists of non-files and models are
sent as JSON text (the OpenAPI default for object parts).
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import mimetypes
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

import pydantic

from ._params import primitive_str
from ._types import NOT_GIVEN, BodyType, NotGiven

__all__ = ["EncodedBody", "encode_body", "merge_body", "to_jsonable"]


@dataclass(frozen=True, slots=True)
class EncodedBody:
    """Keyword arguments for ``httpx.Client.build_request`` plus the content type to send."""

    content: bytes | None = None
    data: dict[str, Any] | None = None
    files: list[tuple[str, Any]] | None = None
    content_type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def httpx_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if self.content is not None:
            kwargs["content"] = self.content
        if self.data is not None:
            kwargs["data"] = self.data
        if self.files is not None:
            kwargs["files"] = self.files
        return kwargs


def to_jsonable(value: Any) -> Any:
    """Recursively convert to JSON-compatible values, dropping ``NOT_GIVEN``."""
    if value is None or isinstance(value, (str, int, float)) and not isinstance(value, Enum):
        return value
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True, mode="json")
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value if not isinstance(v, NotGiven)]
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


def _merge(body: Any, extra_body: Mapping[str, object] | None) -> Any:
    if not extra_body:
        return body
    if isinstance(body, pydantic.BaseModel):
        body = to_jsonable(body)
    if body is None or isinstance(body, NotGiven):
        return dict(extra_body)
    if not isinstance(body, Mapping):
        raise TypeError("extra_body needs a JSON object, form or multipart body")
    return {**body, **extra_body}


def merge_body(
    body: object,
    fields: Mapping[str, object],
    required: Sequence[str] = (),
    *,
    optional: bool = False,
) -> Mapping[str, object] | NotGiven:
    """The body of a method whose object body is flattened into arguments but also accepts ``body=`` (the
    request model, or a mapping of wire names). Explicit arguments win over the model's values; without a
    model every field in ``required`` (wire names) must have been given. An ``optional`` body (the operation
    does not require one) is left out entirely when the caller gave neither a model nor any argument.
    """
    if isinstance(body, NotGiven):
        missing = [name for name in required if isinstance(fields.get(name, NOT_GIVEN), NotGiven)]
        if missing:
            raise TypeError(
                f"missing required body field(s) {', '.join(missing)}: pass them as arguments or pass body=..."
            )
        if optional and all(isinstance(value, NotGiven) for value in fields.values()):
            return NOT_GIVEN
        return fields
    if isinstance(body, pydantic.BaseModel):
        base: dict[str, object] = body.model_dump(by_alias=True, exclude_unset=True)
    elif isinstance(body, Mapping):
        base = dict(body)
    else:
        raise TypeError(f"body= takes the request model or a mapping, not {type(body).__name__}")
    base.update((k, v) for k, v in fields.items() if not isinstance(v, NotGiven))
    return base


def _is_file_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, os.PathLike, io.IOBase)) or (
        hasattr(value, "read") and not isinstance(value, (str, Mapping))
    )


def _file_tuple(value: Any) -> tuple[str, Any, str] | None:
    """Normalise a file input, or None when the value is not a file."""
    if isinstance(value, tuple) and 2 <= len(value) <= 3 and _is_file_content(value[1]):
        name, content = value[0], value[1]
        ctype = value[2] if len(value) == 3 else None
    elif _is_file_content(value):
        name, content, ctype = None, value, None
    else:
        return None
    if isinstance(content, os.PathLike):
        path = os.fspath(content)
        with open(path, "rb") as handle:
            data = handle.read()
        name = name or os.path.basename(path)
        ctype = ctype or mimetypes.guess_type(path)[0]
        content = data
    elif isinstance(content, bytearray):
        content = bytes(content)
    elif name is None:
        raw_name = getattr(content, "name", None)
        if isinstance(raw_name, str):
            name = os.path.basename(raw_name)
    if name is None:
        name = "upload"
    return name, content, ctype or "application/octet-stream"


def _form_value(value: Any) -> str:
    if isinstance(value, (Mapping, list, pydantic.BaseModel)):
        return json.dumps(to_jsonable(value), separators=(",", ":"))
    return primitive_str(value)


def _form_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in body.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        if isinstance(value, (list, tuple)) and not _file_tuple(value):
            data[key] = [primitive_str(v) for v in value if not isinstance(v, NotGiven)]
        elif isinstance(value, (Mapping, pydantic.BaseModel)):
            for sub_key, sub_value in to_jsonable(value).items():
                data[f"{key}[{sub_key}]"] = primitive_str(sub_value)
        else:
            data[key] = primitive_str(value)
    return data


def _multipart(body: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for key, value in body.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        single = _file_tuple(value)
        if single is not None:
            files.append((key, single))
            continue
        if isinstance(value, (list, tuple)):
            many = [_file_tuple(v) for v in value]
            if value and all(f is not None for f in many):
                files.extend((key, f) for f in many)
                continue
            if not any(isinstance(v, (Mapping, pydantic.BaseModel)) for v in value):
                data[key] = [primitive_str(v) for v in value if not isinstance(v, NotGiven)]
                continue
        data[key] = _form_value(value)
    return data, files


def _multipart_fields_only(data: Mapping[str, Any]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    chunks: list[bytes] = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            name = key.replace('"', "%22")
            chunks.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                + str(item).encode("utf-8")
                + b"\r\n"
            )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def encode_body(
    body: Any,
    body_type: BodyType | None,
    *,
    extra_body: Mapping[str, object] | None = None,
    content_type: str | None = None,
) -> EncodedBody:
    """Encode ``body`` for ``body_type`` (``None`` means JSON when a body is present)."""
    if isinstance(body, NotGiven):
        body = None
    if body_type in (None, "json", "form", "multipart"):
        body = _merge(body, extra_body)
    if body is None and body_type != "json":
        return EncodedBody()
    if body_type in (None, "json"):
        if isinstance(body, pydantic.BaseModel):
            raw = body.model_dump_json(by_alias=True, exclude_unset=True).encode()
        else:
            raw = json.dumps(to_jsonable(body), separators=(",", ":"), allow_nan=False).encode()
        return EncodedBody(content=raw, content_type=content_type or "application/json")
    if body_type == "form":
        mapping = to_jsonable(body) if isinstance(body, pydantic.BaseModel) else body
        if not isinstance(mapping, Mapping):
            raise TypeError("a form body must be a mapping or a model")
        return EncodedBody(
            data=_form_fields(mapping),
            content_type=content_type or "application/x-www-form-urlencoded",
        )
    if body_type == "multipart":
        if isinstance(body, pydantic.BaseModel):
            # Keep file-valued fields as given; dump the rest to wire names.
            mapping = {
                (info.alias or name): getattr(body, name)
                for name, info in type(body).model_fields.items()
                if name in body.model_fields_set
            }
        else:
            mapping = body
        if not isinstance(mapping, Mapping):
            raise TypeError("a multipart body must be a mapping or a model")
        data, files = _multipart(mapping)
        if not files:
            # httpx would send fields without files as urlencoded; encode multipart ourselves.
            raw, ctype = _multipart_fields_only(data)
            return EncodedBody(content=raw, content_type=ctype)
        # httpx sets the multipart content type with its boundary; never override it.
        return EncodedBody(data=data, files=files)
    if body_type == "text":
        text = body if isinstance(body, str) else primitive_str(body)
        return EncodedBody(
            content=text.encode("utf-8"), content_type=content_type or "text/plain; charset=utf-8"
        )
    # binary
    if isinstance(body, str):
        return EncodedBody(
            content=body.encode("utf-8"), content_type=content_type or "application/octet-stream"
        )
    found = _file_tuple(body)
    if found is None:
        raise TypeError(f"cannot send {type(body).__name__} as a binary body")
    _, content, ctype = found
    if not isinstance(content, bytes):
        # Read file objects once so a retry can send the same bytes again.
        content = content.read()
    return EncodedBody(content=content, content_type=content_type or ctype)
