"""Where the document a ``$ref`` names lives, whether pfgen may read it, and reading it (once).

Local files are identified by their real path (so ``a/../b.yaml`` and ``b.yaml`` are one document) but named
in messages relative to the root document as the user gave it. Remote documents (``http(s)://``) are read
through the caller's ``loader`` (the fetch stage), never by this package.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from generator.errors import GeneratorError, InputError, Location, UsageError
from generator.load.document import SourceDocument
from generator.load.read import load_document

Loader = Callable[[str], SourceDocument]
MAX_DOCUMENTS = 1000  # a spec split over more files than this is runaway (or hostile) ref chasing


@dataclass(frozen=True, slots=True)
class Place:
    """A document's identity (``key``), its name in messages (``display``) and how to read it."""

    key: str          # real absolute path, or URL without fragment
    display: str      # relative path as the user would write it, or the URL
    remote: bool


class MissingDocument(Exception):
    """The referenced file does not exist (turned into ``ref-not-found`` by the caller, who knows the use)."""


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https")


def root_place(doc: SourceDocument) -> Place:
    if is_url(doc.uri):
        return Place(urldefrag(doc.uri).url, doc.uri, True)
    return Place(os.path.realpath(doc.uri), doc.uri, False)


class Documents:
    """Loads and caches every document of one spec, applying the remote/outside policy."""

    def __init__(
        self,
        root: SourceDocument,
        *,
        allow_remote_refs: bool,
        allow_outside_refs: bool,
        loader: Loader | None,
    ) -> None:
        self.root = root_place(root)
        self.allow_remote = allow_remote_refs
        self.allow_outside = allow_outside_refs
        self.loader = loader
        self.loaded: dict[str, SourceDocument] = {self.root.key: root}
        self.places: dict[str, Place] = {self.root.key: self.root}
        if self.root.remote:
            self._root_dir = self.root.key[: self.root.key.rfind("/") + 1]
        else:
            self._root_dir = os.path.dirname(self.root.key)

    def place_of(self, target: str, referrer: Place, ref: str, where: Location) -> Place:
        """The document that ``target`` (the part of ``ref`` before '#') names, seen from ``referrer``."""
        scheme = urlsplit(target).scheme.lower()
        if scheme in ("http", "https") or (referrer.remote and len(scheme) <= 1):
            url = urldefrag(urljoin(referrer.key, target)).url if referrer.remote else urldefrag(target).url
            if not (self.root.remote and url.startswith(self._root_dir)) and not self.allow_remote:
                raise InputError(
                    "ref-remote",
                    f"`$ref` '{ref}' points at a remote document, which pfgen does not read unless asked",
                    where,
                    hint="pass --allow-remote-refs to fetch it, or download it next to the spec and refer to it"
                    " by a relative path",
                )
            return Place(url, url, True)
        if scheme == "file":
            if referrer.remote:
                raise InputError(
                    "ref-remote",
                    f"`$ref` '{ref}' in a remote document points at a local file, which is never allowed",
                    where,
                    hint="a downloaded document must not read files on this machine; fix the document",
                )
            if not self.allow_remote:
                raise InputError(
                    "ref-remote",
                    f"`$ref` '{ref}' is a file: URL, which pfgen does not follow unless asked",
                    where,
                    hint="pass --allow-remote-refs to follow it, or use a relative path",
                )
            # Imported here: urllib.request costs 25 ms (http.client, email), and file: refs are rare.
            from urllib.request import url2pathname

            path = url2pathname(urlsplit(target).path)
            return Place(os.path.realpath(path), path, False)
        if len(scheme) > 1:
            raise InputError(
                "ref-unsupported",
                f"`$ref` '{ref}' uses the '{scheme}:' scheme, which pfgen cannot read",
                where,
                hint="refer to files by relative path (or http(s) URLs with --allow-remote-refs)",
            )
        relative = unquote(target)
        if os.path.isabs(relative) or posixpath.isabs(relative):
            if not self.allow_outside:
                raise self._outside(ref, where, "is an absolute path")
            return Place(os.path.realpath(relative), relative, False)
        key = os.path.realpath(os.path.join(os.path.dirname(referrer.key), relative))
        display = os.path.normpath(os.path.join(os.path.dirname(referrer.display), relative))
        if not self.allow_outside and not _inside(key, self._root_dir):
            raise self._outside(ref, where, "leaves the folder of the root document")
        return Place(key, display, False)

    def load(self, place: Place, ref: str, where: Location) -> SourceDocument:
        """The parsed document at ``place``; raises ``MissingDocument`` when a local file does not exist."""
        cached = self.loaded.get(place.key)
        if cached is not None:
            return cached
        if len(self.loaded) >= MAX_DOCUMENTS:
            raise InputError(
                "too-many-documents",
                f"the spec refers to more than {MAX_DOCUMENTS} documents",
                where,
                hint="bundle the spec into fewer files",
            )
        if place.remote:
            if self.loader is None:
                raise UsageError(
                    "no-remote-loader",
                    f"`$ref` '{ref}' needs a remote document but no way to fetch documents was given",
                    where,
                    hint="call resolve() with loader= (the fetch stage provides one) or bundle the spec first",
                )
            doc = self.loader(place.key)
        else:
            try:
                doc = load_document(place.key, display_uri=place.display)
            except GeneratorError as exc:
                if exc.code == "file-not-found":
                    raise MissingDocument(place.display) from None
                raise
        self.loaded[place.key] = doc
        self.places[place.key] = place
        return doc

    def external(self) -> tuple[SourceDocument, ...]:
        """Every document read besides the root, sorted by name."""
        docs = [doc for key, doc in self.loaded.items() if key != self.root.key]
        return tuple(sorted(docs, key=lambda d: d.uri))

    def _outside(self, ref: str, where: Location, why: str) -> InputError:
        return InputError(
            "ref-outside-root",
            f"`$ref` '{ref}' {why}; pfgen reads only files inside the root document's folder unless asked",
            where,
            hint="pass --allow-outside-refs if the spec really needs that file",
        )


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives on Windows
        return False
