"""Subsetting: which operations the config keeps, and which schemas they (and the webhooks) still reach.

The one selection rule (``operation_selected``; config/filters.py checks filters against a spec with it):
an operation is kept when the target has no include filters, or when it matches any of them (a tag in
``include-tags``, its operationId in ``include-operations``, or its path matching an ``include-paths`` glob); it
is then dropped when it matches any exclude filter (exclusions win). In path globs ``*`` matches within one
segment, ``**`` across segments, and a trailing ``/**`` also matches the folder itself (``/orders/**`` keeps
``/orders``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from generator.builder.options import BuildOptions
from generator.ir.model import Operation, Schema, TypeRef

SELECTION_RULE = (
    "Filters: an operation is kept when no include-* key is set or it matches any of them (a tag, its "
    "operationId, a path glob); then any exclude-* match drops it. In path globs * matches within one segment, "
    "** across segments, and a trailing /** also matches the folder itself."
)


@functools.lru_cache(maxsize=256)
def compile_path_glob(glob: str) -> re.Pattern[str]:
    parts: list[str] = []
    index = 0
    while index < len(glob):
        if glob.startswith("/**", index) and index + 3 == len(glob):
            parts.append("(?:/.*)?")
            index += 3
        elif glob.startswith("**", index):
            parts.append(".*")
            index += 2
        elif glob[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif glob[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(glob[index]))
            index += 1
    return re.compile("".join(parts) + r"\Z")


def path_matches(glob: str, path: str) -> bool:
    return compile_path_glob(glob).match(path) is not None


def operation_selected(options: BuildOptions, *, operation_id: str, tags: Iterable[str], path: str | None) -> bool:
    """Whether the filters of ``options`` keep an operation (``path`` None: a webhook, which has none)."""
    tag_set = set(tags)
    if options.include_tags or options.include_operations or options.include_paths:
        included = (
            bool(tag_set.intersection(options.include_tags))
            or operation_id in options.include_operations
            or (path is not None and any(path_matches(glob, path) for glob in options.include_paths))
        )
        if not included:
            return False
    return not (
        tag_set.intersection(options.exclude_tags)
        or operation_id in options.exclude_operations
        or (path is not None and any(path_matches(glob, path) for glob in options.exclude_paths))
    )


def keep_operation(op: Operation, options: BuildOptions) -> bool:
    return operation_selected(options, operation_id=op.id, tags=op.tags, path=op.path)


def keep_webhook(key: str, tags: Iterable[str], options: BuildOptions) -> bool:
    """Webhooks follow the same rule, with their key standing for an operationId and no path."""
    return operation_selected(options, operation_id=key, tags=tags, path=None)


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
