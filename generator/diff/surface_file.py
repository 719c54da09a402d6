"""The SDK surface of a generated package, kept beside it (``.pfgen/surface.json``) for the next release.

The next ``pfgen generate`` compares the new surface with this record of what the package really exposed,
instead of rebuilding the previous API from the previous spec: that is faster (no second IR build), and right
when the configuration changed in between (a method renamed through ``names`` is a rename for its users).
A record that is missing, damaged or written by another format version is ignored, and the previous surface is
rebuilt from the previous spec as before.
"""

from __future__ import annotations

import json
from typing import Any

from generator import reuse
from generator.diff.surface import Argument, Method, Model, ModelField, Surface

SURFACE_PATH = ".pfgen/surface.json"
FORMAT = 1


def dump_surface(surface: Surface) -> bytes:
    """One JSON document, one method or model per line (readable in a version-control diff; written by the C
    encoder, which ``indent`` would switch off: several times slower on a large API)."""
    head = {"format": FORMAT, "title": surface.title, "version": surface.version}
    lines = {
        "methods": [_method_line(m) for m in surface.methods],
        # A watch keeps the line of each model it kept (``reuse``): the same object has the same line.
        "models": reuse.map_kept("surface.model-lines", surface.models, _model_line),
    }
    parts = []
    for key, rows in lines.items():
        parts.append(f'"{key}": [\n' + ",\n".join(rows) + "\n]" if rows else f'"{key}": []')
    return (json.dumps(head, ensure_ascii=False)[:-1] + ",\n" + ",\n".join(parts) + "}\n").encode("utf-8")


def _method_line(m: Method) -> str:
    return json.dumps({
        "resource": m.resource, "name": m.name, "operation": m.operation, "endpoint": m.endpoint,
        "arguments": [[a.name, a.kind, a.required, a.type, a.wire] for a in m.arguments],
        "returns": m.returns, "raises": list(m.raises), "pointer": m.pointer, "deprecated": m.deprecated,
    }, ensure_ascii=False)


def _model_line(m: Model) -> str:
    return json.dumps({
        "name": m.name, "kind": m.kind, "pointer": m.pointer, "wire_name": m.wire_name,
        "fields": [[f.name, f.wire, f.required, f.type] for f in m.fields],
        "members": list(m.members), "target": m.target,
    }, ensure_ascii=False)


def load_surface(data: bytes) -> Surface:
    """The surface in ``data``; ``ValueError`` when it is not a surface record of this format."""
    try:
        body = json.loads(data)
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a surface record of this format")
        methods = tuple(_method(m) for m in body["methods"])
        models = tuple(_model(m) for m in body["models"])
        return Surface(_str(body["title"]), _str(body["version"]), methods, models)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"damaged surface record: {exc}") from None


def _method(raw: dict[str, Any]) -> Method:
    arguments = tuple(
        Argument(_str(n), _kind(k), _bool(r), _str(t), _str(w)) for n, k, r, t, w in raw["arguments"]
    )
    return Method(
        _str(raw["resource"]), _str(raw["name"]), _str(raw["operation"]), _str(raw["endpoint"]), arguments,
        _str(raw["returns"]), tuple(_str(x) for x in raw["raises"]), _str(raw["pointer"]), _bool(raw["deprecated"]),
    )


def _model(raw: dict[str, Any]) -> Model:
    fields = tuple(ModelField(_str(n), _str(w), _bool(r), _str(t)) for n, w, r, t in raw["fields"])
    return Model(
        _str(raw["name"]), _str(raw["kind"]), _str(raw["pointer"]), _str(raw["wire_name"]), fields,
        tuple(_str(x) for x in raw["members"]), _str(raw["target"]),
    )


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true/false, got {type(value).__name__}")
    return value


def _kind(value: Any) -> Any:
    if value not in ("positional", "keyword"):
        raise TypeError(f"unknown argument kind {value!r}")
    return value
