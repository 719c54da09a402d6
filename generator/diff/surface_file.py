"""The SDK surface of a generated package, kept beside it (``.pfgen/surface.json``) for the next release.

The next ``pfgen generate`` compares the new surface with this record of what the package really exposed,
instead of rebuilding the previous API from the previous spec: that is faster (no second IR build), and right
when the configuration changed in between (a method renamed through ``names`` is a rename for its users).
A record that is missing, damaged or written by another format version is ignored, and the previous surface is
rebuilt from the previous spec as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from generator import reuse
from generator.diff.surface import Argument, Method, Model, ModelField, Surface

SURFACE_PATH = ".pfgen/surface.json"
FORMAT = 1


def dump_surface(surface: Surface) -> bytes:
    """One JSON document, one method or model per line (readable in a version-control diff; written by the C
    encoder, which ``indent`` would switch off: several times slower on a large API)."""
    return dump_surface_lines(surface)[0]


def dump_surface_lines(surface: Surface) -> tuple[bytes, dict[str, Method | Model]]:
    """``dump_surface``, and each method's and model's line with what it stands for (``load_surface``'s
    ``known``)."""
    head = json.dumps({"format": FORMAT, "title": surface.title, "version": surface.version}, ensure_ascii=False)
    methods = [_method_line(m) for m in surface.methods]
    # A watch keeps the line of each model it kept (``reuse``): the same object has the same line.
    models = reuse.map_kept("surface.model-lines", surface.models, _model_line)
    known: dict[str, Method | Model] = dict(zip(methods, surface.methods, strict=True))
    known.update(zip(models, surface.models, strict=True))
    return _joined(head, methods, models), known


def _joined(head: str, methods: list[str], models: list[str]) -> bytes:
    parts = [f'"{key}": [\n' + ",\n".join(rows) + "\n]" if rows else f'"{key}": []'
             for key, rows in (("methods", methods), ("models", models))]
    return (head[:-1] + ",\n" + ",\n".join(parts) + "}\n").encode("utf-8")


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


def load_surface(data: bytes, known: Mapping[str, Method | Model] | None = None) -> Surface:
    """The surface in ``data``; ``ValueError`` when it is not a surface record of this format.

    ``known``: lines of another record (``dump_surface_lines``) with what they stand for. A line of ``data`` found
    there is not parsed again: dumping a method or model and loading its line gives it back exactly (a test
    checks it on every shared document), so a release reads only the lines its change touched."""
    if known:
        quick = _load_by_lines(data, known)
        if quick is not None:
            return quick
    try:
        body = json.loads(data)
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a surface record of this format")
        methods = tuple(_method(m) for m in body["methods"])
        models = tuple(_model(m) for m in body["models"])
        return Surface(_str(body["title"]), _str(body["version"]), methods, models)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"damaged surface record: {exc}") from None


def _load_by_lines(data: bytes, known: Mapping[str, Method | Model]) -> Surface | None:
    """``load_surface`` line by line, or None when ``data`` is not laid out exactly as ``dump_surface`` writes
    (the whole parse then decides). Only a record whose every line is where ``_joined`` puts it is taken."""
    try:
        text = data.decode("utf-8")
        head_line, rest = text.split("\n", 1)
        head = json.loads(head_line[:-1] + "}")
        if not isinstance(head, dict) or head.get("format") != FORMAT or not head_line.endswith(","):
            return None
        sections: dict[str, list[str]] = {"methods": [], "models": []}
        current: list[str] | None = None
        for line in rest.split("\n"):
            if line in ('"methods": [', '"models": ['):
                current = sections[line[1:-4]]
            elif line.startswith("{") and current is not None:
                current.append(line.removesuffix(","))
        if _joined(json.dumps(head, ensure_ascii=False), sections["methods"], sections["models"]) != data:
            return None  # laid out otherwise: the lines may not mean what they seem to
        methods = tuple(_known(row, known, Method, _method) for row in sections["methods"])
        models = tuple(_known(row, known, Model, _model) for row in sections["models"])
        return Surface(_str(head["title"]), _str(head["version"]), methods, models)
    except (ValueError, KeyError, TypeError):
        return None


T = TypeVar("T", Method, Model)


def _known(row: str, known: Mapping[str, Method | Model], kind: type[T], parse: Callable[[Any], T]) -> T:
    found = known.get(row)
    return found if isinstance(found, kind) else parse(json.loads(row))


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
