"""The stub's package data: the original API document (served verbatim) and the catalog pfgen derived from it.

The catalog (``_data/catalog.json``) holds, per operation, the success status, media type, response schema,
examples, declared response headers, error bodies and security requirements, plus every named schema, in a small
JSON-Schema-like dialect (``{"$ref": "<name>"}``, ``"nullable": true``). It is data, read with ``json``, never
evaluated.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["catalog", "data_file", "document", "operation", "schemas", "webhooks"]

# ``<package>._runtime._catalog`` -> ``<package>``: the data files live beside the generated package's modules.
_PACKAGE = __name__.rsplit(".", 2)[0]


def data_file(name: str) -> bytes:
    """The bytes of ``<package>/_data/<name>``."""
    return resources.files(_PACKAGE).joinpath("_data").joinpath(name).read_bytes()


@lru_cache(maxsize=1)
def catalog() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_file("catalog.json"))
    return data


def operation(operation_id: str) -> dict[str, Any]:
    entry: dict[str, Any] = catalog()["operations"][operation_id]
    return entry


def schemas() -> dict[str, Any]:
    table: dict[str, Any] = catalog()["schemas"]
    return table


def webhooks() -> dict[str, Any]:
    table: dict[str, Any] = catalog()["webhooks"]
    return table


@lru_cache(maxsize=1)
def document() -> tuple[bytes, str]:
    """The original API document, byte for byte, and its media type."""
    info = catalog()["document"]
    return data_file(str(info["file"])), str(info["media_type"])
