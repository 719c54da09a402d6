"""The ``build`` stage: a resolved, normalised OpenAPI document -> the IR (``ApiSpec``).

Order matters only for naming, and naming never depends on it: component schemas are converted first (sorted by
key), then operations (sorted by path and method), then webhooks; every schema keeps its pointer as a temporary
name until ``naming`` assigns the final class names from position-derived candidates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator import reuse
from generator.builder import converted, opnames, replay
from generator.builder.checks import union_overlaps
from generator.builder.context import Context, escape
from generator.builder.diagnostics import summarise
from generator.builder.naming import Renamer, assign_names
from generator.builder.operations import OperationBuilder, idempotency_header, servers
from generator.builder.options import BuildOptions, BuildResult
from generator.builder.pagination import infer_pagination, object_schema, override_pagination
from generator.builder.schemas import SchemaConverter
from generator.builder.security import security_schemes
from generator.builder.subset import keep_operation, keep_webhook, operation_types, reachable
from generator.builder.webhooks import event_type, webhook_drafts
from generator.ir.model import HTTP_METHODS, ApiSpec, Operation, RequestBody, Schema, Tag
from generator.ir.names import to_pascal
from generator.resolve.model import ResolvedSpec


def _text(node: Any, key: str) -> str:
    v = node.get(key) if isinstance(node, dict) else None
    return v if isinstance(v, str) else ""


def _body_field_names(body: RequestBody | None, schemas: dict[str, Schema]) -> set[str]:
    if body is None:
        return set()
    names = {body.name}
    for media in body.contents:
        obj = object_schema(media.type, schemas)
        if obj is not None:
            names.update(f.name for f in obj.fields)
    return names


_DEFAULT_OPTIONS = BuildOptions()


def build(spec: ResolvedSpec, options: BuildOptions = _DEFAULT_OPTIONS) -> BuildResult:
    data: dict[str, Any] = spec.data if isinstance(spec.data, dict) else {}
    ctx = Context(spec, data, openapi31=spec.family == "3.1")
    conv = SchemaConverter(ctx)

    components = data.get("components")
    converted = _component_schemas(ctx, conv, components.get("schemas") if isinstance(components, dict) else None)

    schemes = security_schemes(ctx)
    known = {s.key for s in schemes}
    builder = OperationBuilder(ctx, conv)
    doc_security = builder.security(data.get("security"), "#/security", known)
    operations, requests = _operations(ctx, builder, data, doc_security, known, options, converted)
    shorter = opnames.drop_common_prefix(r.resource for r in requests if not r.override)
    requests = [replace(r, resource=shorter.get(r.resource, r.resource)) for r in requests]
    assigned = opnames.assign(requests)
    operations = reuse.map_kept_reading(
        "build.named-operations",
        [(op.pointer, (op, *assigned[op.pointer])) for op in operations],
        (ctx.schemas,),
        lambda parts, seen: _named(parts[0], parts[1], parts[2], seen[0], options),
        key=options,
    )

    drafts = webhook_drafts(ctx, conv)
    extra = {f"webhook:{d.webhook.key}": d.candidate for d in drafts if not d.hoisted}
    names = assign_names(ctx, extra)
    webhooks = []
    for d in drafts:
        wh = d.webhook
        name = names[wh.body.name] if d.hoisted and wh.body is not None else names[f"webhook:{wh.key}"]
        webhooks.append((replace(wh, name=name, event_type=event_type(d, ctx.schemas)), d.tags))

    # Subsetting happens after naming so a subset never renames what it keeps.
    if options.subsetting():
        operations = [op for op in operations if keep_operation(op, options)]
        webhooks = [(w, tags) for w, tags in webhooks if keep_webhook(w.key, tags, options)]
        roots = [t for op in operations for t in operation_types(op)]
        roots.extend(w.body for w, _ in webhooks if w.body is not None)
        kept = reachable(roots, ctx.schemas)
    else:
        kept = set(ctx.schemas)

    renamer = Renamer(names)
    schemas = sorted(_renamed_schemas(renamer, [ctx.schemas[p] for p in kept]), key=lambda s: s.name)
    renamed = reuse.map_kept_reading(
        "build.renamed-operations", [(op.pointer, (op,)) for op in operations], (names,),
        lambda parts, seen: (renamer if seen[0] is names else Renamer(seen[0])).operation(parts[0]),
    )
    ops_out = sorted(renamed, key=lambda o: (o.resource, o.path, o.method))
    by_name = {s.name: s for s in schemas}
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    api = ApiSpec(
        title=_text(info, "title"),
        api_version=str(info.get("version", "")) if isinstance(info, dict) else "",
        spec_version=spec.spec_version,
        source_sha256=spec.sha256,
        description=_text(info, "description"),
        servers=servers(data.get("servers")),
        operations=tuple(ops_out),
        schemas=tuple(schemas),
        security_schemes=schemes,
        security=doc_security,
        webhooks=tuple(sorted((renamer.webhook(w) for w, _ in webhooks), key=lambda w: w.key)),
        tags=_tags(data, ops_out),
        extensions=tuple(sorted((k, v) for k, v in data.items() if isinstance(k, str) and k.startswith("x-"))),
    )
    diagnostics = [*ctx.diagnostics, *union_overlaps(by_name, ctx.uri)]
    return BuildResult(api, summarise(diagnostics, ctx.uri))


def _named(op: Operation, resource: str, name: str, schemas: Mapping[str, Schema], options: BuildOptions) -> Operation:
    """``op`` with its final resource and method name, and its pagination (inferred, or as configured)."""
    op = replace(op, resource=resource, name=name)
    found = infer_pagination(op, schemas)
    return replace(op, pagination=override_pagination(found, options.pagination[op.id])
                   if op.id in options.pagination else found)


def _component_schemas(ctx: Context, conv: SchemaConverter, comp_schemas: Any) -> object:
    """Convert every component schema, sorted by key.

    The result is kept (``converted``): in a ``reuse`` session (``pfgen watch``) in memory, and from one
    one-shot run to the next in pfgen's cache. A kept state is taken whole when the component schemas, and
    every node outside them that their ``$ref``s reached, are the same by value and type. That is everything
    this phase reads (the converter reaches the document only through a component's node and ``ctx.lookup``),
    so the converted state is the one a fresh conversion would leave.

    Returns what stands for this conversion: the same object as last run's when a watch kept it (otherwise a
    fresh object every time).
    """
    store = reuse.slot("build.components")
    key: Any = None
    if store is not None:
        key = (ctx.uri, ctx.openapi31, reuse.fingerprint(comp_schemas))
        kept: converted.Converted | None = store.get("kept")
        if kept is not None and kept.key == key and kept.still_holds(ctx):
            kept.restore(ctx)
            return kept
    else:
        on_disk, key = converted.load(ctx, comp_schemas)
        if on_disk is not None:
            on_disk.restore(ctx)
            return object()
    if isinstance(comp_schemas, dict):
        for name in sorted(comp_schemas):
            conv.component(name)
    if store is None:
        if key is not None:
            converted.store(ctx, key)
        return object()
    store["kept"] = state = converted.Converted.of(ctx, key)
    return state


def _renamed_schemas(renamer: Renamer, schemas: list[Schema]) -> list[Schema]:
    """Every schema with its final names. In a ``reuse`` session, a schema that is the very object renamed last
    time (``_component_schemas`` kept it), or one converted again with the same content (an operation's inline
    schema), under the same names, gets last time's renamed object: so plan, render and format keep theirs."""
    return reuse.map_kept("build.renamed", schemas, renamer.schema, key=dict(renamer.names), by_value=True)


def opnames_match(patterns: tuple[str, ...], tag: str) -> bool:
    from fnmatch import fnmatchcase

    return any(fnmatchcase(tag, p) for p in patterns)


def _operations(
    ctx: Context,
    builder: OperationBuilder,
    data: dict[str, Any],
    doc_security: Any,
    known: set[str],
    options: BuildOptions,
    components: object,
) -> tuple[list[Operation], list[opnames.NameRequest]]:
    """Every operation of every path item, sorted by path; in a ``reuse`` session a path item whose inputs did
    not change keeps its operations (``replay``). ``components`` stands for the component schemas' conversion."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return [], []

    def path_item(path: str, raw: Any) -> list[tuple[Operation, opnames.NameRequest]]:
        return _path_item(ctx, builder, path, raw, "security" in data, doc_security, known, options)

    key = (components, ctx.uri, ctx.openapi31, "security" in data, doc_security, frozenset(known), options)
    built = replay.map_items(ctx, [(path, paths[path]) for path in sorted(paths)], path_item, key)
    pairs = [pair for item in built for pair in item]
    return [op for op, _ in pairs], [request for _, request in pairs]


def _path_item(
    ctx: Context,
    builder: OperationBuilder,
    path: str,
    raw: Any,
    doc_declares_security: bool,
    doc_security: Any,
    known: set[str],
    options: BuildOptions,
) -> list[tuple[Operation, opnames.NameRequest]]:
    """The operations of the path item ``raw`` at ``path``, with their name requests, in method order."""
    item, iptr = ctx.deref(raw, f"#/paths/{escape(path)}")
    if not isinstance(item, dict):
        return []
    out: list[tuple[Operation, opnames.NameRequest]] = []
    for method in HTTP_METHODS:
        op = item.get(method)
        if not isinstance(op, dict):
            continue
        optr = f"{iptr}/{method}"
        op_id = opnames.operation_id_of(op, method, path)
        op_class = to_pascal(op_id) or "Operation"
        params = [builder.parameter(n, p, op_class) for n, p in builder.merged_parameters(item, op, iptr, optr)]
        body = builder.request_body(op.get("requestBody"), f"{optr}/requestBody", op_class)
        responses = builder.responses(op.get("responses"), f"{optr}/responses", op_class)
        params = builder.name_parameters(params, _body_field_names(body, ctx.schemas))
        if "security" in op:
            security = builder.security(op["security"], f"{optr}/security", known, fallback=doc_security)
        else:
            security = doc_security
        tags = tuple(t for t in _list(op.get("tags")) if isinstance(t, str))
        resource = opnames.resource_name(tags, path)
        request = opnames.NameRequest(
            key=optr,
            operation_id=op_id,
            resource=resource,
            method=opnames.method_name(op_id, resource),
            override=opnames.overrides_for(op_id, op.get("x-pfgen-name"), options.operation_names),
        )
        out.append((Operation(
            id=op_id,
            method=method,
            path=path,
            resource=resource,
            name="",
            pointer=optr,
            tags=tags,
            summary=_text(op, "summary"),
            description=_text(op, "description"),
            parameters=tuple(params),
            body=body,
            responses=responses,
            security=security,
            security_declared="security" in op or doc_declares_security,
            deprecated=op.get("deprecated") is True,
            servers=servers(op.get("servers")) or servers(item.get("servers")),
            idempotency_header=idempotency_header(params),
        ), request))
    return out


def _tags(data: dict[str, Any], operations: list[Operation]) -> tuple[Tag, ...]:
    out: list[Tag] = []
    seen: set[str] = set()
    raw = data.get("tags")
    for t in raw if isinstance(raw, list) else ():
        if isinstance(t, dict) and isinstance(t.get("name"), str) and t["name"] not in seen:
            seen.add(t["name"])
            out.append(Tag(t["name"], _text(t, "description")))
    for name in sorted({t for op in operations for t in op.tags} - seen):
        out.append(Tag(name))
    return tuple(out)


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []
