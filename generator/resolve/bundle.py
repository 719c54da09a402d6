"""Making a multi-file spec one self-contained document whose every ``$ref`` is local.

Three phases, so names do not depend on the order refs happen to be met:

1. *discover*: walk the root document; every ``$ref`` into another document (or into a part of one) makes a
   ``Piece``; pieces are walked in turn (a queue, so cycles across files end); local refs are checked.
2. *name*: each piece gets a home in the root: ``components/<section>/<Name>`` (``definitions`` etc. for
   Swagger 2.0) under the last pointer segment or the file stem, ``Name2``, ``Name3``... on collisions in
   sorted order; a piece referenced from a component slot (``components/schemas/Pet: {$ref: pet.yaml}``)
   takes that slot; path items (and kinds Swagger 2.0 has no section for) are inlined where used.
3. *build*: copy only the containers on the way to a changed ``$ref`` (the rest is shared with the input,
   which is never modified), rewrite refs, add the pieces.
"""

from __future__ import annotations

import difflib
import re
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from generator.errors import Diagnostic, GeneratorError, InputError, Location
from generator.load.document import SourceDocument
from generator.load.locate import locate
from generator.resolve.documents import Documents, Loader, MissingDocument, Place
from generator.resolve.model import SpecFamily
from generator.resolve.pointer import PointerError, Token, from_fragment, join, lookup, split
from generator.resolve.walk import KIND_CONTEXT, classify, find_refs, json_copy

_SECTIONS: dict[SpecFamily, dict[str, tuple[str, ...]]] = {
    "2.0": {
        "schema": ("definitions",),
        "parameter": ("parameters",),
        "response": ("responses",),
    },
    "3.0": {
        "schema": ("components", "schemas"),
        "parameter": ("components", "parameters"),
        "response": ("components", "responses"),
        "requestBody": ("components", "requestBodies"),
        "header": ("components", "headers"),
        "example": ("components", "examples"),
        "securityScheme": ("components", "securitySchemes"),
        "link": ("components", "links"),
        "callback": ("components", "callbacks"),
    },
}
_SECTIONS["3.1"] = _SECTIONS["3.0"]
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_FRAGMENT_UNSAFE = re.compile(r"[%# \"]")


@dataclass(eq=False)
class Piece:
    """Something in another document that a ``$ref`` names, and everything needed to hoist it."""

    place: Place
    doc: SourceDocument
    tokens: tuple[str, ...]          # where it is in its document
    node: Any
    kind: str
    rewrites: list[Rewrite] = field(default_factory=list)  # refs inside it, paths relative to ``node``
    home: tuple[str, ...] | None = None   # where it lives in the bundle; None: inlined at each use

    @property
    def pointer(self) -> str:
        return join(self.tokens)


@dataclass(eq=False)
class Rewrite:
    """A ``$ref`` holder at ``path`` that must change: point at ``local`` or at ``piece``."""

    path: tuple[Token, ...]
    piece: Piece | None = None
    local: str = ""


@dataclass(frozen=True, slots=True)
class Bundle:
    data: dict[str, Any]
    documents: tuple[SourceDocument, ...]
    origins: tuple[tuple[str, str, str], ...]
    diagnostics: tuple[Diagnostic, ...]


def bundle(
    root: SourceDocument,
    family: SpecFamily,
    *,
    allow_remote_refs: bool = False,
    allow_outside_refs: bool = False,
    loader: Loader | None = None,
) -> Bundle:
    """Bundle ``root`` (whose ``data`` is a mapping); see the module docstring."""
    return _Bundler(root, family, allow_remote_refs, allow_outside_refs, loader).run()


class _Bundler:
    def __init__(
        self,
        root: SourceDocument,
        family: SpecFamily,
        allow_remote: bool,
        allow_outside: bool,
        loader: Loader | None,
    ) -> None:
        self.root = root
        self.family = family
        self.docs = Documents(root, allow_remote_refs=allow_remote, allow_outside_refs=allow_outside,
                              loader=loader)
        self.pieces: dict[tuple[str, str], Piece] = {}
        self.root_rewrites: list[Rewrite] = []
        self.missing: list[Diagnostic] = []
        self.queue: deque[Piece] = deque()
        self.anchors: dict[str, dict[str, tuple[str, ...]]] = {}

    # -- phase 1: discover ------------------------------------------------------------------------------------
    def run(self) -> Bundle:
        self._scan(self.root.data, self.docs.root, self.root, (), None, self.root_rewrites)
        while self.queue:
            piece = self.queue.popleft()
            self._scan(piece.node, piece.place, piece.doc, piece.tokens, piece, piece.rewrites)
        if self.missing:
            first = self.missing[0]
            count = len(self.missing)
            message = first.message if count == 1 else f"{count} `$ref`s point at nothing; the first: {first.message}"
            raise InputError("ref-not-found", message, first.location, first.hint,
                             diagnostics=tuple(self.missing) if count > 1 else ())
        if not self.root_rewrites:
            # Nothing to change: the input itself is the bundle (no copy of a large document).
            return Bundle(self.root.data, (self.root,), (), self.root.diagnostics)
        self._name()
        data = self._build()
        documents = (self.root, *self.docs.external())
        diagnostics = tuple(d for doc in documents for d in doc.diagnostics)
        return Bundle(data, documents, self._origins(), diagnostics)

    def _scan(
        self,
        top: Any,
        place: Place,
        doc: SourceDocument,
        base: tuple[str, ...],
        piece: Piece | None,
        out: list[Rewrite],
    ) -> None:
        context = KIND_CONTEXT[piece.kind] if piece is not None else ()
        for path, _holder, ref in find_refs(top):
            where = Location(place.display, pointer=join(base + tuple(str(t) for t in path)))
            before = len(self.missing)
            try:
                rewrite = self._follow(ref, place, doc, where, context + path, piece is None)
            except GeneratorError as exc:
                if exc.location is where:
                    exc.location = _positioned(doc, where)
                raise
            for index in range(before, len(self.missing)):
                self.missing[index] = replace(self.missing[index], location=_positioned(doc, where))
            if rewrite is not None:
                rewrite.path = path
                out.append(rewrite)

    def _follow(
        self,
        ref: str,
        place: Place,
        doc: SourceDocument,
        where: Location,
        context: tuple[Token, ...],
        in_root: bool,
    ) -> Rewrite | None:
        target, has_hash, fragment = ref.partition("#")
        if not target and not has_hash:
            self.missing.append(Diagnostic("error", "ref-not-found", "`$ref` is an empty string", where,
                                           "write a JSON pointer such as '#/components/schemas/Pet'"))
            return None
        if target:
            target_place = self.docs.place_of(target, place, ref, where)
            try:
                target_doc = self.docs.load(target_place, ref, where)
            except MissingDocument as exc:
                self.missing.append(Diagnostic(
                    "error", "ref-not-found", f"`$ref` '{ref}' names a file that does not exist: {exc}", where,
                    "check the path; relative refs resolve against the folder of the file that contains them",
                ))
                return None
            target_place = self.docs.places[target_place.key]
        else:
            target_place, target_doc = place, doc
        tokens = self._tokens(ref, fragment, target_place, target_doc, where, place)
        if tokens is None:
            return None
        if target_place.key == self.docs.root.key:
            if in_root and not target and (not fragment or fragment.startswith("/")):
                return None  # an ordinary local ref: leave it exactly as written
            return Rewrite((), local="#" + _FRAGMENT_UNSAFE.sub(_percent, join(tokens)))
        key = (target_place.key, join(tokens))
        piece = self.pieces.get(key)
        if piece is None:
            node = lookup(target_doc.data, tokens)
            piece = Piece(target_place, target_doc, tokens, node, classify(context))
            self.pieces[key] = piece
            self.queue.append(piece)
        return Rewrite((), piece=piece)

    def _tokens(
        self, ref: str, fragment: str, place: Place, doc: SourceDocument, where: Location, referrer: Place
    ) -> tuple[str, ...] | None:
        pointer = from_fragment(fragment)
        if pointer and not pointer.startswith("/"):
            tokens = self._anchor(place, doc).get(pointer)
            if tokens is None:
                self.missing.append(Diagnostic(
                    "error", "ref-not-found",
                    f"`$ref` '{ref}' names the anchor '{pointer}', which {place.display} does not define",
                    where, "define it with `$anchor` or use a JSON pointer ('#/components/schemas/Name')",
                ))
            return tokens
        tokens = split(pointer)
        try:
            lookup(doc.data, tokens)
        except PointerError as exc:
            self.missing.append(self._not_found(ref, place, exc, where, referrer))
            return None
        return tokens

    def _not_found(
        self, ref: str, place: Place, exc: PointerError, where: Location, referrer: Place
    ) -> Diagnostic:
        found = f"'{join(exc.found)}'" if exc.found else "the top level"
        in_file = f" of {place.display}" if place.key != referrer.key else ""
        hint = "check the spelling of the ref"
        if isinstance(exc.container, dict):
            close = difflib.get_close_matches(exc.missing, [str(k) for k in exc.container], n=3)
            if close:
                hint = f"did you mean {' or '.join(repr(c) for c in close)}?"
        return Diagnostic(
            "error", "ref-not-found",
            f"`$ref` '{ref}' points at nothing: {found}{in_file} has no '{exc.missing}'", where, hint,
        )

    def _anchor(self, place: Place, doc: SourceDocument) -> dict[str, tuple[str, ...]]:
        index = self.anchors.get(place.key)
        if index is None:
            index = {}
            stack: list[tuple[Any, tuple[str, ...]]] = [(doc.data, ())]
            while stack:
                node, path = stack.pop()
                if isinstance(node, dict):
                    anchor = node.get("$anchor")
                    if isinstance(anchor, str):
                        index.setdefault(anchor, path)
                    stack.extend((v, path + (str(k),)) for k, v in node.items() if isinstance(v, (dict, list)))
                elif isinstance(node, list):
                    stack.extend((v, path + (str(i),)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
            self.anchors[place.key] = index
        return index

    # -- phase 2: name ----------------------------------------------------------------------------------------
    def _name(self) -> None:
        sections = _SECTIONS[self.family]
        slot_kinds = {path: kind for kind, path in sections.items()}
        # A piece named by a bare component slot moves into that slot (first slot in sorted order wins).
        slotted: list[Rewrite] = []
        for rewrite in sorted(self.root_rewrites, key=lambda r: _sort_key(r.path)):
            piece, path = rewrite.piece, rewrite.path
            if piece is None or piece.home is not None or len(path) < 2:
                continue
            section, name = tuple(str(t) for t in path[:-1]), str(path[-1])
            if section in slot_kinds and self._holder_is_bare(path):
                piece.kind = slot_kinds[section]
                piece.home = section + (name,)
                slotted.append(rewrite)
        self.slotted = {id(r) for r in slotted}
        self.slotted_pieces = {id(r.piece) for r in slotted}
        taken: dict[tuple[str, ...], set[str]] = {}
        for section in sections.values():
            existing = _get(self.root.data, section)
            taken[section] = {str(k) for k in existing} if isinstance(existing, dict) else set()
        waiting = [p for p in self.pieces.values() if p.home is None and p.kind in sections]
        waiting.sort(key=lambda p: (sections[p.kind], _base_name(p), p.place.display, p.tokens))
        for piece in waiting:
            section = sections[piece.kind]
            base = _base_name(piece)
            name, number = base, 1
            while name in taken[section]:
                number += 1
                name = f"{base}{number}"
            taken[section].add(name)
            piece.home = section + (name,)

    def _holder_is_bare(self, path: tuple[Token, ...]) -> bool:
        holder = _get(self.root.data, tuple(str(t) for t in path))
        return isinstance(holder, dict) and len(holder) == 1

    # -- phase 3: build ---------------------------------------------------------------------------------------
    def _build(self) -> dict[str, Any]:
        self.contents: dict[int, Any] = {}
        self.building: set[int] = set()
        copier = _PathCopier(self.root.data)
        for rewrite in sorted(self.root_rewrites, key=lambda r: -len(r.path)):
            if id(rewrite) in self.slotted or (rewrite.piece is not None and rewrite.piece.home is None):
                assert rewrite.piece is not None
                self._inline(copier.mutable(rewrite.path[:-1]), rewrite.path[-1], rewrite.piece,
                             copier.mutable(rewrite.path), copy=id(rewrite) not in self.slotted)
            else:
                copier.mutable(rewrite.path)["$ref"] = self._target(rewrite)
        homed = [p for p in self.pieces.values() if p.home is not None]
        for piece in sorted(homed, key=lambda p: _sort_key(p.home or ())):
            assert piece.home is not None
            if id(piece) in self.slotted_pieces:
                continue  # already placed in its slot
            section = copier.mutable(piece.home[:-1], create=True)
            section[piece.home[-1]] = self._content(piece)
        return copier.top

    def _target(self, rewrite: Rewrite) -> str:
        if rewrite.piece is None:
            return rewrite.local
        assert rewrite.piece.home is not None
        return "#" + join(rewrite.piece.home)

    def _content(self, piece: Piece) -> Any:
        """The piece with its own refs rewritten (built once)."""
        done = self.contents.get(id(piece))
        if done is not None:
            return done
        if id(piece) in self.building:
            raise InputError(
                "ref-cycle",
                f"{piece.kind} '{piece.place.display}#{piece.pointer}' includes itself through `$ref`s",
                Location(piece.place.display, pointer=piece.pointer),
                hint="path items cannot refer to themselves; break the cycle",
            )
        self.building.add(id(piece))
        holder: dict[str, Any] = {"": json_copy(piece.node)}
        for rewrite in sorted(piece.rewrites, key=lambda r: -len(r.path)):
            path = ("",) + rewrite.path
            if rewrite.piece is not None and rewrite.piece.home is None:
                self._inline(_get(holder, path[:-1]), path[-1], rewrite.piece, _get(holder, path), copy=True)
            else:
                _get(holder, path)["$ref"] = self._target(rewrite)
        self.building.discard(id(piece))
        self.contents[id(piece)] = holder[""]
        return holder[""]

    def _inline(self, parent: Any, token: Token, piece: Piece, ref_holder: dict[str, Any], copy: bool) -> None:
        """Put the piece's content where its ``$ref`` was; the ref's siblings win over the piece's fields."""
        content = self._content(piece)
        if copy:
            content = json_copy(content)
        siblings = {k: v for k, v in ref_holder.items() if k != "$ref"}
        if siblings and isinstance(content, dict):
            content = {**content, **siblings}
        parent[token] = content

    def _origins(self) -> tuple[tuple[str, str, str], ...]:
        found: set[tuple[str, str, str]] = set()

        def inlined(base: tuple[Token, ...], rewrites: list[Rewrite], seen: frozenset[int]) -> None:
            for rewrite in rewrites:
                piece = rewrite.piece
                if piece is None or piece.home is not None or id(piece) in seen:
                    continue
                site = base + rewrite.path
                found.add((join(site), piece.place.display, piece.pointer))
                inlined(site, piece.rewrites, seen | {id(piece)})

        for piece in self.pieces.values():
            if piece.home is not None:
                found.add((join(piece.home), piece.place.display, piece.pointer))
                inlined(piece.home, piece.rewrites, frozenset({id(piece)}))
        inlined((), self.root_rewrites, frozenset())
        return tuple(sorted(found))


class _PathCopier:
    """Copy-on-write over a JSON tree: ``mutable(path)`` copies only the containers on ``path``."""

    def __init__(self, top: dict[str, Any]) -> None:
        self.top: dict[str, Any] = dict(top)
        self.fresh: set[int] = {id(self.top)}
        self.keep: list[Any] = [self.top]  # keeps copies alive so their ids stay unique

    def mutable(self, path: tuple[Token, ...], *, create: bool = False) -> Any:
        node: Any = self.top
        for token in path:
            if create and isinstance(node, dict) and token not in node:
                node[token] = {}
            child = node[token]
            if not isinstance(child, (dict, list)):
                raise InputError(
                    "bundle-conflict",
                    f"cannot add bundled components under '{join(path)}': it is not a mapping",
                    Location(pointer=join(path)),
                    hint="make it a mapping, or inline the external documents yourself",
                )
            if id(child) not in self.fresh:
                child = dict(child) if isinstance(child, dict) else list(child)
                node[token] = child
                self.fresh.add(id(child))
                self.keep.append(child)
            node = child
        return node


def _positioned(doc: SourceDocument, where: Location) -> Location:
    """``where`` with the line and column of its pointer in ``doc`` (computed only for messages)."""
    position = locate(doc, where.pointer)
    if position is None:
        return where
    return Location(where.file, position[0], position[1], where.pointer)


def _get(node: Any, path: tuple[Token, ...]) -> Any:
    for token in path:
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and isinstance(token, int) and token < len(node):
            node = node[token]
        else:
            return None
    return node


def _base_name(piece: Piece) -> str:
    if piece.tokens:
        raw = piece.tokens[-1]
    else:
        path = urlsplit(piece.place.display).path if piece.place.remote else piece.place.display
        raw = PurePosixPath(path.replace("\\", "/")).stem
    name = _UNSAFE_NAME.sub("_", raw).strip("_")
    return name or piece.kind[:1].upper() + piece.kind[1:]


def _sort_key(path: tuple[Token, ...]) -> tuple[tuple[int, str], ...]:
    return tuple((0, f"{t:020d}") if isinstance(t, int) else (1, t) for t in path)


def _percent(match: re.Match[str]) -> str:
    return f"%{ord(match.group(0)):02X}"
