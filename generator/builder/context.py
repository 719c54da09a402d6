"""Shared state of one ``build`` run: the document, the schemas found so far, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import Diagnostic, Location, Severity
from generator.ir.model import Schema, TypeRef
from generator.pointer import PointerError, canonical_ref, lookup, ref_tokens
from generator.pointer import escape as escape  # noqa: PLC0414 -- re-exported: build modules write pointers
from generator.resolve.model import ResolvedSpec

COMPONENT_SCHEMA_PREFIX = "#/components/schemas/"


def component_key(pointer: str) -> str | None:
    """``#/components/schemas/X`` (any spelling of it, ``My%20Thing`` too) -> ``X``; None for any other pointer."""
    tokens = ref_tokens(pointer)
    if tokens is not None and len(tokens) == 3 and tokens[:2] == ("components", "schemas"):
        return tokens[2]
    return None


@dataclass
class Context:
    """Mutable while ``build`` runs; nothing outside the package sees it.

    Schemas are registered under their JSON pointer, which also serves as their temporary name (``Schema.name``,
    ``TypeRef.name`` of refs, ``bases``, ``declared_in`` and discriminator mappings all hold pointers until
    ``naming`` swaps in the final class names). Pointers start with ``#/`` so they never clash with real names.
    """

    spec: ResolvedSpec
    data: dict[str, Any]
    openapi31: bool
    schemas: dict[str, Schema] = field(default_factory=dict)        # pointer -> Schema (name = pointer)
    candidates: dict[str, str] = field(default_factory=dict)        # pointer -> wanted class name
    wire_names: dict[str, str] = field(default_factory=dict)        # pointer -> component key (components only)
    memo: dict[str, TypeRef] = field(default_factory=dict)          # pointer -> converted type
    in_progress: set[str] = field(default_factory=set)
    forced: set[str] = field(default_factory=set)                   # pointers reached again while converting
    diagnostics: list[Diagnostic] = field(default_factory=list)
    recording: Any = None   # a ``replay.Recording`` while one path item is built in a ``reuse`` session
    _resolved: dict[str, Any] = field(default_factory=dict)

    @property
    def uri(self) -> str:
        return self.spec.root.uri

    def report(self, severity: Severity, code: str, message: str, pointer: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic(severity, code, message, Location(self.uri, None, None, pointer), hint))

    def warn(self, code: str, message: str, pointer: str, hint: str = "") -> None:
        self.report("warning", code, message, pointer, hint)

    def lookup(self, ref: str) -> Any:
        """The node a local ``$ref`` points at, or None (with a warning) when it does not exist."""
        if self.recording is not None:
            self.recording.looked_up(ref)
        if ref in self._resolved:
            return self._resolved[ref]
        node: Any = None
        tokens = ref_tokens(ref)
        if tokens is not None:
            try:
                node = lookup(self.data, tokens)
            except PointerError:
                node = None
        self._resolved[ref] = node
        return node

    def resolved_refs(self) -> tuple[tuple[str, Any], ...]:
        """Every ``$ref`` looked up so far, with what it pointed at (None: nothing)."""
        return tuple(self._resolved.items())

    def deref(self, node: Any, pointer: str, limit: int = 32) -> tuple[Any, str]:
        """Follow ``$ref`` chains of non-schema objects (parameters, responses, ...): (node, its pointer)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < limit:
            ref = node["$ref"]
            target = self.lookup(ref)
            if target is None:
                self.warn("ref-not-found", f"$ref {ref!r} does not point at anything.", pointer)
                return {}, pointer
            node, pointer = target, canonical_ref(ref)
            seen += 1
        return node, pointer
