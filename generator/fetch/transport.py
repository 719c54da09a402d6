"""The network, behind one small interface.

Discovery only ever calls ``Transport.get``; tests substitute a fake, the CLI uses ``HttpxTransport``. Every
failure becomes a one-line ``IOFailure`` (exit code 2) naming the URL, so no httpx exception reaches the user.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from generator import __version__
from generator.errors import IOFailure, UsageError

if TYPE_CHECKING:  # httpx costs ~80 ms to import; only commands that go to the network pay for it
    import httpx

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_SIZE = 50 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5

# What we ask for: an OpenAPI document if the server can negotiate one, HTML (a docs page) otherwise.
ACCEPT_PAGE = (
    "application/openapi+json, application/json;q=0.9, application/openapi+yaml;q=0.9, "
    "application/yaml;q=0.8, text/yaml;q=0.8, text/html;q=0.7, */*;q=0.5"
)
ACCEPT_SPEC = (
    "application/openapi+json, application/json;q=0.9, application/openapi+yaml;q=0.9, "
    "application/yaml;q=0.8, text/yaml;q=0.8, */*;q=0.5"
)

ProgressCallback = Callable[[int, "int | None"], None]


@dataclass(frozen=True, slots=True)
class FetchResponse:
    """A successful (2xx) response: ``url`` is the final URL after redirects."""

    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def mime(self) -> str:
        """The bare media type, lower case, without parameters (``text/html; charset=utf-8`` -> ``text/html``)."""
        return self.content_type.split(";", 1)[0].strip().lower()


class Transport(Protocol):
    def get(self, url: str, *, accept: str) -> FetchResponse:
        """Return the 2xx response for ``url`` or raise ``IOFailure``."""
        ...


def http_status_error(url: str, status: int, reason: str = "") -> IOFailure:
    reason = reason or _reason(status)
    return IOFailure(
        "fetch-http-status",
        f"GET {url} returned {status} {reason}".rstrip(),
        hint="check the URL" if status < 500 else "the server failed; try again later",
    )


def too_large_error(url: str, max_size: int) -> IOFailure:
    return IOFailure(
        "too-large",
        f"GET {url} returned more than {max_size} bytes",
        hint="raise the limit with --max-size BYTES",
    )


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""  # an unknown code: the number says enough


def _seconds(value: float) -> str:
    return f"{value:g} s"


class HttpxTransport:
    """``Transport`` over an ``httpx.Client``: redirects followed up to a limit, body streamed up to a size cap.

    ``timeout`` bounds each network wait and also the whole download, so a server that drips bytes cannot keep
    us waiting forever. ``on_progress(done, total)`` is called per chunk (``total`` is None without a
    Content-Length); the CLI uses it for a progress line on terminals.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_size: int = DEFAULT_MAX_SIZE,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        on_progress: ProgressCallback | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_size = max_size
        self.max_redirects = max_redirects
        self.on_progress = on_progress
        import httpx

        self._client = client or httpx.Client(
            follow_redirects=True,
            max_redirects=max_redirects,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": f"pfgen/{__version__}"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpxTransport:  # noqa: PYI034 - Self needs Python 3.11
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, accept: str) -> FetchResponse:
        import httpx

        try:
            return self._get(url, accept)
        except httpx.TimeoutException:
            raise IOFailure(
                "fetch-timeout",
                f"GET {url} timed out after {_seconds(self.timeout)}",
                hint="raise the limit with --timeout SECONDS, or check the server",
            ) from None
        except httpx.TooManyRedirects:
            raise IOFailure(
                "fetch-redirects",
                f"GET {url} was redirected more than {self.max_redirects} times",
                hint="check the URL; the server may redirect in a loop",
            ) from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise UsageError(
                "bad-url",
                f"cannot fetch {url!r}: {exc}",
                hint="give an http(s) URL or a local file path",
            ) from None
        except httpx.ConnectError as exc:
            raise _connect_error(url, exc) from None
        except httpx.TransportError as exc:
            raise IOFailure(
                "fetch-failed",
                f"GET {url} failed: {_short(exc)}",
                hint="check the network and the server, then try again",
            ) from None

    def _get(self, url: str, accept: str) -> FetchResponse:
        import httpx

        deadline = time.monotonic() + self.timeout
        with self._client.stream("GET", url, headers={"Accept": accept}) as response:
            final = str(response.url)
            if response.status_code >= 400:
                raise http_status_error(final, response.status_code, response.reason_phrase)
            total = _content_length(response)
            if total is not None and total > self.max_size:
                raise too_large_error(final, self.max_size)
            chunks: list[bytes] = []
            done = 0
            for chunk in response.iter_bytes():
                done += len(chunk)
                if done > self.max_size:
                    raise too_large_error(final, self.max_size)
                chunks.append(chunk)
                if self.on_progress is not None:
                    self.on_progress(done, total)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("download took too long")
            return FetchResponse(
                url=final,
                status=response.status_code,
                content_type=response.headers.get("content-type", ""),
                body=b"".join(chunks),
            )


def _content_length(response: httpx.Response) -> int | None:
    # A compressed body's Content-Length is the wire size, not what we will hold; it still bounds honest servers.
    value = response.headers.get("content-length")
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text and text[0] else type(exc).__name__


def _is_tls(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(6):  # walk __cause__/__context__ a few levels; httpx wraps the ssl error
        if seen is None:
            break
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return "SSL" in text or "CERTIFICATE" in text.upper()


def _connect_error(url: str, exc: httpx.ConnectError) -> IOFailure:
    host = urlsplit(url).netloc or url
    if _is_tls(exc):
        return IOFailure(
            "fetch-tls",
            f"TLS handshake with {host} failed: {_short(exc)}",
                hint="check the server's certificate, or point SSL_CERT_FILE at your CA bundle",
        )
    text = _short(exc)
    lowered = text.lower()
    if "name or service" in lowered or "nodename" in lowered or "getaddrinfo" in lowered or "resolve" in lowered:
        reason = "the host name could not be resolved"
    elif "refused" in lowered:
        reason = "the connection was refused"
    else:
        reason = text
    return IOFailure(
        "fetch-connect",
        f"could not connect to {host}: {reason}",
        hint="check the URL and your network connection",
    )
