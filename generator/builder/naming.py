"""Final class names for every Schema, and the pass that swaps them in for the temporary pointer names.

Rule: component schemas are named first, from their keys (``class_name``), sorted by pointer; a component whose key
is exactly the cleaned name wins a collision, the others get ``2``, ``3``, ... Inline (hoisted) schemas come next,
from the candidate their place suggests, and never take a component's name. Names are compared case-insensitively
(``Pet`` vs ``PET``) so per-schema modules stay distinct on case-insensitive file systems. Because candidates come
from positions, not from global order, adding an unrelated schema does not rename existing ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from generator.builder.context import Context
from generator.ir.model import (
    Discriminator,
    Field,
    Header,
    MediaType,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    TypeRef,
    Webhook,
)
from generator.ir.names import class_name, unique_names


def _fold(name: str) -> str:
    return name.lower()


def assign_names(ctx: Context, extra: Mapping[str, str] = {}) -> dict[str, str]:
    """pointer (or extra key) -> final class name."""
    comps = {p: class_name(ctx.candidates[p]) for p in ctx.schemas if p in ctx.wire_names}
    names = unique_names(comps, fold=_fold, exact={p: ctx.wire_names[p] for p in comps})
    inline = {p: class_name(ctx.candidates[p]) for p in ctx.schemas if p not in ctx.wire_names}
    names.update(unique_names(inline, names.values(), fold=_fold))
    if extra:
        names.update(unique_names({k: class_name(v) for k, v in extra.items()}, names.values(), fold=_fold))
    return names


class Renamer:
    """Rebuilds IR nodes with final names; ``TypeRef``s are hashable, so each distinct one is rebuilt once."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names
        self._cache: dict[TypeRef, TypeRef] = {}

    def name(self, n: str) -> str:
        return self.names.get(n, n)

    def type(self, t: TypeRef) -> TypeRef:
        if t.kind in ("primitive", "any", "null", "literal"):
            return t
        done = self._cache.get(t)
        if done is not None:
            return done
        # Built directly, here and below: ``dataclasses.replace`` cost ~20% of a build (thousands of nodes).
        # tests/builder/test_renamer_fields.py checks every field is carried over.
        if t.kind == "ref":
            name, args, rest = self.name(t.name), t.args, t.rest
        else:
            name, args = t.name, tuple(self.type(a) for a in t.args)
            rest = self.type(t.rest) if t.rest is not None else None
        new = TypeRef(kind=t.kind, name=name, args=args, rest=rest, literals=t.literals, nullable=t.nullable,
                      format=t.format, constraints=t.constraints)
        self._cache[t] = new
        return new

    def schema(self, s: Schema) -> Schema:
        return Schema(
            name=self.name(s.name), kind=s.kind, pointer=s.pointer, wire_name=s.wire_name, title=s.title,
            description=s.description, deprecated=s.deprecated, nullable=s.nullable,
            fields=tuple(
                Field(f.name, f.wire_name, self.type(f.type), f.required, f.pointer, f.has_default, f.default,
                      f.read_only, f.write_only, f.deprecated, f.title, f.description, f.examples,
                      self.name(f.declared_in))
                for f in s.fields
            ),
            bases=tuple(self.name(b) for b in s.bases),
            additional=self.type(s.additional) if s.additional is not None else None,
            additional_allowed=s.additional_allowed,
            pattern_properties=tuple((p, self.type(t)) for p, t in s.pattern_properties),
            min_properties=s.min_properties, max_properties=s.max_properties, enum_members=s.enum_members,
            enum_type=s.enum_type,
            variants=tuple(self.type(v) for v in s.variants),
            union_kind=s.union_kind,
            discriminator=(
                Discriminator(s.discriminator.property,
                              tuple((k, self.name(v)) for k, v in s.discriminator.mapping))
                if s.discriminator is not None else None
            ),
            target=self.type(s.target) if s.target is not None else None,
            examples=s.examples, read_only=s.read_only, write_only=s.write_only,
        )

    def media(self, m: MediaType) -> MediaType:
        return MediaType(media_type=m.media_type, type=self.type(m.type), examples=m.examples, encodings=m.encodings)

    def operation(self, op: Operation) -> Operation:
        body = op.body
        if body is not None:
            body = replace(body, contents=tuple(self.media(m) for m in body.contents))
        return replace(
            op,
            parameters=tuple(self.parameter(p) for p in op.parameters),
            body=body,
            responses=tuple(self.response(r) for r in op.responses),
        )

    def parameter(self, p: Parameter) -> Parameter:
        return Parameter(
            name=p.name, wire_name=p.wire_name, location=p.location, required=p.required, type=self.type(p.type),
            pointer=p.pointer, style=p.style, explode=p.explode, allow_reserved=p.allow_reserved,
            description=p.description, deprecated=p.deprecated, has_default=p.has_default, default=p.default,
            examples=p.examples, content_type=p.content_type,
        )

    def response(self, r: Response) -> Response:
        return Response(
            status=r.status, description=r.description, contents=tuple(self.media(m) for m in r.contents),
            pointer=r.pointer,
            headers=tuple(Header(h.name, self.type(h.type), h.required, h.description) for h in r.headers),
        )

    def webhook(self, w: Webhook) -> Webhook:
        return replace(w, body=self.type(w.body) if w.body is not None else None)

    def body(self, b: RequestBody) -> RequestBody:
        return replace(b, contents=tuple(self.media(m) for m in b.contents))
