"""From an API docs URL to the OpenAPI document behind it.

Order: the URL itself (it may serve the document), then whatever the page names (see ``scan``), then the
initializer scripts it loads, then the usual sibling paths. Every response is checked: a 200 is not enough, since
single-page apps answer every path with their HTML shell.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from generator.errors import InputError, IOFailure
from generator.fetch.scan import Candidate, scan_page, scan_script, scan_swagger_config
from generator.fetch.transport import ACCEPT_PAGE, ACCEPT_SPEC, FetchResponse, Transport
from generator.load.document import MediaKind

# Where servers usually put the document, relative to the site root (after the page-relative guesses).
ROOT_PATHS = (
    "/openapi.json",
    "/openapi.yaml",
    "/swagger.json",
    "/v3/api-docs",
    "/api-docs",
    "/swagger/v1/swagger.json",
    "/docs.json",
    "/openapi.yml",
)

_BOM = b"\xef\xbb\xbf"
# A top-level key sits at column 0 in block YAML; `openapi: 3.1.0` or `swagger: "2.0"`, possibly quoted.
_YAML_ROOT_KEY = re.compile(r"""^(?:openapi|swagger|"openapi"|"swagger"|'openapi'|'swagger')[ \t]*:""", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Discovered:
    """The document found: its URL, the response that served it, its syntax, and what was tried on the way."""

    spec_url: str
    response: FetchResponse
    steps: tuple[str, ...]
    media_type: MediaKind = "json"


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What a response holds: an OpenAPI document (``kind``), other JSON (``data``), HTML (``html``), or none."""

    kind: MediaKind | None = None
    data: Any = None
    html: str | None = None


def _decode(body: bytes) -> str:
    return body.decode("utf-8-sig", errors="replace")


def sniff(body: bytes, content_type: str = "") -> Sniffed:
    """Classify a body by its content; the Content-Type is often wrong (JSON as text/html, YAML as text/plain)."""
    head = body[:1024].removeprefix(_BOM).lstrip()
    if head.startswith(b"<"):
        return Sniffed(html=_decode(body))
    if head.startswith((b"{", b"[")):
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict) and ("openapi" in data or "swagger" in data):
            return Sniffed(kind="json")
        if data is not None:
            return Sniffed(data=data)
        # Not valid JSON: it may still be YAML written in flow style; fall through to the key check.
    text = _decode(body)
    if _YAML_ROOT_KEY.search(text):
        return Sniffed(kind="yaml")
    if content_type.split(";", 1)[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return Sniffed(html=text)
    return Sniffed()


def sibling_urls(page_url: str) -> tuple[str, ...]:
    """The usual places, in order: ``<page>.json``, ``<page>/openapi.json``, then the root paths."""
    scheme, netloc, path, _query, _fragment = urlsplit(page_url)
    last = path.rsplit("/", 1)[-1]
    if re.fullmatch(r"index\.html?|index", last, re.IGNORECASE):
        path = path[: len(path) - len(last)]
    page = path.rstrip("/")
    paths: list[str] = []
    if page:
        if re.search(r"\.html?$", page, re.IGNORECASE):
            page = page.rsplit(".", 1)[0]
        paths += [page + ".json", page + "/openapi.json"]
    paths += ROOT_PATHS
    out: list[str] = []
    for p in paths:
        url = urlunsplit((scheme, netloc, p, "", ""))
        if url not in out:
            out.append(url)
    return tuple(out)


class _Search:
    def __init__(self, transport: Transport, page_url: str) -> None:
        self.transport = transport
        self.page_url = page_url
        self.steps: list[str] = []
        self.tried: list[str] = []

    def get(self, url: str, how: str, accept: str = ACCEPT_SPEC) -> FetchResponse | None:
        """Fetch once; an HTTP error status only means "not here" (recorded), other failures propagate."""
        if url in self.tried:
            return None
        self.tried.append(url)
        try:
            response = self.transport.get(url, accept=accept)
        except IOFailure as exc:
            # Another host being unreachable (say the Swagger UI default petstore URL left in a page) must not
            # stop us from trying the page's own host; on the page's host, a connection failure is real news.
            foreign = urlsplit(url)[:2] != urlsplit(self.page_url)[:2]
            if exc.code != "fetch-http-status" and not (foreign and exc.code in ("fetch-connect", "fetch-tls")):
                raise
            self.steps.append(f"{how}: {exc.message}")
            return None
        self.steps.append(f"{how}: GET {url} -> {response.status} {response.mime or 'no content type'}")
        return response

    def found(self, response: FetchResponse, kind: MediaKind) -> Discovered:
        self.steps.append(f"found {'JSON' if kind == 'json' else 'YAML'} OpenAPI document at {response.url}")
        return Discovered(response.url, response, tuple(self.steps), kind)

    def try_candidates(self, candidates: tuple[Candidate, ...] | list[Candidate], page_url: str) -> Discovered | None:
        queue = deque(candidates)
        while queue:
            candidate = queue.popleft()
            response = self.get(candidate.url, candidate.how)
            if response is None:
                continue
            sniffed = sniff(response.body, response.content_type)
            if sniffed.kind is not None:
                return self.found(response, sniffed.kind)
            if sniffed.data is not None:
                # A Swagger UI config (from configUrl, or a `urls` entry that is itself a config) names more URLs;
                # Swagger UI resolves them against the page, so do we.
                queue.extendleft(reversed(scan_swagger_config(sniffed.data, page_url, f"{candidate.how} ->")))
                continue
            self.steps.append(f"{candidate.how}: {candidate.url} is not an OpenAPI document")
        return None


def discover(url: str, transport: Transport) -> Discovered:
    """Find the OpenAPI document at or behind ``url``; raise ``InputError("no-spec-found")`` if there is none.

    HTTP errors for the URL itself propagate (a 404 docs page is an I/O problem, exit 2); for guessed URLs they
    only mean "not here".
    """
    first = transport.get(url, accept=ACCEPT_PAGE)
    page_url = first.url
    search = _Search(transport, page_url)
    search.tried.append(url)
    search.steps.append(f"page: GET {url} -> {first.status} {first.mime or 'no content type'}")
    sniffed = sniff(first.body, first.content_type)
    if sniffed.kind is not None:
        return search.found(first, sniffed.kind)
    if sniffed.data is not None:
        hit = search.try_candidates(scan_swagger_config(sniffed.data, page_url), page_url)
        if hit:
            return hit
    if sniffed.html is not None:
        scan = scan_page(sniffed.html, page_url)
        hit = search.try_candidates(scan.candidates, page_url)
        if hit:
            return hit
        for script_url in scan.scripts:
            script = search.get(script_url, "script", accept="application/javascript, */*;q=0.5")
            if script is None:
                continue
            hit = search.try_candidates(scan_script(_decode(script.body), page_url), page_url)
            if hit:
                return hit
    for sibling in sibling_urls(page_url):
        hit = search.try_candidates([Candidate(sibling, "guess")], page_url)
        if hit:
            return hit
    raise InputError(
        "no-spec-found",
        f"found no OpenAPI document at or behind {url} (tried {_summary(search.tried, page_url)})",
        hint="pass the document's own URL (for example https://host/openapi.json) or a local file",
    )


def _summary(tried: list[str], page_url: str, limit: int = 8) -> str:
    """``/docs, /docs.json, /openapi.json, ... and 4 more``: paths when on the page's host, full URLs otherwise."""
    origin = urlsplit(page_url)[:2]
    shown = []
    for url in tried[:limit]:
        parts = urlsplit(url)
        shown.append(urlunsplit(("", "", parts.path or "/", parts.query, "")) if parts[:2] == origin else url)
    more = len(tried) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")

