"""Make the static runtime importable as the top-level package ``_runtime``.

The runtime only uses relative imports inside ``_runtime``, so importing it from
``templates/python-client`` exercises exactly the code copied into generated packages.
``test_runtime_package.py`` additionally copies it into a throwaway generated-style package.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

RUNTIME_PARENT = Path(__file__).resolve().parents[2] / "templates" / "python-client"
RUNTIME_DIR = RUNTIME_PARENT / "_runtime"
if str(RUNTIME_PARENT) not in sys.path:
    sys.path.insert(0, str(RUNTIME_PARENT))

from _runtime import (
    ApiKeyAuth,
    AsyncAPIClient,
    BasicAuth,
    BearerAuth,
    OAuth2ClientCredentials,
    SyncAPIClient,
)


class FakeClock:
    """Wall clock that only moves when a (fake) sleep happens."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Recorder:
    """A MockTransport handler that records requests and replays scripted responses."""

    def __init__(self, *responses: httpx.Response | Exception | Callable[[httpx.Request], Any]):
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        if callable(item) and not isinstance(item, httpx.Response):
            return item(request)  # type: ignore[no-any-return]
        return item

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self(request)


SCHEMES = {
    "bearer": BearerAuth(),
    "basic": BasicAuth(),
    "hkey": ApiKeyAuth("header", "X-API-Key"),
    "qkey": ApiKeyAuth("query", "api_key"),
    "ckey": ApiKeyAuth("cookie", "session"),
    "oauth": OAuth2ClientCredentials("/oauth/token", scopes=("read", "write")),
}


class DemoClient(SyncAPIClient):
    _default_base_url = "https://api.example.test/v1"
    _env_base_url = "DEMO_BASE_URL"
    _env_api_key = "DEMO_API_KEY"
    _api_key_scheme = "bearer"
    _env_webhook_secret = "DEMO_WEBHOOK_SECRET"
    _security_schemes = SCHEMES
    _default_security = (("bearer",),)
    _logger_name = "demo"
    _user_agent = "demo-python/0.0.1"


class AsyncDemoClient(AsyncAPIClient):
    _default_base_url = DemoClient._default_base_url
    _env_api_key = "DEMO_API_KEY"
    _api_key_scheme = "bearer"
    _security_schemes = SCHEMES
    _default_security = (("bearer",),)
    _logger_name = "demo"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("DEMO_API_KEY", "DEMO_BASE_URL", "DEMO_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(clock: FakeClock) -> Callable[..., tuple[DemoClient, Recorder]]:
    def factory(*responses: Any, cls: type[DemoClient] = DemoClient, **kwargs: Any) -> Any:
        recorder = Recorder(*responses)
        kwargs.setdefault("api_key", "sk-test-secret")
        client = cls(
            http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
            _clock=clock,
            _sleep=clock.sleep,
            _random=lambda: 0.0,
            **kwargs,
        )
        return client, recorder

    return factory


@pytest.fixture
def make_async_client(clock: FakeClock) -> Callable[..., tuple[AsyncDemoClient, Recorder]]:
    def factory(*responses: Any, **kwargs: Any) -> Any:
        recorder = Recorder(*responses)
        kwargs.setdefault("api_key", "sk-test-secret")
        client = AsyncDemoClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async)),
            _clock=clock,
            _sleep=clock.async_sleep,
            _random=lambda: 0.0,
            **kwargs,
        )
        return client, recorder

    return factory


def json_response(status: int = 200, body: Any = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, json=body, **kwargs)
