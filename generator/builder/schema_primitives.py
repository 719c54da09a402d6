"""Strings, numbers, integers and booleans: the ``primitive`` TypeRef, its Python type chosen by ``format``."""

from __future__ import annotations

from typing import Any

from generator.builder.schema_keywords import constraints_of
from generator.ir.model import TypeRef

PRIMITIVE_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_STRING_FORMATS = {
    "date-time": "datetime", "date": "date", "time": "time", "duration": "duration", "uuid": "uuid",
    "uri": "uri", "url": "uri", "email": "email", "byte": "bytes", "binary": "binary", "decimal": "decimal",
}
_NUMBER_FORMATS = {"float": "float", "double": "float", "decimal": "decimal", "int32": "int", "int64": "int"}


def primitive_type(n: dict[str, Any], kind: str, nullable: bool) -> TypeRef:
    """The type of a schema whose JSON type ``kind`` is one of ``PRIMITIVE_TYPES``."""
    fmt = n.get("format")
    fmt = fmt if isinstance(fmt, str) else ""
    base = PRIMITIVE_TYPES[kind]
    if kind == "string":
        prim = _STRING_FORMATS.get(fmt, base)
        # OpenAPI 3.1 spells raw file content as contentMediaType (without a base64 contentEncoding).
        if not fmt and isinstance(n.get("contentMediaType"), str) and not n.get("contentEncoding"):
            prim = "binary"
        elif not fmt and n.get("contentEncoding") == "base64":
            prim = "bytes"
    elif kind == "number":
        prim = _NUMBER_FORMATS.get(fmt, base)
    else:
        prim = base
    return TypeRef("primitive", name=prim, nullable=nullable, format=fmt, constraints=constraints_of(n))
