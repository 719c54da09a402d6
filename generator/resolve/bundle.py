"""Making a multi-file spec one self-contained document whose every ``$ref`` is local.

Three phases, so names do not depend on the order refs happen to be met:

1. *discover*: walk the root document; every ``$ref`` into another document (or into a part of one) makes a
   ``Piece``; pieces are walked in turn (a queue, so cycles across files end); local refs are checked.
   Extensions (``x-...``) are not walked (a ``$ref`` in one is the extension's data), except a part of one
   that a real ``$ref`` points at, which is then an OpenAPI object like any other.
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
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from generator import reuse
from generator.errors import Diagnostic, GeneratorError, InputError, Location
from generator.load.document import SourceDocument
from generator.load.limits import MAX_EXPANDED
from generator.load.locate import locate
from generator.pointer import PointerError, Token, from_fragment, join, lookup, split
from generator.resolve.documents import Documents, Loader, MissingDocument, Place
from generator.resolve.model import SpecFamily
from generator.resolve.walk import KIND_CONTEXT, classify, find_ref_links, json_copy, path_of

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
    """A multi-file spec made one document whose every ``$ref`` is local, and where its parts came from."""

    data: dict[str, Any]
    documents: tuple[SourceDocument, ...]
    origins: tuple[tuple[str, str, str], ...]
    diagnostics: tuple[Diagnostic, ...]
    unresolved: tuple[Diagnostic, ...] = ()   # with ``lenient``: the refs that point at nothing


def bundle(
    root: SourceDocument,
    family: SpecFamily,
    *,
    allow_remote_refs: bool = False,
    allow_outside_refs: bool = False,
    loader: Loader | None = None,
    lenient: bool = False,
) -> Bundle:
    """Bundle ``root`` (whose ``data`` is a mapping); see the module docstring.

    A ``$ref`` that points at nothing stops the run, all of them listed; with ``lenient`` each is an
    error-level diagnostic of the bundle instead, and the ref is left as written (it leads nowhere)."""
    return _Bundler(root, family, allow_remote_refs, allow_outside_refs, loader, lenient).run()


# Refs a lenient run reads past (they lead nowhere): not a reference at all, or a scheme pfgen cannot read.
_UNUSABLE_REF = frozenset({"ref-invalid", "ref-unsupported"})


class _Bundler:
    def __init__(
        self,
        root: SourceDocument,
        family: SpecFamily,
        allow_remote: bool,
        allow_outside: bool,
        loader: Loader | None,
        lenient: bool = False,
    ) -> None:
        self.root = root
        self.lenient = lenient
        self.family = family
        self.docs = Documents(root, allow_remote_refs=allow_remote, allow_outside_refs=allow_outside,
                              loader=loader)
        self.pieces: dict[tuple[str, str], Piece] = {}
        self.root_rewrites: list[Rewrite] = []
        self.missing: list[Diagnostic] = []
        self.queue: deque[Piece] = deque()
        self.anchors: dict[str, dict[str, tuple[str, ...]]] = {}
        # Extensions of the root left unwalked, refs that point into the root through an ``x-`` token (they
        # may land in one: then that part is walked), the parts walked so, and the refs met in them.
        self.extensions: set[tuple[str, ...]] = set()
        self.into_extensions: list[tuple[tuple[str, ...], str]] = []
        self.walked: set[tuple[str, ...]] = set()
        self.walked_refs: set[tuple[Token, ...]] = set()
        self._plain: dict[str, bool] = {}   # ref -> a plain local ref of the root (``_plain_local``)

    # -- phase 1: discover ------------------------------------------------------------------------------------
    def run(self) -> Bundle:
        self._scan(self.root.data, self.docs.root, self.root, (), None, self.root_rewrites)
        while self.queue or self.into_extensions:
            while self.queue:
                piece = self.queue.popleft()
                self._scan(piece.node, piece.place, piece.doc, piece.tokens, piece, piece.rewrites)
            self._walk_referenced_extensions()
        if self.missing and not self.lenient:
            first = self.missing[0]
            count = len(self.missing)
            message = first.message if count == 1 else f"{count} `$ref`s point at nothing; the first: {first.message}"
            raise InputError("ref-not-found", message, first.location, first.hint,
                             diagnostics=tuple(self.missing) if count > 1 else ())
        if not self.root_rewrites:
            # Nothing to change: the input itself is the bundle (no copy of a large document).
            return Bundle(self.root.data, (self.root,), (), self.root.diagnostics, tuple(self.missing))
        self._name()
        data = self._build()
        documents = (self.root, *self.docs.external())
        diagnostics = tuple(d for doc in documents for d in doc.diagnostics)
        return Bundle(data, documents, self._origins(), diagnostics, tuple(self.missing))

    def _scan(
        self,
        top: Any,
        place: Place,
        doc: SourceDocument,
        base: tuple[Token, ...],
        piece: Piece | None,
        out: list[Rewrite],
        context: tuple[Token, ...] | None = None,
    ) -> None:
        """Follow every ``$ref`` in ``top``, found at ``base`` in ``doc``: in a piece (paths relative to it), or
        in the root (``base`` is where ``top`` is: ``()``, or a referenced part of an extension)."""
        in_root = piece is None
        if context is None:
            context = KIND_CONTEXT[piece.kind] if piece is not None else ()
        extensions: list[tuple[Token, ...]] | None = [] if in_root else None
        # The root document's unchanged parts, in a watch: walked once (``find_ref_links``'s ``parts``).
        in_session = in_root and not base and reuse.recent("share") is not None
        parts = reuse.identity_memo("resolve.root-parts") if in_session else None
        for link, _holder, ref in find_ref_links(top, extensions, parts):
            if in_root and not base and self._plain_local(ref):
                continue  # most refs: nothing to do, and nothing to say
            path = path_of(link)
            full = base + path
            if in_root and base:  # a part of an extension, walked because a ref points at it: each ref once
                if full in self.walked_refs:
                    continue
                self.walked_refs.add(full)
            where = Location(place.display, pointer=join(tuple(str(t) for t in full)))
            before = len(self.missing)
            try:
                rewrite = self._follow(ref, place, doc, where, context + path, in_root)
            except GeneratorError as exc:
                if exc.location is where:
                    exc.location = _positioned(doc, where)
                raise
            for index in range(before, len(self.missing)):
                self.missing[index] = replace(self.missing[index], location=_positioned(doc, where))
            if rewrite is not None:
                rewrite.path = full if in_root else path
                out.append(rewrite)
        if extensions:
            self.extensions.update(tuple(str(t) for t in base + found) for found in extensions)

    def _plain_local(self, ref: str) -> bool:
        """Whether ``ref``, met in the root, is a JSON pointer into the root that exists and passes through no
        ``x-`` token: ``_follow`` would leave it as written and record nothing. Asked once per distinct ref (a
        large document repeats its refs thousands of times)."""
        known = self._plain.get(ref)
        if known is None:
            known = False
            target, has_hash, fragment = ref.partition("#")
            if not target and has_hash and fragment.startswith("/"):
                pointer = from_fragment(fragment)
                if pointer.startswith("/"):
                    tokens = split(pointer)
                    try:
                        lookup(self.root.data, tokens)
                        known = not any(token.startswith("x-") for token in tokens)
                    except PointerError:
                        known = False
            self._plain[ref] = known
        return known

    def _walk_referenced_extensions(self) -> None:
        """Walk the parts of the root's extensions that refs point at (``$ref: '#/x-shared/Pet'``)."""
        pending, self.into_extensions = self.into_extensions, []
        for tokens, kind in pending:
            if tokens in self.walked:
                continue
            if not any(tokens[:end] in self.extensions for end in range(1, len(tokens) + 1)):
                continue  # an ``x-`` name (a property called x-rate), walked with everything else
            self.walked.add(tokens)
            base = _typed(self.root.data, tokens)
            node = lookup(self.root.data, tokens)
            self._scan(node, self.docs.root, self.root, base, None, self.root_rewrites, KIND_CONTEXT.get(kind, ()))

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
            try:
                target_place = self.docs.place_of(target, place, ref, where)
                target_doc = self.docs.load(target_place, ref, where)
            except InputError as exc:
                if not self.lenient or exc.code not in _UNUSABLE_REF:
                    raise   # a policy (remote, outside the project) is never waived: its hint names the flag
                # A lenient run (every diff) reads the document as it is: this ref just leads nowhere.
                self.missing.append(Diagnostic("error", exc.code, exc.message, where, exc.hint))
                return None
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
            if any(token.startswith("x-") for token in tokens):
                self.into_extensions.append((tokens, classify(context)))
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
        self._measure()
        self.contents: dict[int, Any] = {}
        for piece in self.order:
            self._assemble(piece)
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
            section[piece.home[-1]] = self.contents[id(piece)]
        return copier.top

    def _measure(self) -> None:
        """Order the pieces so each comes after those it holds a copy of (``self.order``) and measure what the
        copies add up to, before copying anything: without recursion (a chain of thousands of path items is
        fine), refusing pieces that include themselves and copies beyond the expansion limit (a path item whose
        callbacks name the next one twice, and so on, doubles with every file)."""
        self.order: list[Piece] = []
        sizes: dict[int, int] = {}    # values in the content of each piece without a home
        state: dict[int, bool] = {}   # False: on the stack; True: ordered
        for top in self.pieces.values():
            if id(top) in state:
                continue
            state[id(top)] = False
            stack: list[tuple[Piece, Iterator[Piece]]] = [(top, iter(_inlined_pieces(top)))]
            while stack:
                current, pending = stack[-1]
                for dep in pending:
                    done = state.get(id(dep))
                    if done:
                        continue
                    if done is not None:
                        raise InputError(
                            "ref-cycle",
                            f"{dep.kind} '{dep.place.display}#{dep.pointer}' includes itself through `$ref`s",
                            Location(dep.place.display, pointer=dep.pointer),
                            hint="path items cannot refer to themselves; break the cycle",
                        )
                    state[id(dep)] = False
                    stack.append((dep, iter(_inlined_pieces(dep))))
                    break
                else:
                    stack.pop()
                    state[id(current)] = True
                    if current.home is None:
                        sizes[id(current)] = _count(current.node) + sum(
                            sizes[id(dep)] for dep in _inlined_pieces(current))
                    self.order.append(current)
        copies = sum(sizes[id(dep)] for piece in self.order for dep in _inlined_pieces(piece))
        copies += sum(sizes[id(r.piece)] for r in self.root_rewrites if r.piece is not None and r.piece.home is None)
        limit = MAX_EXPANDED.value()
        if copies > limit:
            largest = max((p for p in self.order if p.home is None), key=lambda p: sizes[id(p)])
            raise MAX_EXPANDED.exceeded(
                "ref-expansion-bomb",
                f"copying the {_words(largest.kind)}s that `$ref`s name where they are used would make {copies:,}"
                f" values"
                f" (the largest, '{largest.place.display}#{largest.pointer}', holds {sizes[id(largest)]:,})",
                Location(largest.place.display, pointer=largest.pointer),
                value=limit,
                advice=f"refer to each {_words(largest.kind)} from fewer places, or make it a component",
            )

    def _target(self, rewrite: Rewrite) -> str:
        if rewrite.piece is None:
            return rewrite.local
        assert rewrite.piece.home is not None
        return "#" + join(rewrite.piece.home)

    def _assemble(self, piece: Piece) -> None:
        """Build ``piece``'s content with its own refs rewritten (every piece it inlines is built already)."""
        holder: dict[str, Any] = {"": json_copy(piece.node)}
        for rewrite in sorted(piece.rewrites, key=lambda r: -len(r.path)):
            path = ("",) + rewrite.path
            if rewrite.piece is not None and rewrite.piece.home is None:
                self._inline(_get(holder, path[:-1]), path[-1], rewrite.piece, _get(holder, path), copy=True)
            else:
                _get(holder, path)["$ref"] = self._target(rewrite)
        self.contents[id(piece)] = holder[""]

    def _inline(self, parent: Any, token: Token, piece: Piece, ref_holder: dict[str, Any], copy: bool) -> None:
        """Put the piece's content where its ``$ref`` was; the ref's siblings win over the piece's fields."""
        content = self.contents[id(piece)]
        if copy:
            content = json_copy(content)
        siblings = {k: v for k, v in ref_holder.items() if k != "$ref"}
        if siblings and isinstance(content, dict):
            content = {**content, **siblings}
        parent[token] = content

    def _origins(self) -> tuple[tuple[str, str, str], ...]:
        found: set[tuple[str, str, str]] = set()
        # Every inlined piece was built, so the inlining has no cycles (``_measure`` refuses them) and its size
        # is bounded by the expansion limit: a plain stack suffices.
        stack: list[tuple[tuple[Token, ...], list[Rewrite]]] = [((), self.root_rewrites)]
        for homed in self.pieces.values():
            if homed.home is not None:
                found.add((join(homed.home), homed.place.display, homed.pointer))
                stack.append((homed.home, homed.rewrites))
        while stack:
            base, rewrites = stack.pop()
            for rewrite in rewrites:
                piece = rewrite.piece
                if piece is None or piece.home is not None:
                    continue
                site = base + rewrite.path
                found.add((join(site), piece.place.display, piece.pointer))
                stack.append((site, piece.rewrites))
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


def _inlined_pieces(piece: Piece) -> list[Piece]:
    """The pieces ``piece`` holds a copy of (those without a home of their own), once per copy."""
    return [r.piece for r in piece.rewrites if r.piece is not None and r.piece.home is None]


def _words(kind: str) -> str:
    """``pathItem`` -> ``path item``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).lower()


def _count(node: Any) -> int:
    """How many values ``node`` holds (containers and scalars, each counted once)."""
    count, stack = 0, [node]
    while stack:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def _typed(node: Any, tokens: tuple[str, ...]) -> tuple[Token, ...]:
    """``tokens`` (which exist in ``node``) with list indexes as ``int``s, as ``find_refs`` gives paths."""
    typed: list[Token] = []
    for token in tokens:
        if isinstance(node, list):
            index = int(token)
            typed.append(index)
            node = node[index]
        else:
            typed.append(token)
            node = node[token]
    return tuple(typed)


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
