"""Find OpenAPI document URLs in docs pages, without running any JavaScript.

API docs pages are made by a handful of renderers, each with its own way of naming the document: Swagger UI
(``SwaggerUIBundle({url})``, ``urls: [...]``, ``configUrl``, often in ``swagger-initializer.js``), ReDoc
(``<redoc spec-url>``, ``Redoc.init("...")``), Scalar (``<script id="api-reference" data-url>``,
``data-configuration``, ``Scalar.createApiReference(el, {url})``), RapiDoc (``<rapi-doc spec-url>``), Stoplight
Elements (``<elements-api apiDescriptionUrl>``), and ``<link type="application/openapi+json">``. We read them with
``html.parser`` and small regexes over string literals; values that are not plain literals (variables, template
strings with ``${}``) are skipped rather than guessed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

CandidateKind = Literal["spec", "swagger-config"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A URL that may serve the document (``spec``) or a Swagger UI config JSON naming it (``swagger-config``)."""

    url: str
    how: str
    kind: CandidateKind = "spec"


@dataclass(frozen=True, slots=True)
class PageScan:
    """What a docs page names: candidate document URLs, and scripts that may name more."""

    candidates: tuple[Candidate, ...]
    scripts: tuple[str, ...]          # same-origin script URLs that may hold a Swagger UI initializer


# --- JavaScript literals -------------------------------------------------------------------------------------

_STRING = r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\\$]*`)"""


def _key_string(key: str) -> re.Pattern[str]:
    # The key may be bare or quoted; the look-behind keeps `url` from matching inside `configUrl` or `.url`.
    return re.compile(rf"""(?<![\w$.])(?:"{key}"|'{key}'|{key})\s*:\s*{_STRING}""")


_URL_KEY = _key_string("url")
_CONFIG_URL_KEY = _key_string("configUrl")
_SWAGGER_URL_KEY = _key_string("swaggerUrl")
_NAME_KEY = _key_string("name")
_PRIMARY_KEY = re.compile(r"""["']urls\.primaryName["']\s*:\s*""" + _STRING)
_URLS_KEY = re.compile(r"""(?<![\w$.])(?:"urls"|'urls'|urls)\s*:\s*\[""")
_SWAGGER_DOC_KEY = re.compile(r"""(?<![\w$.])(?:"swaggerDoc"|'swaggerDoc'|swaggerDoc)\s*:\s*\{""")
_SWAGGER_CALL = re.compile(r"\b(?:SwaggerUIBundle|SwaggerUI|SwaggerUi)\s*\(\s*\{")
_REDOC_INIT = re.compile(r"\bRedoc\.init\s*\(\s*" + _STRING)
_SCALAR_CALL = re.compile(r"\bcreateApiReference\s*\(")
_SPEC_URL_ATTR = re.compile(r"""setAttribute\s*\(\s*["'](?:spec-url|apiDescriptionUrl)["']\s*,\s*""" + _STRING)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unquote(literal: str) -> str | None:
    """The value of a JS string literal, or None for a template string that interpolates."""
    quote, body = literal[0], literal[1:-1]
    if quote == "`" and "${" in body:
        return None
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2 : i + 6]):
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _balanced(text: str, start: int) -> str:
    """The bracketed span starting at ``text[start]`` (``{`` or ``[``), skipping strings and comments."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'`":
            i += 1
            while i < n and text[i] != ch:
                i += 2 if text[i] == "\\" else 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                # A mismatched closer means broken source; the span so far is still the best guess.
                return text[start : i + 1]
        i += 1
    return text[start:]


def _first_string(pattern: re.Pattern[str], text: str) -> str | None:
    for match in pattern.finditer(text):
        value = _unquote(match.group(match.lastindex or 1))
        if value and value.strip():
            return value.strip()
    return None


def _swagger_config_candidates(obj: str, base: str, how: str) -> list[Candidate]:
    """Candidates in one Swagger UI configuration object (JS source text): ``urls`` first, as Swagger UI does."""
    found: list[Candidate] = []
    rest = obj
    urls_match = _URLS_KEY.search(obj)
    if urls_match:
        array = _balanced(obj, urls_match.end() - 1)
        rest = obj[: urls_match.start()] + obj[urls_match.end() - 1 + len(array) :]
        entries: list[tuple[str, str]] = []
        i = 0
        while True:
            i = array.find("{", i)
            if i < 0:
                break
            entry = _balanced(array, i)
            url = _first_string(_URL_KEY, entry)
            if url:
                entries.append((url, _first_string(_NAME_KEY, entry) or ""))
            i += len(entry)
        primary = _first_string(_PRIMARY_KEY, obj)
        entries.sort(key=lambda e: 0 if primary and e[1] == primary else 1)  # stable: first stays first
        for url, name in entries:
            label = f"{how} urls[{name}]" if name else f"{how} urls[]"
            found.append(Candidate(urljoin(base, url), label))
    for pattern, label, kind in (
        (_URL_KEY, "url", "spec"),
        (_SWAGGER_URL_KEY, "swaggerUrl", "spec"),
        (_CONFIG_URL_KEY, "configUrl", "swagger-config"),
    ):
        value = _first_string(pattern, rest)
        if value:
            found.append(Candidate(urljoin(base, value), f"{how} {label}", kind))  # type: ignore[arg-type]
    return found


def scan_script(js: str, base: str) -> tuple[Candidate, ...]:
    """Candidates named in JavaScript source (an inline ``<script>`` or a fetched initializer)."""
    found: list[Candidate] = []
    for match in _SWAGGER_CALL.finditer(js):
        obj = _balanced(js, match.end() - 1)
        found.extend(_swagger_config_candidates(obj, base, "Swagger UI"))
    if not found and re.search(r"SwaggerUI|swagger-ui|swaggerOptions|swaggerUrl", js):
        # The config object is often built in a variable first (swagger-ui-express: `var options = {...}`).
        # An inline document (`swaggerDoc: {...}`) is cut out first: its server and docs URLs are not specs.
        inline_doc = _SWAGGER_DOC_KEY.search(js)
        if inline_doc:
            span = _balanced(js, inline_doc.end() - 1)
            js_rest = js[: inline_doc.start()] + js[inline_doc.end() - 1 + len(span) :]
        else:
            js_rest = js
        found.extend(_swagger_config_candidates(js_rest, base, "Swagger UI script"))
    for match in _REDOC_INIT.finditer(js):
        value = _unquote(match.group(1))
        if value and value.strip():
            found.append(Candidate(urljoin(base, value.strip()), "Redoc.init"))
    for match in _SCALAR_CALL.finditer(js):
        brace = js.find("{", match.end())
        if brace >= 0:
            value = _first_string(_URL_KEY, _balanced(js, brace))
            if value:
                found.append(Candidate(urljoin(base, value), "Scalar createApiReference"))
    for match in _SPEC_URL_ATTR.finditer(js):
        value = _unquote(match.group(1))
        if value and value.strip():
            found.append(Candidate(urljoin(base, value.strip()), "setAttribute spec-url"))
    return tuple(found)


def scan_swagger_config(data: Any, base: str, how: str = "swagger-config") -> tuple[Candidate, ...]:
    """Candidates in a parsed Swagger UI config JSON (what ``configUrl`` points at)."""
    if not isinstance(data, dict):
        return ()
    found: list[Candidate] = []
    urls = data.get("urls")
    if isinstance(urls, list):
        primary = data.get("urls.primaryName")
        entries = [u for u in urls if isinstance(u, dict) and isinstance(u.get("url"), str) and u["url"].strip()]
        entries.sort(key=lambda e: 0 if primary and e.get("name") == primary else 1)
        found.extend(Candidate(urljoin(base, e["url"].strip()), f"{how} urls[{e.get('name', '')}]") for e in entries)
    url = data.get("url")
    if isinstance(url, str) and url.strip():
        found.append(Candidate(urljoin(base, url.strip()), f"{how} url"))
    return tuple(found)


def _scalar_configuration(text: str, base: str) -> list[Candidate]:
    try:
        data = json.loads(text)
    except ValueError:
        value = _first_string(_URL_KEY, text)  # JS-ish object text: read the literal instead
        return [Candidate(urljoin(base, value), "Scalar data-configuration")] if value else []
    if not isinstance(data, dict):
        return []
    spots: list[Any] = [data.get("spec"), data]
    sources = data.get("sources")
    if isinstance(sources, list):
        spots[:0] = sources[:1]
    for spot in spots:
        if isinstance(spot, dict) and isinstance(spot.get("url"), str) and spot["url"].strip():
            return [Candidate(urljoin(base, spot["url"].strip()), "Scalar data-configuration")]
    return []


# --- HTML ----------------------------------------------------------------------------------------------------

_SPEC_TYPES = re.compile(r"openapi|swagger|json|yaml", re.IGNORECASE)
_SPEC_HREF = re.compile(r"\.(json|ya?ml)(?:[?#]|$)", re.IGNORECASE)
_INITIALIZER = re.compile(r"initiali[sz]er|[-_.]init\b|swagger|config|docs", re.IGNORECASE)
_LIBRARY = re.compile(
    r"bundle|standalone|preset|polyfill|vendor|jquery|\.min\.js|^swagger-ui\.js$|^(?:redoc|rapidoc|scalar)", re.IGNORECASE
)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base_href: str | None = None
        self.links: list[tuple[str, str]] = []              # (href, how)
        self.elements: list[tuple[str, str]] = []           # (url, how) from docs web components
        self.scalar_configs: list[str] = []
        self.script_srcs: list[str] = []
        self.inline: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "").strip() for k, v in attrs}
        if tag == "base" and a.get("href") and self.base_href is None:
            self.base_href = a["href"]
        elif tag == "link" and a.get("href"):
            rel = a.get("rel", "").lower().split()
            kind = a.get("type", "")
            if "openapi" in kind.lower() or "swagger" in kind.lower():
                self.links.append((a["href"], f"<link type={kind}>"))
            elif ("alternate" in rel or "service-desc" in rel) and (
                _SPEC_TYPES.search(kind) or _SPEC_HREF.search(a["href"])
            ):
                self.links.append((a["href"], f"<link rel={' '.join(rel)}>"))
        elif tag in ("redoc", "rapi-doc", "openapi-explorer") and a.get("spec-url"):
            self.elements.append((a["spec-url"], f"<{tag} spec-url>"))
        elif tag == "elements-api" and a.get("apidescriptionurl"):
            self.elements.append((a["apidescriptionurl"], "<elements-api apiDescriptionUrl>"))
        elif tag == "script":
            if a.get("id") == "api-reference" or "data-url" in a or "data-configuration" in a:
                if a.get("data-url"):
                    self.elements.append((a["data-url"], "Scalar data-url"))
                if a.get("data-configuration"):
                    self.scalar_configs.append(a["data-configuration"])
            if a.get("src"):
                self.script_srcs.append(a["src"])
            self._script = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            text = "".join(self._script)
            if text.strip():
                self.inline.append(text)
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)


def _usable(url: str) -> bool:
    # data:, javascript: and blob: URLs hold no fetchable document; a bare fragment is the page itself.
    return bool(url) and not url.startswith("#") and urlsplit(url).scheme.lower() in ("", "http", "https")


def scan_page(html: str, page_url: str) -> PageScan:
    """Candidates named in a docs page, in order of how explicit they are, plus initializer scripts to read."""
    parser = _PageParser()
    parser.feed(html)  # html.parser recovers from broken markup instead of raising
    parser.close()
    base = urljoin(page_url, parser.base_href) if parser.base_href else page_url
    found: list[Candidate] = []
    for href, how in parser.links + parser.elements:
        if _usable(href):
            found.append(Candidate(urljoin(base, href), how))
    for config in parser.scalar_configs:
        found.extend(c for c in _scalar_configuration(config, base) if _usable(c.url))
    for script in parser.inline:
        found.extend(c for c in scan_script(script, base) if _usable(c.url))
    origin = urlsplit(page_url)[:2]
    scripts: list[str] = []
    for src in parser.script_srcs:
        absolute = urljoin(base, src)
        name = urlsplit(absolute).path.rsplit("/", 1)[-1]
        if (
            urlsplit(absolute)[:2] == origin
            and name.lower().endswith(".js")
            and _INITIALIZER.search(name)
            and not _LIBRARY.search(name)
            and absolute not in scripts
        ):
            scripts.append(absolute)
    return PageScan(tuple(_dedupe(found)), tuple(scripts[:3]))


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    out: list[Candidate] = []
    for c in candidates:
        if c.url not in seen:
            seen.add(c.url)
            out.append(c)
    return out
