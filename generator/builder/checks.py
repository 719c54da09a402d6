"""Checks on the finished IR that produce warnings, not changes: overlapping union variants.

Two variants overlap when one payload would validate against both, so a client cannot tell which it got: objects
with the same required keys and no const-valued property (or discriminator) telling them apart, or two variants of
the same primitive type and format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator import reuse
from generator.errors import Diagnostic, Location
from generator.ir.model import JsonScalar, Schema, TypeRef


@dataclass(frozen=True, slots=True)
class _Shape:
    """What decides whether a union variant overlaps another: an object's keys and tags, or a primitive's type."""

    kind: str                                   # "object" | "primitive" | "other"
    key: object = None                          # primitive: (name, format)
    required: frozenset[str] = frozenset()
    tags: tuple[tuple[str, frozenset[JsonScalar]], ...] = ()


def _resolve(t: TypeRef, schemas: Mapping[str, Schema]) -> TypeRef | Schema:
    for _ in range(16):
        if t.kind != "ref":
            return t
        s = schemas.get(t.name)
        if s is None:
            return t
        if s.kind == "alias" and s.target is not None:
            t = s.target
            continue
        return s
    return t


def _shape(t: TypeRef, schemas: Mapping[str, Schema]) -> _Shape:
    r = _resolve(t, schemas)
    if isinstance(r, Schema):
        if r.kind != "object":
            return _Shape("other")
        tags = []
        for f in r.fields:
            values = _literals(f.type, schemas)
            if values:
                tags.append((f.wire_name, values))
        return _Shape("object", required=frozenset(f.wire_name for f in r.fields if f.required), tags=tuple(tags))
    if r.kind == "primitive":
        return _Shape("primitive", key=(r.name, r.format))
    if r.kind == "map":
        return _Shape("object")
    return _Shape("other")


def _literals(t: TypeRef, schemas: Mapping[str, Schema]) -> frozenset[JsonScalar]:
    r = _resolve(t, schemas)
    if isinstance(r, Schema):
        return frozenset(m.value for m in r.enum_members) if r.kind == "enum" else frozenset()
    return frozenset(r.literals) if r.kind == "literal" else frozenset()


def _overlap(a: _Shape, b: _Shape) -> bool:
    if a.kind == "primitive" and b.kind == "primitive":
        return a.key == b.key
    if a.kind != "object" or b.kind != "object" or a.required != b.required:
        return False
    tb = dict(b.tags)
    return not any(name in tb and not (values & tb[name]) for name, values in a.tags)


def _label(t: TypeRef) -> str:
    return t.name if t.kind in ("ref", "primitive") else t.kind


def union_overlaps(schemas: Mapping[str, Schema], uri: str) -> list[Diagnostic]:
    # A watch keeps each schema's findings while it and the schemas they looked at are the same (``reuse``).
    found = reuse.map_kept_reading("checks.union-overlaps", [(name, (schemas[name],)) for name in sorted(schemas)],
                                   (schemas,), lambda parts, seen: _overlaps(parts[0], seen[0], uri), key=uri)
    return [d for diagnostics in found for d in diagnostics]


def _overlaps(s: Schema, schemas: Mapping[str, Schema], uri: str) -> list[Diagnostic]:
    out = []
    unions: list[tuple[str, tuple[TypeRef, ...], str]] = []
    if s.kind == "union" and s.discriminator is None:
        unions.append((s.name, s.variants, s.pointer))
    for f in s.fields:
        if f.type.kind == "union":
            unions.append((f"{s.name}.{f.name}", f.type.args, f.pointer))
    for label, variants, pointer in unions:
        shapes = [_shape(v, schemas) for v in variants]
        for i in range(len(variants)):
            for j in range(i + 1, len(variants)):
                if _overlap(shapes[i], shapes[j]):
                    out.append(Diagnostic(
                        "warning", "union-variants-overlap",
                        f"Union {label}: variants {_label(variants[i])} and {_label(variants[j])} accept the "
                        "same payloads, so the first that validates wins.",
                        Location(uri, None, None, pointer),
                        "Add a discriminator or a const type property to tell the variants apart.",
                    ))
    return out
