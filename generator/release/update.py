"""``pfgen update``: download the API's current document and keep it where the project's ``spec`` points.

Downloading and storing are separate so the command can validate and plan the regeneration in between: a
document that is invalid, or a hand-edited generated file, stops the update before the snapshot is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.config import ProjectConfig
from generator.errors import UsageError
from generator.fetch.source import fetch_source
from generator.fetch.store import SPEC_SUFFIXES, store_snapshot, write_atomic
from generator.fetch.transport import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, HttpxTransport, Transport
from generator.release.spec import SpecInput


@dataclass(frozen=True, slots=True)
class Downloaded:
    """The API's current document as ``pfgen update`` downloaded it, not yet kept anywhere."""

    spec: SpecInput
    source: str  # the document's own URL (after discovery and redirects)
    steps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Stored:
    """Where ``pfgen update`` kept the downloaded document, and whether it was new."""

    path: Path
    status: Literal["stored", "unchanged"]


def update_url(config: ProjectConfig, url: str | None) -> str:
    """The URL given, else the project's ``docs-url``."""
    if url:
        return url
    if config.docs_url:
        return config.docs_url
    raise UsageError(
        "missing-url",
        "no URL given and the project configures no `docs-url`",
        hint="run `pfgen update URL`, or set docs-url in [tool.pfgen]",
    )


def download(
    url: str,
    *,
    transport: Transport | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Downloaded:
    """Find and download the document behind ``url`` (a docs page or the document itself)."""
    if transport is not None:
        fetched = fetch_source(url, transport, max_size=max_size)
    else:
        with HttpxTransport(timeout=timeout, max_size=max_size) as own:
            fetched = fetch_source(url, own, max_size=max_size)
    return Downloaded(SpecInput(fetched.doc, fetched.raw), fetched.source, tuple(fetched.steps))


def store_download(config: ProjectConfig, downloaded: Downloaded) -> Stored | None:
    """Keep the document where ``spec`` points: a new snapshot in its folder, or the spec file replaced.

    A URL ``spec`` keeps nothing (None); with no ``spec`` configured the snapshot goes to ``specs/<api>/``.
    """
    doc, raw = downloaded.spec.doc, downloaded.spec.raw
    if config.spec_is_url:
        return None
    if not config.spec:
        result = store_snapshot(config.root / "specs", doc, source_url=downloaded.source, raw=raw)
        return Stored(result.path, result.status)
    spec = Path(config.spec)
    if spec.is_file() or (not spec.exists() and spec.suffix.lower() in SPEC_SUFFIXES):
        try:
            same = spec.read_bytes() == raw if spec.is_file() else False
        except OSError:
            same = False
        if not same:
            write_atomic(spec, raw)
        return Stored(spec, "unchanged" if same else "stored")
    result = store_snapshot(spec.parent, doc, source_url=downloaded.source, name=spec.name, raw=raw)
    return Stored(result.path, result.status)


__all__ = ["Downloaded", "Stored", "download", "store_download", "update_url"]
