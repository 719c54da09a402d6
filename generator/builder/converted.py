"""The converter's state after the component schemas, kept to start a later build from.

Converting the component schemas is the first phase of ``build`` and everything it reads is the component
schemas themselves and the nodes their ``$ref``s reach elsewhere (``ctx.lookup``); it writes the converter's
state (``Context``: schemas, candidate and wire names, converted types, forced names, diagnostics). So when
the component schemas are the same by value and type (``reuse.fingerprint``), and so is every node outside them
that their references reached, a fresh conversion would leave exactly the state kept, and it is restored instead.

``pfgen watch`` keeps it in memory (``build._component_schemas``); a one-shot run keeps the last one per API (by
title, as the validation lineage) in pfgen's cache, since editing an operation leaves the component schemas
alone: ~19 ms of adyen-management's 55 ms build, read back in ~3. The entry's key covers the schemas, the
OpenAPI 3.1 switch, pfgen's version and the code that converts (``CODE``; tests/test_cachefiles.py checks it);
diagnostics are kept without the document's name, which they all carry, and get the current one back. The
state is pickled (``pickled``) inside a marshal file trusted like ``__pycache__`` (``cachedir.read_marshal``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import pickle
from typing import Any

from generator import __version__, reuse
from generator.builder.context import Context
from generator.cachedir import read_marshal, write_marshal
from generator.cachefiles import fingerprint, section_dir
from generator.errors import Diagnostic, Location
from generator.ir.model import Schema, TypeRef
from generator.pickled import pickled
from generator.pointer import ref_tokens

SECTION = "build-components"
FORMAT = 1
# Everything that converts a component schema, or decides what the state holds.
CODE = ("builder", "ir", "normalize", "pointer", "errors", "reuse", "pickled", "resolve.model", "load.document",
        "digests")


class Converted:
    """The converter's state after the component schemas, and the nodes outside them it read."""

    def __init__(self, key: Any, lookups: tuple[tuple[str, bytes], ...], schemas: dict[str, Schema],
                 candidates: dict[str, str], wire_names: dict[str, str], memo: dict[str, TypeRef], forced: set[str],
                 diagnostics: list[Diagnostic]) -> None:
        self.key = key
        self.lookups = lookups  # (ref outside the component schemas, fingerprint of what it pointed at)
        self.schemas, self.candidates, self.wire_names = schemas, candidates, wire_names
        self.memo, self.forced, self.diagnostics = memo, forced, diagnostics

    @classmethod
    def of(cls, ctx: Context, key: Any) -> Converted:
        outside = tuple((ref, reuse.fingerprint(node)) for ref, node in ctx.resolved_refs()
                        if (ref_tokens(ref) or ())[:2] != ("components", "schemas"))
        return cls(key, outside, dict(ctx.schemas), dict(ctx.candidates), dict(ctx.wire_names), dict(ctx.memo),
                   set(ctx.forced), list(ctx.diagnostics))

    def still_holds(self, ctx: Context) -> bool:
        """Whether every node outside the component schemas it read is the same in ``ctx``'s document."""
        return all(reuse.fingerprint(ctx.lookup(ref)) == text for ref, text in self.lookups)

    def restore(self, ctx: Context) -> None:
        ctx.schemas.update(self.schemas)
        ctx.candidates.update(self.candidates)
        ctx.wire_names.update(self.wire_names)
        ctx.memo.update(self.memo)
        ctx.forced.update(self.forced)
        ctx.diagnostics.extend(self.diagnostics)


def load(ctx: Context, comp_schemas: Any) -> tuple[Converted | None, str | None]:
    """The kept state for ``ctx``'s component schemas, if it still holds; and the key to keep this run's under
    (None when caching is off)."""
    where = section_dir(SECTION)
    if where is None:
        return None, None
    key = _key(ctx, comp_schemas)
    raw = read_marshal(where / _file_name(ctx))
    if not isinstance(raw, dict) or raw.get("key") != key or not isinstance(raw.get("state"), bytes):
        return None, key
    try:
        lookups, schemas, candidates, wire_names, memo, forced, diagnostics = pickle.loads(raw["state"])
        kept = Converted(key, tuple(lookups), schemas, candidates, wire_names, memo, set(forced),
                         [kept_diagnostic(d, ctx.uri) for d in diagnostics])
    except Exception:  # noqa: BLE001 -- a damaged or foreign entry is a miss
        return None, key
    return (kept if kept.still_holds(ctx) else None), key


def store(ctx: Context, key: str) -> None:
    """Keep ``ctx``'s state after the component schemas under ``key`` (nothing when a diagnostic is not at a
    place in the document itself, which the kept form could not give back)."""
    where = section_dir(SECTION)
    state = Converted.of(ctx, key)
    if where is None or any(d.location != Location(ctx.uri, None, None, d.location.pointer)
                            for d in state.diagnostics):
        return
    diagnostics = [(d.severity, d.code, d.message, d.location.pointer, d.hint) for d in state.diagnostics]
    try:
        body = pickled((state.lookups, state.schemas, state.candidates, state.wire_names, state.memo,
                        sorted(state.forced), diagnostics))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return
    write_marshal(where / _file_name(ctx), {"key": key, "state": body})


def kept_diagnostic(kept: tuple[Any, str, str, str, str], uri: str) -> Diagnostic:
    """A diagnostic as ``store`` keeps it (the document's name left out), for the document ``uri``."""
    severity, code, message, pointer, hint = kept
    return Diagnostic(severity, code, message, Location(uri, None, None, pointer), hint)


def _key(ctx: Context, comp_schemas: Any) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{fingerprint(CODE)}\0{ctx.openapi31}\0".encode())
    digest.update(reuse.fingerprint(comp_schemas))
    return digest.hexdigest()


def _file_name(ctx: Context) -> str:
    """One entry per API (its title): the last conversion of its component schemas."""
    info = ctx.data.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    name = hashlib.sha256((title if isinstance(title, str) else "").encode("utf-8", "surrogatepass")).hexdigest()
    return f"{name[:32]}-{importlib.util.MAGIC_NUMBER.hex()}.marshal"
