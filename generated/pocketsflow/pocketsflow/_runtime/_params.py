"""Serialise path, query, header and cookie parameters the way OpenAPI describes.

Values: enums send ``.value``, bools ``true``/``false``, datetimes/dates/times ISO 8601, pydantic
models their wire form (``by_alias``, ``exclude_unset``); ``NOT_GIVEN`` and ``None`` are dropped
(query strings, headers and cookies have no null).

Query styles (``QueryParam.style`` / ``explode``), for ``ids=[3, 4]`` and ``o={"a": 1, "b": 2}``:

* ``form`` explode=True (default): ``ids=3&ids=4``, ``a=1&b=2``
* ``form`` explode=False: ``ids=3,4``, ``o=a,1,b,2``
* ``spaceDelimited`` / ``pipeDelimited`` explode=False: ``ids=3 4`` / ``ids=3|4``
  (with explode=True they behave like ``form``)
* ``deepObject``: ``o[a]=1&o[b]=2`` (nested objects recurse, arrays repeat the key)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal, TypeAlias
from urllib.parse import quote

import pydantic

from ._types import NotGiven

__all__ = [
    "QueryInput",
    "QueryParam",
    "QueryStyle",
    "encode_cookies",
    "encode_headers",
    "encode_path",
    "encode_query",
    "primitive_str",
]

QueryStyle: TypeAlias = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject"]


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One query parameter with its OpenAPI serialisation style."""

    name: str
    value: object
    style: QueryStyle = "form"
    explode: bool = True


#: A mapping means ``form``/``explode=True`` for every entry.
QueryInput: TypeAlias = Mapping[str, object] | Sequence[QueryParam] | None

_OMIT = (NotGiven, type(None))


def primitive_str(value: object) -> str:
    """Render a scalar for a URL, header or cookie."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value)


def _plain(value: object) -> object:
    """Models become their wire dicts; everything else is returned unchanged."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return value


def _is_seq(value: object) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _items(value: Mapping[Any, Any]) -> Iterable[tuple[str, object]]:
    for key, item in value.items():
        if not isinstance(item, _OMIT):
            yield str(key), item


def _elements(value: Iterable[object]) -> list[object]:
    return [item for item in value if not isinstance(item, _OMIT)]


def encode_path(template: str, params: Mapping[str, object] | None) -> str:
    """Fill ``{name}`` placeholders, percent-encoding each value fully (``a/b`` -> ``a%2Fb``).

    Arrays use the ``simple`` style (``1,2``; each element encoded, commas literal).
    """
    if not params:
        return template
    out = template
    for name, raw in params.items():
        value = _plain(raw)
        if isinstance(value, NotGiven) or value is None:
            raise ValueError(f"path parameter {name!r} is required")
        if _is_seq(value):
            text = ",".join(quote(primitive_str(v), safe="") for v in _elements(value))  # type: ignore[arg-type]
        elif isinstance(value, Mapping):
            text = ",".join(quote(primitive_str(p), safe="") for kv in _items(value) for p in kv)
        else:
            text = quote(primitive_str(value), safe="")
        if text == "":
            raise ValueError(f"path parameter {name!r} must not be empty")
        out = out.replace("{" + name + "}", text)
    return out


def _deep(prefix: str, value: object, out: list[tuple[str, str]]) -> None:
    value = _plain(value)
    if isinstance(value, Mapping):
        for key, item in _items(value):
            _deep(f"{prefix}[{key}]", item, out)
    elif _is_seq(value):
        for item in _elements(value):  # type: ignore[arg-type]
            _deep(prefix, item, out)
    elif not isinstance(value, _OMIT):
        out.append((prefix, primitive_str(value)))


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _encode_one(param: QueryParam, out: list[tuple[str, str]]) -> None:
    value = _plain(param.value)
    if isinstance(value, _OMIT):
        return
    name = param.name
    if param.style == "deepObject":
        _deep(name, value, out)
        return
    if isinstance(value, Mapping):
        pairs = list(_items(value))
        if param.explode:
            out.extend((k, primitive_str(v)) for k, v in pairs)
        else:
            out.append((name, ",".join(primitive_str(p) for kv in pairs for p in kv)))
        return
    if _is_seq(value):
        elements = _elements(value)  # type: ignore[arg-type]
        if param.explode:
            out.extend((name, primitive_str(v)) for v in elements)
        elif elements:
            out.append((name, _DELIMITERS[param.style].join(primitive_str(v) for v in elements)))
        return
    out.append((name, primitive_str(value)))


def encode_query(*sources: QueryInput) -> list[tuple[str, str]]:
    """Merge query sources in order; a later source replaces earlier values of the same name."""
    result: list[tuple[str, str]] = []
    for source in sources:
        if not source:
            continue
        chunk: list[tuple[str, str]] = []
        if isinstance(source, Mapping):
            for key, val in source.items():
                _encode_one(QueryParam(key, val), chunk)
        else:
            for param in source:
                _encode_one(param, chunk)
        if result and chunk:
            replaced = {key for key, _ in chunk}
            result = [pair for pair in result if pair[0] not in replaced]
        result.extend(chunk)
    return result


def _simple(value: object) -> str | None:
    value = _plain(value)
    if isinstance(value, _OMIT):
        return None
    if isinstance(value, Mapping):
        return ",".join(primitive_str(p) for kv in _items(value) for p in kv)
    if _is_seq(value):
        return ",".join(primitive_str(v) for v in _elements(value))  # type: ignore[arg-type]
    return primitive_str(value)


def encode_headers(headers: Mapping[str, object] | None) -> dict[str, str]:
    """Header parameters use the ``simple`` style; omitted values are dropped."""
    out: dict[str, str] = {}
    if headers:
        for name, value in headers.items():
            text = _simple(value)
            if text is not None:
                out[name] = text
    return out


def encode_cookies(cookies: Mapping[str, object] | None) -> dict[str, str]:
    """Cookie parameters use the ``form`` style without explode (arrays comma-joined)."""
    return encode_headers(cookies)
