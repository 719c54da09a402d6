"""Results a resident process (``pfgen watch``) keeps from one run to the next, so a save that changes one
operation rebuilds, replans and rerenders only what that change reaches.

Outside a ``session()`` nothing is kept and every ``slot`` is ``None``: one-shot commands compute everything, as
before. Inside one, a stage asks for its slot (a plain dict that lives as long as the session) and stores what
it needs to recognise the same input next time. A stage reuses a result only when it can show that the inputs
it read are the same as last time, by value and type (``fingerprint``), or are the very same objects
(identity); otherwise it computes afresh. So a run inside a session produces exactly what a run outside
produces (tests/test_reuse.py compares the two on random edits).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")
R = TypeVar("R")

_SESSION: dict[str, dict[Any, Any]] | None = None


@contextmanager
def session() -> Iterator[None]:
    """Keep results between the runs made inside this block (one process, one thread)."""
    global _SESSION
    outer, _SESSION = _SESSION, {}
    try:
        yield
    finally:
        _SESSION = outer


def active() -> bool:
    """Whether a session is on (results are kept in memory between runs)."""
    return _SESSION is not None


def slot(name: str) -> dict[Any, Any] | None:
    """The store named ``name`` of the current session, or ``None`` outside one."""
    if _SESSION is None:
        return None
    return _SESSION.setdefault(name, {})


def begin_run() -> None:
    """A new run of the session starts (``pfgen watch``: one per save): ``recent`` stores forget what the last run
    did not use."""
    if _SESSION is not None:
        counter = _SESSION.setdefault("reuse.runs", {})
        counter["run"] = counter.get("run", 0) + 1


class Recent:
    """A session store of entries per document (its name): an entry neither written nor read in the last run or
    this one is dropped, so a watch whose spec is the newest file of a snapshot folder (a new name at each
    fetch) does not keep every document it ever parsed."""

    __slots__ = ("_run", "_store")

    def __init__(self, store: dict[Hashable, tuple[int, Any]], run: int) -> None:
        self._store, self._run = store, run

    def get(self, key: Hashable) -> Any:
        hit = self._store.get(key)
        if hit is None:
            return None
        self._store[key] = (self._run, hit[1])
        return hit[1]

    def put(self, key: Hashable, value: Any) -> None:
        self._store[key] = (self._run, value)

    def values(self) -> list[Any]:
        return [value for _, value in self._store.values()]


def recent(name: str) -> Recent | None:
    """The ``Recent`` store named ``name`` of the current session, or ``None`` outside one."""
    store = slot(name)
    if store is None:
        return None
    counter = slot("reuse.runs")
    run: int = counter.get("run", 0) if counter is not None else 0
    entries: dict[Hashable, tuple[int, Any]] = store.setdefault("entries", {})
    if store.get("swept") != run:
        store["swept"] = run
        for key in [key for key, (used, _) in entries.items() if used < run - 1]:
            del entries[key]
    return Recent(entries, run)


def map_kept(name: str, items: Iterable[T], compute: Callable[[T], R], key: object = None,
             by_value: bool = False) -> list[R]:
    """``[compute(item) for item in items]``, for a pure ``compute``. In a session, an item that is the very
    object computed last time, under an equal ``key`` (whatever else the results depend on), keeps its result.
    With ``by_value``, so does an item rebuilt with the same content (same ``fingerprint``): it gets the very
    result object of last time, so what is kept downstream by identity is kept for it too. Only this run's
    items are kept for the next one (they stay alive, so their ids cannot be reused)."""
    store = slot(name)
    if store is None:
        return [compute(item) for item in items]
    same_key = store.get("key") == key
    done: dict[int, tuple[Any, R]] = store.get("done", {}) if same_key else {}
    texts: dict[bytes, R] = store.get("texts", {}) if same_key and by_value else {}
    kept: dict[int, tuple[Any, R]] = {}
    kept_texts: dict[bytes, R] = {}
    results: list[R] = []
    for item in items:
        hit = done.get(id(item))
        if hit is None or hit[0] is not item:
            if by_value:
                text = fingerprint(item)
                result = texts[text] if text in texts else compute(item)
                kept_texts[text] = result
                hit = (item, result)
            else:
                hit = (item, compute(item))
        kept[id(item)] = hit
        results.append(hit[1])
    store["key"], store["done"], store["texts"] = key, kept, kept_texts
    return results


def map_kept_reading(name: str, items: Iterable[tuple[Hashable, Sequence[Any]]], data: Sequence[Mapping[Any, Any]],
                     compute: Callable[[Sequence[Any], Sequence[Mapping[Any, Any]]], R], key: object = None) -> list[R]:
    """``[compute(parts, data) for label, parts in items]``, for a ``compute`` that reads ``parts`` and some keys
    of each mapping in ``data``. In a session, the item of the same ``label`` keeps last run's result, under an
    equal ``key``, while its parts are the very objects of last time (strings: the same text) and every key of
    each mapping it read (recorded) still maps to the same value. A result computed by iterating over a whole
    mapping is not kept."""
    store = slot(name)
    if store is None:
        return [compute(parts, data) for _, parts in items]
    done: dict[Hashable, tuple[Sequence[Any], tuple[Any, ...], R]] = store.get("done", {}) \
        if store.get("key") == key else {}
    kept: dict[Hashable, tuple[Sequence[Any], tuple[Any, ...], R]] = {}
    results: list[R] = []
    for label, parts in items:
        hit = done.get(label)
        if hit is None or len(hit[0]) != len(parts) or not all(map(_same, hit[0], parts)) \
                or not all(map(still_holds, hit[1], data)):
            seen = [RecordingMapping(d) for d in data]
            result = compute(parts, seen)
            hit = (parts, tuple(r.dependencies() for r in seen), result)
        if None not in hit[1]:
            kept[label] = hit
        results.append(hit[2])
    store["key"], store["done"] = key, kept
    return results


def share(name: Hashable, parts: Sequence[tuple[Hashable, Any]], key: object = None) -> list[tuple[Any, bool]]:
    """For each ``(place, value)``: in a session, the value the last call of this ``name`` gave at the same place,
    under an equal ``key``, if it is that object or has the same ``fingerprint`` (that very object, so whatever
    later stages keep by identity is kept for it too), and ``True``; otherwise ``value`` and ``False``. Outside
    a session, the values as given.

    A parser shares the parts of a freshly parsed document this way, so an edit that changes one operation
    leaves every other part the very object of the last run. The values must never be modified afterwards (a
    loaded document never is), and ``fingerprint`` knows their fingerprints without computing them again."""
    store = recent("share")
    if store is None:
        return [(value, False) for _, value in parts]
    last_key, last = store.get(name) or (None, {})
    if last_key != key:
        last = {}
    previous: dict[Hashable, tuple[Any, bytes]] = last
    now: dict[Hashable, tuple[Any, bytes]] = {}
    out: list[tuple[Any, bool]] = []
    for place, value in parts:
        hit = previous.get(place)
        if hit is not None and hit[0] is value:  # handed out again by the parser itself (``json_reparse``)
            text, same = hit[1], True
        else:
            text = fingerprint(value)
            same = False
            if hit is not None and hit[1] == text:
                value, same = hit[0], True
        now[place] = (value, text)
        out.append((value, same))
    store.put(name, (key, now))
    known = slot("share.known")
    assert known is not None
    known.clear()
    for _, places in store.values():
        known.update((id(value), (value, text)) for value, text in places.values())
    return out


class IdentityMemo:
    """``compute(obj)`` per object; in a session, also kept for the next run while that very object is in it
    (``identity_memo``). Only for a ``compute`` whose result depends on nothing but the object, and objects that
    are never modified (parts of a loaded document)."""

    __slots__ = ("_last", "_now")

    def __init__(self, last: dict[int, tuple[Any, Any]], now: dict[int, tuple[Any, Any]]) -> None:
        self._last = last
        self._now = now

    def get(self, obj: T, compute: Callable[[T], R]) -> R:
        key = id(obj)
        hit = self._now.get(key)
        if hit is None or hit[0] is not obj:
            hit = self._last.get(key)
            if hit is None or hit[0] is not obj:
                hit = (obj, compute(obj))
            self._now[key] = hit  # the object stays alive while it is remembered: its id cannot be reused
        result: R = hit[1]
        return result


def identity_memo(name: str) -> IdentityMemo:
    """A fresh memo for one run; in a session it starts from what the last run's memo of this name computed
    (only the entries this run uses are passed on to the next)."""
    store = slot(name)
    if store is None:
        return IdentityMemo({}, {})
    last: dict[int, tuple[Any, Any]] = store.get("now", {})
    now: dict[int, tuple[Any, Any]] = {}
    store["now"] = now
    return IdentityMemo(last, now)


def fingerprint(value: Any) -> bytes:
    """Bytes that differ whenever two JSON-like values differ, in value or in type.

    ``==`` is not enough: ``1 == 1.0 == True``, ``0.0 == -0.0``, ``{1: x} == {1.0: x}``, and dicts compare
    equal whatever their key order, but a generated client writes all of these differently. ``marshal``'s
    format 0 writes every value with its type, dict items in order and floats to 17 digits, and has no
    references between objects (so the same value gives the same bytes however its objects are shared or
    interned); it is about four times faster than ``repr``. A value marshal cannot write (a date from YAML)
    falls back to its ``repr``, marked so that it never equals a marshalled value.
    """
    if _SESSION is not None and type(value) in (dict, list):
        known = _SESSION.get("share.known")
        hit = known.get(id(value)) if known is not None else None
        if hit is not None and hit[0] is value:
            kept: bytes = hit[1]
            return kept
    try:
        return marshal.dumps(value, 0)
    except ValueError:
        return b"\0" + repr(value).encode("utf-8", "surrogatepass")


class RecordingMapping(Mapping[K, V]):
    """A read-only view of ``data`` that records which keys were read (and whether all of it was), so a result
    computed through it can later be reused while those keys still map to the same objects."""

    __slots__ = ("_data", "read", "whole")

    def __init__(self, data: Mapping[K, V]) -> None:
        self._data = data
        self.read: set[K] = set()
        self.whole = False

    def __getitem__(self, key: K) -> V:
        self.read.add(key)
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        self.read.add(key)  # type: ignore[arg-type]
        return key in self._data

    def __iter__(self) -> Iterator[K]:
        self.whole = True
        return iter(self._data)

    def __len__(self) -> int:
        self.whole = True
        return len(self._data)

    def dependencies(self) -> tuple[tuple[K, Any], ...] | None:
        """(key, the object it mapped to or ``_MISSING``) per key read; ``None`` when all of it was read."""
        if self.whole:
            return None
        return tuple((key, self._data.get(key, _MISSING)) for key in self.read)


_MISSING = object()


def _same(a: Any, b: Any) -> bool:
    """The very same object; or, for strings (which a new run builds afresh), the same text."""
    return a is b or (type(a) is str and type(b) is str and a == b)


def still_holds(dependencies: tuple[tuple[Any, Any], ...] | None, data: Mapping[Any, Any]) -> bool:
    """Whether every recorded key of ``data`` still maps to the same value (``_same``); never when the whole
    mapping was read (``None``)."""
    if dependencies is None:
        return False
    return all(_same(data.get(key, _MISSING), value) for key, value in dependencies)
