"""Per path item memo of ``build`` for a ``reuse`` session (``pfgen watch``).

Building the operations of one path item reads the item, the nodes its ``$ref``s reach, and the converter's
shared state (``Context``): component schemas and what earlier path items converted. It adds to that state:
hoisted inline schemas with their candidate names, converted types and diagnostics. A
``Recording`` notes all of that while the item is built. The next run takes the item's operations from the
recording, and replays its additions, only when everything it read is provably the same:

- the item itself, and every node a ``$ref`` it followed reached, have the same ``fingerprint``;
- every converted type it took from the shared state (a pointer another item or a component converted first)
  is there and equal to the one it took last time (equal, not the same object: the first item to use a shared
  parameter's schema may be built again, and every other user must not be rebuilt for that; what the type
  stands for is the node behind a ``$ref`` the item followed, whose fingerprint is checked, and its final name
  is settled later for everyone);
- nothing it added exists yet (else a fresh run would have taken it from whoever made it first, under that
  one's name).

Component schemas are outside the memo: their conversion is kept whole or redone before any item is built, and
when it is redone every recording is dropped (``key``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from generator import reuse
from generator.errors import Diagnostic
from generator.ir.model import Schema, TypeRef

R = TypeVar("R")

_COMPONENT_SCHEMAS = "#/components/schemas/"


class Recording:
    """What building one path item read from, and added to, the shared ``Context``."""

    __slots__ = ("diagnostics", "memo", "refs", "registered", "taken")

    def __init__(self) -> None:
        self.refs: dict[str, None] = {}                               # every $ref looked up, in order
        self.taken: dict[str, TypeRef] = {}                           # converted types found in the memo
        self.memo: dict[str, TypeRef] = {}                            # converted types added
        self.registered: list[tuple[str, Schema, str, str | None]] = []  # (pointer, schema, candidate, wire name)
        self.diagnostics: tuple[Diagnostic, ...] = ()

    # hooks the converter calls while this recording is the context's ``recording``
    def looked_up(self, ref: str) -> None:
        self.refs[ref] = None

    def took(self, ptr: str, t: TypeRef) -> None:
        if ptr not in self.memo:
            self.taken[ptr] = t

    def stored(self, ptr: str, t: TypeRef) -> None:
        self.memo[ptr] = t

    def registers(self, ptr: str, schema: Schema, name: str, component: str | None) -> None:
        self.registered.append((ptr, schema, name, component))


def record(ctx: Any, compute: Callable[[], R]) -> tuple[Recording, R]:
    """``compute()`` with a recording of what it reads from and adds to ``ctx``."""
    rec = Recording()
    outer, ctx.recording = ctx.recording, rec
    start = len(ctx.diagnostics)
    try:
        result = compute()
    finally:
        ctx.recording = outer
    rec.diagnostics = tuple(ctx.diagnostics[start:])
    return rec, result


def replayable(ctx: Any, rec: Recording, node_text: Callable[[str], bytes], texts: dict[str, bytes]) -> bool:
    """Whether ``rec`` is what building its item again would record, on ``ctx`` as it stands now (see module
    docstring); ``texts`` holds the fingerprints the recording was made against, per ``$ref``."""
    memo = ctx.memo
    if any(memo.get(ptr) != t for ptr, t in rec.taken.items()):
        return False
    if any(ptr in memo for ptr in rec.memo) or any(ptr in ctx.schemas for ptr, *_ in rec.registered):
        return False
    return all(node_text(ref) == texts[ref] for ref in rec.refs if not ref.startswith(_COMPONENT_SCHEMAS))


def replay(ctx: Any, rec: Recording) -> None:
    """Add to ``ctx`` what building the item added when ``rec`` was made."""
    for ptr, schema, name, component in rec.registered:
        ctx.schemas[ptr] = schema
        ctx.candidates[ptr] = name
        if component is not None:
            ctx.wire_names[ptr] = component
    ctx.memo.update(rec.memo)  # (``ctx.forced`` is read only before a pointer's type is stored here)
    ctx.diagnostics.extend(rec.diagnostics)


def map_items(ctx: Any, items: list[tuple[str, Any]], compute: Callable[[str, Any], R], key: object) -> list[R]:
    """``[compute(name, node) for name, node in items]``, each building one path item on ``ctx``. In a
    ``reuse`` session an item whose recording is replayable keeps last run's result; outside one, or under
    another ``key`` (the component schemas' conversion and whatever else every item reads), nothing is kept."""
    store = reuse.slot("build.path-items")
    if store is None:
        return [compute(name, node) for name, node in items]
    kept: dict[str, tuple[bytes, Recording, dict[str, bytes], R]] = store.get("items", {}) if store.get("key") == key \
        else {}
    now: dict[str, bytes] = {}

    def node_text(ref: str) -> bytes:
        if ref not in now:
            now[ref] = reuse.fingerprint(ctx.lookup(ref))
        return now[ref]

    fresh: dict[str, tuple[bytes, Recording, dict[str, bytes], R]] = {}
    results: list[R] = []
    for name, node in items:
        text = reuse.fingerprint(node)
        hit = kept.get(name)
        if hit is not None and hit[0] == text and replayable(ctx, hit[1], node_text, hit[2]):
            replay(ctx, hit[1])
        else:
            rec, result = record(ctx, lambda: compute(name, node))  # noqa: B023 (called at once)
            refs = {ref: node_text(ref) for ref in rec.refs if not ref.startswith(_COMPONENT_SCHEMAS)}
            hit = (text, rec, refs, result)
        fresh[name] = hit
        results.append(hit[3])
    store["key"], store["items"] = key, fresh
    return results
