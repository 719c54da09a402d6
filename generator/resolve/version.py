"""Which OpenAPI family a document belongs to (``swagger: "2.0"``, ``openapi: 3.0.x`` or ``3.1.x``)."""

from __future__ import annotations

import re
from typing import Any

from generator.errors import InputError, Location
from generator.resolve.model import SpecFamily

SUPPORTED = "Swagger 2.0, OpenAPI 3.0.x and OpenAPI 3.1.x"
_OPENAPI = re.compile(r"^3\.([01])(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?$")


def detect_version(data: Any, uri: str) -> tuple[SpecFamily, str]:
    """Return ``(family, version as written)``; raise ``InputError`` for anything pfgen cannot read."""
    if not isinstance(data, dict):
        raise InputError(
            "not-a-mapping",
            f"the document is {_describe(data)}, not a mapping, so it is not an OpenAPI document",
            Location(uri),
            hint="an OpenAPI document is a mapping with an `openapi: 3.1.0` (or `swagger: \"2.0\"`) key",
        )
    if "openapi" in data:
        version = _text(data["openapi"])
        match = _OPENAPI.match(version)
        if match is None:
            raise _unsupported(uri, "openapi", version)
        family: SpecFamily = "3.0" if match.group(1) == "0" else "3.1"
        return family, version
    if "swagger" in data:
        version = _text(data["swagger"])
        if version not in ("2.0", "2.0.0"):
            raise _unsupported(uri, "swagger", version)
        return "2.0", version
    other = next((k for k in ("asyncapi", "openrpc", "$schema", "jsonrpc") if k in data), None)
    what = f" (it has an `{other}` key, so it is another kind of document)" if other else ""
    raise InputError(
        "not-openapi",
        f"the document has neither an `openapi` nor a `swagger` key{what}",
        Location(uri),
        hint=f"pfgen reads {SUPPORTED} documents; add `openapi: 3.1.0` (or `swagger: \"2.0\"`) at the top level",
    )


def closest_family(data: dict[str, Any]) -> tuple[SpecFamily, str]:
    """The family a document ``detect_version`` refuses is most likely read as (for lenient runs): a later 3.x
    as 3.1, a ``swagger`` key as 2.0, anything else as 3.0."""
    if "swagger" in data and "openapi" not in data:
        return "2.0", _text(data["swagger"])
    version = _text(data.get("openapi", ""))
    match = re.match(r"^3\.(\d+)", version)
    if match is not None and int(match.group(1)) >= 1:
        return "3.1", version
    return "3.0", version


def _text(value: Any) -> str:
    # ``openapi: 3.0`` unquoted in YAML is a number; read it as written rather than refusing it here.
    if isinstance(value, bool) or value is None:
        return str(value).lower()
    return str(value).strip()


def _unsupported(uri: str, key: str, version: str) -> InputError:
    return InputError(
        "unsupported-version",
        f"`{key}: {version}` is not a version pfgen can read",
        Location(uri, pointer=f"/{key}"),
        hint=f"pfgen supports {SUPPORTED}; convert the document (for example with swagger2openapi) or fix the version",
    )


def _describe(data: Any) -> str:
    if data is None:
        return "null"
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return "a string"
    if isinstance(data, bool):
        return "a boolean"
    if isinstance(data, (int, float)):
        return "a number"
    return type(data).__name__
