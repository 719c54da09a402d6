"""What the last run of the same client package planned and rendered: each model module's text and each
resource's view, kept by the exact IR they were planned from, and every other file's text, by its view, so a
one-shot regeneration plans only the modules and resources a change reaches and renders only the files it
changes.

A model module's view is a function of its own schemas and of whatever it looks up in the name tables
(``by_name``, ``module_of``: a referenced schema's kind, members and module); its text is a function of that view
and the template set. So the last run stores, per module: a digest of its own schemas, the names it looked up
(``reuse.RecordingMapping``), a key over its schemas and what those names mapped to, and the rendered text. The
next run takes the text when the module's own schemas digest the same and the same lookups, made on this run's
tables, give the same key: planning it again would then look up the same names, get the same answers and build
the same view (the argument of ``reuse.map_kept_reading``, across processes). A module whose planning iterated a
whole table is not kept. A resource module's view feeds the client module and README, so every run needs it: by
the same rule it is kept pickled and read back (``view``) instead of planned. Every other file's text is kept by
a digest of its template name and view, so an unchanged one is not rendered again.

Digests are sha256 of ``pickle`` in fast mode (no memo: equal values give equal bytes however their objects are
shared), which writes every value with its type and every dataclass field in order; the key also covers pfgen's
planning, layout and rendering code (``cachefiles.fingerprint``), the template set, and jinja2's version. Any
failure (an unpicklable value, an unreadable or foreign cache file) plans the module afresh. The memo is one
``marshal`` file (trusted like ``__pycache__``, ``cachedir.read_marshal``, which matters as it holds pickled
views; JSON took 15-70 ms to read and write for a large client) per client package name and interpreter in the
``plan-memo`` cache section (two outputs of one package only cost each other hits), with a delta file beside it:
a run that planned or rendered something anew writes what differs from the main file to the delta (replacing
the last delta), and rewrites the main file whole, holding only that run's entries, once the delta or the
entries it did not use grow past a quarter of it. A delta names the main file it applies to (a token written
with it): beside another main file it is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from generator import reuse
from generator.cachedir import read_marshal, write_marshal
from generator.cachefiles import fingerprint, section_dir
from generator.pickled import pickled

V = TypeVar("V")

SECTION = "plan-memo"
FORMAT = 3
# Everything between the IR and a rendered model module (template sources are in the template set's digest;
# tests/test_cachefiles.py checks the list).
CODE = ("plan", "codegen", "render", "ir", "reuse", "digests", "pickled")


_UNDIGESTIBLE = (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError)


class PlanMemo:
    """One package's memo for one run: ``remembered`` answers from the last run's file for a model module and
    ``planned`` notes one planned afresh; ``view`` does both for a resource's view; ``view_text`` and
    ``rendered`` do the same for any other file's text, by its template and view; ``save`` stores this run's
    entries."""

    def __init__(self, package: str, salt: str) -> None:
        where = section_dir(SECTION)
        name = hashlib.sha256(package.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self._file = where / f"{name}-{importlib.util.MAGIC_NUMBER.hex()}.marshal" if where is not None else None
        self._delta = self._file.with_suffix(".delta") if self._file is not None else None
        self._salt = hashlib.sha256(f"{FORMAT}\0{fingerprint(CODE, ('jinja2',))}\0{salt}".encode()).digest()
        self._last: dict[str, list[Any]] | None = None
        self._now: dict[str, list[Any]] = {}
        self._pending: dict[str, list[Any]] = {}
        self._digests: dict[int, tuple[object, bytes]] = {}
        self._last_views: dict[str, Any] = {}
        self._views: dict[str, str] = {}
        self._new_views = False
        self._fresh = False
        self._base: tuple[str, dict[str, list[Any]], dict[str, Any]] | None = None  # the main file's

    def _entries(self) -> dict[str, list[Any]]:
        """The last runs' entries: the main file's, updated by its delta file (``save``)."""
        if self._last is None:
            self._last, self._last_views = {}, {}
            main = self._read(self._file)
            if main is not None and isinstance(main.get("token"), str):
                self._base = (main["token"], main["modules"], main["views"])
                self._last, self._last_views = dict(main["modules"]), dict(main["views"])
                delta = self._read(self._delta)
                if delta is not None and delta.get("base") == main["token"]:
                    self._last.update(delta["modules"])
                    self._last_views.update(delta["views"])
        return self._last

    def _read(self, path: Path | None) -> dict[str, Any] | None:
        raw = read_marshal(path) if path is not None else None
        if isinstance(raw, dict) and raw.get("salt") == self._salt.hex() and isinstance(raw.get("modules"), dict) \
                and isinstance(raw.get("views"), dict):
            return raw
        return None

    def view_text(self, template: str, view: object) -> tuple[str | None, str | None]:
        """(the text the last run rendered from ``template`` and an equal view, or ``None``; the key to keep this
        run's text under with ``rendered``, or ``None`` when the view cannot be digested)."""
        try:
            digest = hashlib.sha256(self._salt + b"v" + template.encode("utf-8", "surrogatepass") + b"\0")
            digest.update(pickled(view, digest=True))
        except _UNDIGESTIBLE:
            return None, None
        key = digest.hexdigest()
        self._entries()
        text = self._last_views.get(key)
        if not isinstance(text, str):
            return None, key
        self._views[key] = text
        return text, key

    def rendered(self, key: str, text: str) -> None:
        """``view_text``'s ``key`` rendered to ``text`` afresh."""
        self._views[key] = text
        self._new_views = True

    def digest(self, value: object) -> bytes:
        """sha256 of ``value``'s content (kept per object for this run: IR objects are never modified)."""
        if type(value) is str:
            return hashlib.sha256(b"s" + value.encode("utf-8", "surrogatepass")).digest()
        hit = self._digests.get(id(value))
        if hit is None or hit[0] is not value:
            hit = (value, hashlib.sha256(b"p" + pickled(value, digest=True)).digest())
            self._digests[id(value)] = hit
        return hit[1]

    def own(self, label: str, parts: Sequence[object]) -> str | None:
        """The digest of a module's own inputs (its name, settings and schemas); ``None`` when one cannot be
        digested (the module is then planned, and not remembered)."""
        digest = hashlib.sha256(self._salt)
        digest.update(label.encode("utf-8", "surrogatepass"))
        try:
            for part in parts:
                digest.update(self.digest(part))
        except _UNDIGESTIBLE:
            return None
        return digest.hexdigest()

    def _key(self, own: str, reads: Sequence[Sequence[str]], tables: Sequence[Mapping[str, Any]]) -> str:
        digest = hashlib.sha256(own.encode())
        missing = object()
        for names, table in zip(reads, tables, strict=True):
            digest.update(b"\1")
            for name in names:
                value = table.get(name, missing)
                digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
                digest.update(b"-" if value is missing else self.digest(value))
        return digest.hexdigest()

    def remembered(self, label: str, own: str, tables: Sequence[Mapping[str, Any]]) -> str | None:
        """The text the last run rendered for module ``label``, if planning it now would give the same view."""
        text = self._payload(label, own, tables)
        return text if isinstance(text, str) else None

    def _payload(self, label: str, own: str, tables: Sequence[Mapping[str, Any]]) -> str | bytes | None:
        try:
            entry = self._entries().get(label)
            if not (isinstance(entry, list) and len(entry) == 4 and entry[0] == own
                    and isinstance(entry[3], (str, bytes))):
                return None
            reads = entry[1]
            if not (isinstance(reads, list) and len(reads) == len(tables)
                    and all(isinstance(names, list) and all(isinstance(n, str) for n in names) for names in reads)):
                return None
            if self._key(own, reads, tables) != entry[2]:
                return None
        except _UNDIGESTIBLE:
            return None
        self._now[label] = entry
        payload: str | bytes = entry[3]
        return payload

    def view(self, label: str, parts: Sequence[object], tables: Sequence[Mapping[str, Any]],
             compute: Callable[[Sequence[Mapping[str, Any]]], V]) -> V:
        """``compute(tables)``, a view that reads only ``parts`` and some names of ``tables`` (through the
        recording mappings it is given): the last run's view of ``label`` (kept pickled), when ``parts`` digest
        the same and the names it looked up map to the same values; else computed and kept. For views every run
        needs (a resource's feeds the client module and README) but whose planning can be skipped."""
        own = self.own(label, parts)
        kept = self._payload(label, own, tables) if own is not None else None
        if isinstance(kept, bytes):
            try:
                view: V = pickle.loads(kept)
                return view
            except Exception:  # noqa: BLE001 -- a view that cannot be read back is computed again
                self._now.pop(label, None)
        seen = [reuse.RecordingMapping(table) for table in tables]
        view = compute(seen)
        if own is not None:
            self.planned(label, own, [None if r.whole else r.read for r in seen], tables)
            try:
                self._resolve(label, pickled(view))
            except _UNDIGESTIBLE:
                self._pending.pop(label, None)
        return view

    def planned(self, label: str, own: str, reads: Sequence[Iterable[str] | None],
                tables: Sequence[Mapping[str, Any]]) -> None:
        """Module ``label`` was planned afresh, looking up ``reads`` (per table; ``None``: all of it) in
        ``tables``: its text is kept by ``save`` unless a whole table was read."""
        if any(names is None for names in reads):
            return
        names = [sorted(n for n in (names or ()) if isinstance(n, str)) for names in reads]
        try:
            self._pending[label] = [own, names, self._key(own, names, tables)]
        except _UNDIGESTIBLE:
            return

    def _resolve(self, label: str, payload: str | bytes) -> None:
        entry = self._pending.pop(label, None)
        if entry is not None:
            self._now[label] = [*entry, payload]
            self._fresh = True

    def save(self, texts: Iterable[tuple[str, str]]) -> None:
        """Store this run's entries: those taken from the memo, the views kept, and the ``(label, text)`` of the
        modules planned anew."""
        for label, text in texts:
            self._resolve(label, text)
        last = self._entries()
        anything_new = self._fresh or self._new_views or set(self._now) != set(last) \
            or set(self._views) != set(self._last_views)
        if self._file is None or self._delta is None or not anything_new:
            return
        # What differs from the main file goes to a small delta file beside it, while that is a small part of the
        # whole: a one-operation change rewrote the whole memo (1.9 MB for adyen-management, ~4.5 ms with freeing
        # the old file's blocks) to change two entries. The whole is rewritten (leaving out what this run did not
        # use) when the delta or the unused part grows past a quarter.
        if self._base is not None:
            token, modules, views = self._base
            changed = {label: entry for label, entry in self._now.items() if modules.get(label) is not entry}
            new_views = {key: text for key, text in self._views.items() if key not in views}
            unused = sum(label not in self._now for label in modules) + sum(key not in self._views for key in views)
            if 4 * max(len(changed) + len(new_views), unused) <= len(modules) + len(views):
                write_marshal(self._delta, {"salt": self._salt.hex(), "base": token, "modules": changed,
                                            "views": new_views})
                return
        token = os.urandom(16).hex()
        if write_marshal(self._file, {"salt": self._salt.hex(), "token": token, "modules": self._now,
                                      "views": self._views}):
            with contextlib.suppress(OSError):
                self._delta.unlink()
