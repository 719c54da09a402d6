"""Swagger 2.0 ``host``/``basePath``/``schemes`` -> OpenAPI 3.0 ``servers``."""

from __future__ import annotations

from typing import Any

from generator.normalize.context import Context, media_types

DEFAULT_SCHEME = "https"


def document_servers(document: dict[str, Any], ctx: Context) -> list[dict[str, Any]] | None:
    """The document's servers, or None when neither ``host`` nor ``basePath`` says anything."""
    return _servers(document, media_types(document.get("schemes")), ctx, warn=True)


def servers_for(
    document: dict[str, Any], schemes: tuple[str, ...], pointer: str, ctx: Context
) -> list[dict[str, Any]] | None:
    """Servers for an operation with its own ``schemes``; None when they add nothing to the global ones."""
    global_schemes = media_types(document.get("schemes")) or (DEFAULT_SCHEME,)
    if not schemes or schemes == global_schemes or not _host(document, ctx, warn=False):
        return None
    return _servers(document, schemes, ctx, warn=False)


def _servers(
    document: dict[str, Any], schemes: tuple[str, ...], ctx: Context, *, warn: bool
) -> list[dict[str, Any]] | None:
    base = _base_path(document, ctx, warn=warn)
    host = _host(document, ctx, warn=warn)
    if not host:
        # Without a host the API lives wherever the document was served from: a relative server.
        given = isinstance(document.get("basePath"), str) and document["basePath"] != ""
        return [{"url": base or "/"}] if given else None
    return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes or (DEFAULT_SCHEME,)]


def _host(document: dict[str, Any], ctx: Context, *, warn: bool) -> str:
    host = document.get("host")
    if not isinstance(host, str) or not host.strip():
        return ""
    host = host.strip()
    if "://" in host or "/" in host:
        # 2.0 says host is "host[:port]"; a scheme or path in it is a frequent mistake we can undo.
        cleaned = host.split("://", 1)[-1].split("/", 1)[0]
        if warn:
            ctx.warn(
                "normalize-host-not-bare",
                f"'host' should be a bare host name, not '{host}'; '{cleaned}' was used",
                "/host",
                "put the scheme in 'schemes' and the path in 'basePath'",
            )
        host = cleaned
    return host


def _base_path(document: dict[str, Any], ctx: Context, *, warn: bool) -> str:
    base = document.get("basePath")
    if not isinstance(base, str) or not base:
        return ""
    if not base.startswith("/"):
        if warn:
            ctx.warn(
                "normalize-base-path-relative",
                f"'basePath' must start with '/'; '/{base}' was used",
                "/basePath",
                "start basePath with a slash",
            )
        base = "/" + base
    # A trailing slash would double up with paths, which start with '/'.
    return base.rstrip("/")
