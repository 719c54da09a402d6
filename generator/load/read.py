"""Read a local file or raw bytes into a ``SourceDocument``: decode, detect JSON/YAML, parse, guard."""

from __future__ import annotations

import os
import stat
from typing import Any
from urllib.parse import urlsplit

from generator.digests import sha256_hex
from generator.errors import Diagnostic, InputError, IOFailure, Location
from generator.load import parse_cache
from generator.load.decode import decode_text
from generator.load.document import MediaKind, SourceDocument
from generator.load.guards import check_graph, check_tree_depth
from generator.load.json_parse import parse_json
from generator.load.json_reparse import parse_kept
from generator.load.limits import MAX_BYTES, MAX_DEPTH_LIMIT
from generator.load.share import forget, share_parts

_EXTENSIONS: dict[str, MediaKind] = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}


def load_document(
    source: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    display_uri: str | None = None,
) -> SourceDocument:
    """Read and parse a local file of at most ``max_bytes`` (default: ``PFGEN_MAX_BYTES``, see ``limits``).

    The document's ``uri`` (what messages name) is ``source`` as given (a relative path stays relative), or
    ``display_uri`` when set: ``resolve`` opens referenced files by absolute path but names them relative
    to the root document.
    """
    uri = display_uri if display_uri is not None else os.fspath(source)
    raw = read_bytes(source, max_bytes=max_bytes, display_uri=display_uri)
    return parse_bytes(raw, uri, max_bytes=max_bytes)


def read_bytes(
    source: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    display_uri: str | None = None,
) -> bytes:
    """The bytes of a local file of at most ``max_bytes`` (default: ``PFGEN_MAX_BYTES``), read once; a missing
    file, a folder or a file too large is an ``IOFailure`` naming ``display_uri`` (default: ``source``)."""
    path = os.fspath(source)
    uri = display_uri if display_uri is not None else path
    from_caller = max_bytes is not None
    if max_bytes is None:
        max_bytes = MAX_BYTES.value()
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise IOFailure("file-not-found", f"no such file: {uri}", Location(uri),
                        hint="check the path (relative paths are relative to the current folder)") from None
    except OSError as exc:
        raise IOFailure("read-failed", f"cannot read {uri}: {exc.strerror or exc}", Location(uri),
                        hint="check that the file exists and is readable") from None
    if stat.S_ISDIR(info.st_mode):
        raise IOFailure("not-a-file", f"{uri} is a folder, not a file", Location(uri),
                        hint="name the spec file itself (for example openapi.yaml)")
    if info.st_size > max_bytes:
        raise _too_large(uri, info.st_size, max_bytes, from_caller)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise IOFailure("read-failed", f"cannot read {uri}: {exc.strerror or exc}", Location(uri),
                        hint="check that the file exists and is readable") from None
    if len(raw) > max_bytes:
        raise _too_large(uri, len(raw), max_bytes, from_caller)
    return raw


def parse_bytes(
    raw: bytes,
    uri: str,
    *,
    media_type: MediaKind | None = None,
    max_bytes: int | None = None,
) -> SourceDocument:
    """Parse ``raw`` (a JSON or YAML document of at most ``max_bytes``, default ``PFGEN_MAX_BYTES``) named
    ``uri`` in messages.

    ``media_type`` overrides detection; otherwise the extension of ``uri`` decides, then the content
    (text starting with ``{`` or ``[`` is tried as JSON first, anything else is YAML).
    """
    from_caller = max_bytes is not None
    if max_bytes is None:
        max_bytes = MAX_BYTES.value()
    if len(raw) > max_bytes:
        raise _too_large(uri, len(raw), max_bytes, from_caller)
    text = decode_text(raw, uri)
    if not text.strip():
        raise empty_document(uri)
    kind = media_type or _kind_from_uri(uri)
    diagnostics: tuple[Diagnostic, ...] = ()
    if kind == "json":
        data = _checked_json(parse_kept(text, uri, parse_json), uri)
    elif kind == "yaml":
        data, diagnostics = _parse_yaml(raw, text, uri)
    else:
        kind, data, diagnostics = _parse_sniffed(raw, text, uri)
    return SourceDocument(
        uri=uri,
        media_type=kind,
        text=text,
        data=data,
        sha256=sha256_hex(raw),
        diagnostics=diagnostics,
    )


def _parse_yaml_cached(raw: bytes, text: str, uri: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    key = parse_cache.key_for(raw)
    cached = parse_cache.load(key, uri)
    if cached is not None:
        return cached
    data, diagnostics = _parse_yaml_checked(text, uri)
    parse_cache.store(key, uri, data, diagnostics)
    return data, diagnostics


def _parse_yaml_checked(text: str, uri: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    from generator.load.yaml_parse import parse_yaml  # PyYAML is imported only for a YAML document

    data, diagnostics = parse_yaml(text, uri)
    if data is None and only_comments(text):
        raise empty_document(uri)
    check_graph(data, uri)
    return data, diagnostics


def _parse_sniffed(raw: bytes, text: str, uri: str) -> tuple[MediaKind, Any, tuple[Diagnostic, ...]]:
    if text.lstrip()[:1] in ("{", "["):
        try:
            data = parse_kept(text, uri, parse_json)
        except InputError as json_error:
            if json_error.code != "json-syntax":
                raise
            # JSON-looking text that JSON rejects may still be YAML flow style; if not, the JSON error
            # is the more useful one.
            try:
                data, diagnostics = _parse_yaml_checked(text, uri)
            except InputError:
                raise json_error from None
            return "yaml", data, diagnostics
        return "json", _checked_json(data, uri), ()
    data, diagnostics = _parse_yaml(raw, text, uri)
    return "yaml", data, diagnostics


def _parse_yaml(raw: bytes, text: str, uri: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    """The YAML document and its warnings: cached by its bytes; in a watch, re-read only where it changed
    (``yaml_reparse``), its unchanged parts the very objects of the last parse (``share``; the guards checked the
    whole document before)."""
    # PyYAML is imported only for a YAML document.
    from generator.load.yaml_reparse import parse_kept

    data, diagnostics = parse_kept(text, uri, lambda: _parse_yaml_cached(raw, text, uri))
    share_parts(data, uri, "yaml")
    return data, diagnostics


def _checked_json(data: Any, uri: str) -> Any:
    """``data`` after the depth guard, its unchanged parts shared with the last run's (``share``): those passed
    the same guard at the same place, so the guard does not enter them again."""
    max_depth = MAX_DEPTH_LIMIT.value()
    shared = share_parts(data, uri, ("json", max_depth))
    try:
        check_tree_depth(data, uri, max_depth, skip=shared)
    except InputError:
        forget(uri)  # what was just shared has not passed
        raise
    return data


def only_comments(text: str) -> bool:
    """Whether a YAML stream holds nothing but blank lines, comments and document markers (linear time)."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        marker, _, rest = stripped.partition(" ")
        if marker in ("---", "...") and (not rest.strip() or rest.strip().startswith("#")):
            continue
        return False
    return True


def _kind_from_uri(uri: str) -> MediaKind | None:
    path = urlsplit(uri).path if "://" in uri else uri
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower())


def empty_document(uri: str) -> InputError:
    return InputError("empty-document", "the document is empty", Location(uri),
                      hint="point pfgen at an OpenAPI document (JSON or YAML)")


def _too_large(uri: str, size: int, max_bytes: int, from_caller: bool) -> InputError:
    return MAX_BYTES.exceeded(
        "too-large",
        f"the document is {size:,} bytes",
        Location(uri),
        value=max_bytes,
        from_caller=from_caller,
    )
