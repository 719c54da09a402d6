"""Reference graph of schemas: which names a schema uses, and its strongly connected components."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.ir.model import Schema, TypeRef


def type_refs(t: TypeRef | None, out: set[str]) -> None:
    """Add every schema name referenced by ``t`` to ``out`` (iteratively: types can nest deeply)."""
    stack = [t] if t is not None else []
    while stack:
        cur = stack.pop()
        if cur.kind == "ref":
            out.add(cur.name)
        stack.extend(cur.args)
        if cur.rest is not None:
            stack.append(cur.rest)


def schema_refs(schema: Schema) -> set[str]:
    out: set[str] = set(schema.bases)
    for f in schema.fields:
        type_refs(f.type, out)
    for v in schema.variants:
        type_refs(v, out)
    type_refs(schema.target, out)
    type_refs(schema.additional, out)
    for _, t in schema.pattern_properties:
        type_refs(t, out)
    if schema.discriminator is not None:
        out.update(name for _, name in schema.discriminator.mapping)
    return out


def strongly_connected(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative. ``edges`` maps every node to the nodes it uses (unknown names ignored).

    Components come out dependencies first (reverse topological order of the condensed graph), each sorted.
    """
    graph = {n: sorted(m for m in set(ms) if m in edges) for n, ms in edges.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work: list[tuple[str, list[str]]] = [(root, list(graph[root]))]
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, list(graph[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp: list[str] = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                result.append(sorted(comp))
    return result
