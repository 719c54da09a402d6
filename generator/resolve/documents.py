"""Where the document a ``$ref`` names lives, whether pfgen may read it, and reading it (once).

Local files are identified by their real path (so ``a/../b.yaml`` and ``b.yaml`` are one document) but named
in messages relative to the root document as the user gave it. Remote documents (``http(s)://``) are read
through the caller's ``loader`` (the fetch stage), never by this package.

Local ``$ref``s may read any file inside the *project root*: the git work tree holding the root document (the
nearest parent folder with a ``.git`` folder or file), else the root document's folder. So a spec in ``spec/``
may share ``../common/Error.yaml`` with its siblings; anything beyond the root needs ``allow_outside_refs``.
How many documents (``PFGEN_MAX_DOCUMENTS``) and how many bytes (``PFGEN_MAX_TOTAL_BYTES``) one spec may read
is capped (``generator.load.limits``).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from generator.errors import GeneratorError, InputError, Location, UsageError
from generator.load.document import SourceDocument
from generator.load.limits import MAX_DOCUMENTS, MAX_TOTAL_BYTES
from generator.load.read import load_document

Loader = Callable[[str], SourceDocument]


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
        self.total = _size(root)
        self._limits: tuple[int, int] | None = None  # (documents, total bytes): read when a second one loads
        self._project: str | None = None
        if self.root.remote:
            self._root_dir = self.root.key[: self.root.key.rfind("/") + 1]
        else:
            self._root_dir = os.path.dirname(self.root.key)

    @property
    def project_root(self) -> str:
        """The folder local refs may read without ``allow_outside_refs`` (found on first use)."""
        if self._project is None:
            self._project = project_root(self._root_dir)
        return self._project

    def place_of(self, target: str, referrer: Place, ref: str, where: Location) -> Place:
        """The document that ``target`` (the part of ``ref`` before '#') names, seen from ``referrer``."""
        try:
            return self._place_of(target, referrer, ref, where)
        except ValueError as exc:   # not a URL or path at all: an unbalanced IPv6 bracket, a NUL byte...
            raise InputError("ref-invalid", f"`$ref` '{ref}' is not a usable reference: {exc}", where,
                             hint="write a relative path or a URL, then '#' and a JSON pointer") from None

    def _place_of(self, target: str, referrer: Place, ref: str, where: Location) -> Place:
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
            key = os.path.realpath(relative)
            if not self.allow_outside and not _inside(key, self.project_root):
                raise self._outside(ref, where, "is an absolute path outside")
            return Place(key, relative, False)
        key = os.path.realpath(os.path.join(os.path.dirname(referrer.key), relative))
        display = os.path.normpath(os.path.join(os.path.dirname(referrer.display), relative))
        if not self.allow_outside and not _inside(key, self.project_root):
            raise self._outside(ref, where, "leads outside")
        return Place(key, display, False)

    def load(self, place: Place, ref: str, where: Location) -> SourceDocument:
        """The parsed document at ``place``; raises ``MissingDocument`` when a local file does not exist."""
        cached = self.loaded.get(place.key)
        if cached is not None:
            return cached
        if self._limits is None:
            self._limits = (MAX_DOCUMENTS.value(), MAX_TOTAL_BYTES.value())
        max_documents, max_total = self._limits
        if len(self.loaded) >= max_documents:
            raise MAX_DOCUMENTS.exceeded(
                "too-many-documents",
                f"the spec is split over more than {max_documents:,} documents",
                where,
                value=max_documents,
                advice="look for `$ref`s that generate new file names without end",
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
        self.total += _size(doc)
        if self.total > max_total:
            raise MAX_TOTAL_BYTES.exceeded(
                "spec-too-large",
                f"the spec's documents add up to more than {max_total:,} bytes (at {place.display})",
                where,
                value=max_total,
            )
        self.loaded[place.key] = doc
        self.places[place.key] = place
        return doc

    def external(self) -> tuple[SourceDocument, ...]:
        """Every document read besides the root, sorted by name."""
        docs = [doc for key, doc in self.loaded.items() if key != self.root.key]
        return tuple(sorted(docs, key=lambda d: d.uri))

    def _outside(self, ref: str, where: Location, why: str) -> InputError:
        root = self.project_root
        what = ("the git work tree holding the root document" if root != self._root_dir or _is_work_tree(root)
                else "the root document's folder, as no git work tree holds it")
        return InputError(
            "ref-outside-root",
            f"`$ref` '{ref}' {why} the project root {root} ({what}); pfgen reads only files inside it unless"
            " asked",
            where,
            hint="pass --allow-outside-refs (config: allow-outside-refs = true) if the spec really needs that"
            " file, or move the spec into the project that holds it",
        )


def project_root(folder: str) -> str:
    """The nearest folder from ``folder`` up that holds a ``.git`` entry (a git work tree; ``.git`` is a file in
    worktrees and submodules), else ``folder`` itself. Git itself is not run."""
    current = folder
    while True:
        if _is_work_tree(current):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return folder
        current = parent


def _size(doc: SourceDocument) -> int:
    """The document's size in bytes (UTF-8), without encoding ASCII text (``isascii`` is a flag lookup)."""
    text = doc.text
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _is_work_tree(folder: str) -> bool:
    return os.path.lexists(os.path.join(folder, ".git"))


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives on Windows
        return False
