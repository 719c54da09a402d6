"""Checks on a freshly parsed value, run before any other code walks it.

YAML aliases let a small file describe a huge (``billion laughs``) or cyclic value; deep nesting makes
recursive code crash. ``check_graph`` measures the value once, visiting each distinct container once
(memoised by ``id``), so even a 10**9-node alias bomb is measured in microseconds.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from generator.errors import InputError, Location
from generator.load.limits import MAX_DEPTH_LIMIT, MAX_EXPANDED, too_deep


def check_tree_depth(data: Any, uri: str, max_depth: int | None = None, skip: Collection[int] = ()) -> None:
    """Refuse values nested deeper than ``max_depth`` (default: ``PFGEN_MAX_DEPTH``; for JSON, which cannot
    share or cycle). Containers whose id is in ``skip`` are not entered (known to fit where they are)."""
    if max_depth is None:
        max_depth = MAX_DEPTH_LIMIT.value()
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise _too_deep(uri, max_depth)
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        for child in children:
            if isinstance(child, (dict, list)) and (not skip or id(child) not in skip):
                stack.append((child, depth + 1))


def check_graph(
    data: Any,
    uri: str,
    *,
    max_depth: int | None = None,
    max_nodes: int | None = None,
    done: dict[int, tuple[int, int]] | None = None,
) -> None:
    """Refuse cyclic values, values deeper than ``max_depth`` and values whose expanded size (every value
    counted once per place it appears) exceeds ``max_nodes`` (defaults: the limits in force,
    ``PFGEN_MAX_DEPTH`` and ``PFGEN_MAX_EXPANDED_NODES``).

    Iterative post-order walk; ``done`` maps a container's id to its (expanded size, height) so shared
    containers are measured once. A caller may pass it, holding what it measured before (containers it keeps
    alive, so no id is reused, and that nothing modified); it receives every container measured now.
    """
    if not isinstance(data, (dict, list)):
        return
    if max_depth is None:
        max_depth = MAX_DEPTH_LIMIT.value()
    if max_nodes is None:
        max_nodes = MAX_EXPANDED.value()
    if done is None:
        done = {}
    on_path: set[int] = set()
    keep: list[Any] = []  # hold every measured container so no id is reused while ``done`` is alive
    # Frames: [container, children iterator, expanded size so far, tallest child height so far]
    frames: list[list[Any]] = [[data, iter(_children(data)), 1, 0]]
    on_path.add(id(data))
    while frames:
        frame = frames[-1]
        for child in frame[1]:
            if not isinstance(child, (dict, list)):
                frame[2] += 1
                continue
            cid = id(child)
            measured = done.get(cid)
            if measured is not None:
                frame[2] += measured[0]
                frame[3] = max(frame[3], measured[1])
                if len(frames) + measured[1] > max_depth:
                    raise _too_deep(uri, max_depth)
                if frame[2] > max_nodes:
                    raise _bomb(uri, max_nodes)
                continue
            if cid in on_path:
                raise InputError(
                    "yaml-recursive-alias",
                    "an alias refers to a mapping or sequence that contains it, which makes the data infinite",
                    Location(uri),
                    hint="break the cycle; OpenAPI data must be a tree (use $ref for recursive schemas)",
                )
            if len(frames) >= max_depth:
                raise _too_deep(uri, max_depth)
            on_path.add(cid)
            frames.append([child, iter(_children(child)), 1, 0])
            break
        else:
            frames.pop()
            node = frame[0]
            on_path.discard(id(node))
            size, height = frame[2], frame[3] + 1
            done[id(node)] = (size, height)
            keep.append(node)
            if frames:
                parent = frames[-1]
                parent[2] += size
                parent[3] = max(parent[3], height)
                if parent[2] > max_nodes:
                    raise _bomb(uri, max_nodes)


def _children(node: Any) -> Any:
    return node.values() if isinstance(node, dict) else node


def _bomb(uri: str, max_nodes: int) -> InputError:
    return MAX_EXPANDED.exceeded(
        "yaml-alias-bomb",
        f"the YAML aliases expand to more than {max_nodes:,} values (an alias bomb)",
        Location(uri),
        value=max_nodes,
        advice="reuse definitions with $ref instead of nested YAML aliases",
    )


def _too_deep(uri: str, max_depth: int) -> InputError:
    return too_deep(uri, max_depth=max_depth)
