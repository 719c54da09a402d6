"""Subsetting: which operations the config keeps, and which schemas they (and the webhooks) still reach."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatchcase

from generator.build.options import BuildOptions
from generator.ir.model import Operation, Schema, TypeRef


def _any(patterns: Iterable[str], values: Iterable[str]) -> bool:
    vals = list(values)
    return any(fnmatchcase(v, p) for p in patterns for v in vals)


def keep_operation(op: Operation, options: BuildOptions) -> bool:
    ids = (op.id, f"{op.resource}.{op.name}")
    if options.include_tags and not _any(options.include_tags, op.tags):
        return False
    if options.include_operations and not _any(options.include_operations, ids):
        return False
    if options.include_paths and not _any(options.include_paths, (op.path,)):
        return False
    if options.exclude_tags and _any(options.exclude_tags, op.tags):
        return False
    return not (options.exclude_operations and _any(options.exclude_operations, ids))


def keep_webhook(key: str, tags: Iterable[str], options: BuildOptions) -> bool:
    """Webhooks follow the same selection as operations: tag filters by their tags; an explicit operation or
    path list keeps only the webhooks whose key it names (a subset client should not carry every event)."""
    tags = tuple(tags)
    if options.exclude_tags and _any(options.exclude_tags, tags):
        return False
    if options.include_tags:
        return _any(options.include_tags, tags)
    if options.include_operations or options.include_paths:
        return _any(options.include_operations, (key,))
    return True


def refs_in(t: TypeRef, out: set[str]) -> None:
    if t.kind == "ref":
        out.add(t.name)
    for a in t.args:
        refs_in(a, out)
    if t.rest is not None:
        refs_in(t.rest, out)


def schema_refs(s: Schema) -> set[str]:
    out: set[str] = set(s.bases)
    for f in s.fields:
        refs_in(f.type, out)
    for t in (s.additional, s.target, *s.variants, *(t for _, t in s.pattern_properties)):
        if t is not None:
            refs_in(t, out)
    if s.discriminator is not None:
        out.update(v for _, v in s.discriminator.mapping)
    return out


def reachable(roots: Iterable[TypeRef], schemas: Mapping[str, Schema]) -> set[str]:
    seen: set[str] = set()
    todo: set[str] = set()
    for t in roots:
        refs_in(t, todo)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo |= schema_refs(schemas[name]) - seen
    return seen


def operation_types(op: Operation) -> list[TypeRef]:
    out = [p.type for p in op.parameters]
    if op.body is not None:
        out.extend(m.type for m in op.body.contents)
    for r in op.responses:
        out.extend(m.type for m in r.contents)
        out.extend(h.type for h in r.headers)
    return out
