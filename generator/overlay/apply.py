"""Apply Overlay actions to a document's data, copy-on-write: the input is never mutated.

Semantics (Overlay 1.0, with the merge rules that Overlay 1.1 spells out as a clarification of 1.0's "recursively
merged"; the Overlay compliant-sets agree):

- actions apply in order, each to the result of the previous one; overlays apply in order;
- ``update`` on an object: each property of the update is merged in: a property only in the update is added; two
  objects merge recursively; two arrays are concatenated (target items first); a primitive (string, number,
  boolean, null) replaces a primitive. Any other pairing (an object onto a string, ...) is an error, because
  guessing would silently lose data; remove the old value in an earlier action, then add the new one;
- ``update`` on an array: an array update is concatenated, anything else is appended as one entry;
- ``update`` selecting a primitive is skipped with a warning (1.0 allows only objects and arrays there);
- a node the query names twice (``$.a[0,0]``) is updated once;
- ``remove: true`` removes every selected node from its object or array (primitives too, as the compliant-sets
  do); nodes inside an already removed node are ignored, and array items are removed from the end so the indexes
  the query computed stay valid;
- a target that selects nothing is a warning (``overlay-target-unmatched``), not an error: overlays are often
  written for several versions of a document.

Copy-on-write: containers are shallow-copied the first time an action changes something beneath them, so an
untouched branch of a 3 MB document is shared with the input rather than copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.errors import Diagnostic, InputError
from generator.overlay.jsonpath import Node, PathPart, to_pointer
from generator.overlay.model import Overlay, OverlayAction
from generator.overlay.read import overlay_location
from generator.pointer import escape


class _Tree:
    """A document being rewritten: tracks which containers are this run's own copies (safe to change)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        # id -> object: holding the object keeps it alive, so an id cannot be reused by another object.
        self._owned: dict[int, Any] = {}

    def own(self, value: Any) -> Any:
        """``value`` itself if it is already ours, else a shallow copy that is."""
        if id(value) in self._owned:
            return value
        copy: Any = dict(value) if isinstance(value, dict) else list(value)
        self._owned[id(copy)] = copy
        return copy

    def fresh(self, value: Any) -> Any:
        """A deep copy of an overlay value, owned (overlay data is never shared with the result)."""
        if isinstance(value, dict):
            out: Any = {k: self.fresh(v) for k, v in value.items()}
        elif isinstance(value, list):
            out = [self.fresh(v) for v in value]
        else:
            return value
        self._owned[id(out)] = out
        return out

    def writable(self, path: Sequence[PathPart]) -> Any:
        """The container at ``path``, with it and every container above it made our own."""
        self.root = node = self.own(self.root)
        for part in path:
            child = self.own(node[part])
            node[part] = child
            node = child
        return node


class _Applier:
    def __init__(self, root: Any) -> None:
        self.tree = _Tree(root)
        self.diagnostics: list[Diagnostic] = []
        self.changed = False

    def run(self, overlay: Overlay, action: OverlayAction) -> None:
        nodes = action.path.find(self.tree.root)
        if not nodes:
            self.diagnostics.append(Diagnostic(
                "warning",
                "overlay-target-unmatched",
                f"target {action.target} of action {action.index} matches nothing in the document;"
                " the action changed nothing",
                overlay_location(overlay, f"{action.pointer}/target"),
                "check the target against the document (names are case-sensitive), or drop the action",
            ))
            return
        if action.remove:
            self.remove(overlay, action, nodes)
        elif action.has_update:
            self.update(overlay, action, nodes)
        else:
            self.diagnostics.append(Diagnostic(
                "warning",
                "overlay-action-empty",
                f"action {action.index} has neither `update` nor `remove: true`; it changed nothing",
                overlay_location(overlay, action.pointer),
                "add `update: ...` or `remove: true`",
            ))

    def remove(self, overlay: Overlay, action: OverlayAction, nodes: Sequence[Node]) -> None:
        if any(not n.path for n in nodes):
            raise InputError(
                "overlay-invalid",
                f"action {action.index} would remove the whole document ({action.target} selects the root)",
                overlay_location(overlay, f"{action.pointer}/target"),
                "select the parts to remove, e.g. $.paths['/internal']",
            )
        paths = sorted({n.path for n in nodes}, reverse=True)  # siblings share container types, so this is safe
        removed: set[tuple[PathPart, ...]] = set()
        for path in paths:
            if any(path[:i] in removed for i in range(1, len(path))):
                continue  # already gone with an ancestor
            parent = self.tree.writable(path[:-1])
            del parent[path[-1]]
            removed.add(path)
            self.changed = True

    def update(self, overlay: Overlay, action: OverlayAction, nodes: Sequence[Node]) -> None:
        value = action.update
        seen: set[tuple[PathPart, ...]] = set()
        for node in nodes:
            if node.path in seen:  # a node list may name a node twice ($.a[0,0]); merge into it once
                continue
            seen.add(node.path)
            current = node.value
            if isinstance(current, dict):
                if not isinstance(value, dict):
                    raise InputError(
                        "overlay-update-conflict",
                        f"action {action.index} updates the object at {node.pointer or '/'} with "
                        f"{_kind(value)}; an update of an object must be an object of properties to merge",
                        overlay_location(overlay, f"{action.pointer}/update"),
                        "to change a property, target its containing object and write `update: {name: value}`",
                    )
                target = self.tree.writable(node.path)
                self.merge(overlay, action, target, value, node.path, f"{action.pointer}/update")
            elif isinstance(current, list):
                target = self.tree.writable(node.path)
                if isinstance(value, list):
                    target.extend(self.tree.fresh(value))
                else:
                    target.append(self.tree.fresh(value))
                self.changed = True
            else:
                self.diagnostics.append(Diagnostic(
                    "warning",
                    "overlay-target-not-container",
                    f"action {action.index}: {node.pointer} is {_kind(current)}, which Overlay 1.0"
                    " cannot update; that node was skipped",
                    overlay_location(overlay, f"{action.pointer}/target"),
                    "target the object that contains the value and update the property there",
                ))

    def merge(self, overlay: Overlay, action: OverlayAction, target: dict[str, Any], update: dict[str, Any],
              path: tuple[PathPart, ...], update_pointer: str) -> None:
        for key, new in update.items():
            here = (*path, key)
            if key not in target:
                target[key] = self.tree.fresh(new)
                self.changed = True
                continue
            old = target[key]
            child_pointer = f"{update_pointer}/{_escape(key)}"
            if isinstance(old, dict) and isinstance(new, dict):
                child = self.tree.own(old)
                target[key] = child
                self.merge(overlay, action, child, new, here, child_pointer)
            elif isinstance(old, list) and isinstance(new, list):
                child = self.tree.own(old)
                target[key] = child
                child.extend(self.tree.fresh(new))
                self.changed = self.changed or bool(new)
            elif not isinstance(old, (dict, list)) and not isinstance(new, (dict, list)):
                if type(old) is not type(new) or old != new:
                    target[key] = new
                    self.changed = True
            else:
                raise InputError(
                    "overlay-update-conflict",
                    f"action {action.index} would merge {_kind(new)} into {_kind(old)} at {to_pointer(here)}",
                    overlay_location(overlay, child_pointer),
                    "remove the old value in an earlier action (`remove: true`), then add the new one",
                )


def apply_loaded(data: Any, overlays: Sequence[Overlay]) -> tuple[Any, tuple[Diagnostic, ...], bool]:
    """Apply already loaded overlays; returns (result, diagnostics, whether anything changed)."""
    applier = _Applier(data)
    for overlay in overlays:
        applier.diagnostics.extend(overlay.diagnostics)
        for action in overlay.actions:
            applier.run(overlay, action)
    return applier.tree.root, tuple(applier.diagnostics), applier.changed


_escape = escape


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
