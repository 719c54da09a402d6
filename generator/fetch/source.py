"""Turn what the user gave ``pfgen fetch`` (a docs URL, a document URL or a local file) into a parsed document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.errors import InputError, IOFailure, Location, UsageError
from generator.fetch.discover import discover, sniff
from generator.fetch.transport import DEFAULT_MAX_SIZE, Transport, too_large_error
from generator.fetch.urls import is_url
from generator.load import parse_bytes
from generator.load.document import MediaKind, SourceDocument


@dataclass(frozen=True, slots=True)
class Fetched:
    """The document found: parsed, with the exact bytes (for the snapshot) and where it came from."""

    doc: SourceDocument
    raw: bytes
    source: str                       # the document's own URL (after discovery and redirects) or the path given
    steps: tuple[str, ...] = ()

    @property
    def document(self) -> SourceDocument:
        """The same as ``doc`` (the name ``pipeline.read_source`` uses)."""
        return self.doc


def _local_path(source: str) -> Path:
    parts = urlsplit(source)
    if parts.scheme.lower() == "file":
        return Path(unquote(parts.path))
    return Path(source)


def read_local(source: str, *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    path = _local_path(source)
    if path.is_dir():
        raise UsageError(
            "not-a-file", "this is a folder, not a file", Location(source), hint="give a spec file or an http(s) URL"
        )
    try:
        size = path.stat().st_size
        if size > max_size:
            raise IOFailure(
                "too-large",
                f"the file is larger than {max_size} bytes",
                Location(source),
                hint="raise the limit with --max-size BYTES",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise IOFailure(
            "file-not-found",
            "the file does not exist",
            Location(source),
            hint="check the path, or give an http(s) URL",
        ) from None
    except OSError as exc:
        raise IOFailure("read-failed", f"could not read the file: {exc.strerror or exc}", Location(source)) from None


def media_kind(raw: bytes, name: str) -> MediaKind:
    lowered = urlsplit(name).path.lower() if is_url(name) else name.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith((".yaml", ".yml")):
        return "yaml"
    return sniff(raw).kind or ("json" if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "yaml")


def parse_document(
    raw: bytes, uri: str, media_type: MediaKind | None = None, *, max_size: int = DEFAULT_MAX_SIZE
) -> SourceDocument:
    """Parse with the ``load`` stage, then insist on an OpenAPI/Swagger document (anything else is not a spec)."""
    doc = parse_bytes(raw, uri, media_type=media_type, max_bytes=max_size)
    data = doc.data
    if not isinstance(data, dict) or not ("openapi" in data or "swagger" in data):
        raise InputError(
            "not-openapi",
            "not an OpenAPI or Swagger document (no top-level `openapi` or `swagger` key)",
            Location(uri),
            hint="give the URL of the API's docs page or of its OpenAPI document",
        )
    return doc


def fetch_source(source: str, transport: Transport, *, max_size: int = DEFAULT_MAX_SIZE) -> Fetched:
    """Find, download and parse the document behind ``source`` (URL or local path)."""
    if is_url(source):
        found = discover(source, transport)
        raw = found.response.body
        if len(raw) > max_size:  # a fake or foreign transport may not enforce the cap itself
            raise too_large_error(found.spec_url, max_size)
        doc = parse_document(raw, found.spec_url, found.media_type, max_size=max_size)
        return Fetched(doc, raw, found.spec_url, found.steps)
    scheme = urlsplit(source).scheme.lower()
    if len(scheme) > 1 and scheme != "file":  # one letter is a Windows drive (C:/...), not a scheme
        raise UsageError(
            "bad-url",
            f"cannot fetch {source!r}: only http, https and local files are supported",
            hint="give an http(s) URL or a local file path",
        )
    raw = read_local(source, max_size=max_size)
    return Fetched(parse_document(raw, source, media_kind(raw, source), max_size=max_size), raw, source)
