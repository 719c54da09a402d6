from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from _runtime import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    RequestOptions,
    SyncAPIClient,
)


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"url": str(request.url), "ua": request.headers.get("user-agent")}
    )


def test_defaults(make_client: Any) -> None:
    client, rec = make_client(echo)
    assert client.max_retries == 2
    assert client.timeout == DEFAULT_TIMEOUT and DEFAULT_TIMEOUT.read == 60.0
    result = client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert result == {"url": "https://api.example.test/v1/x", "ua": "demo-python/0.0.1"}
    assert rec.requests[0].headers["Accept"] == "application/json"


def test_base_url_from_argument_and_environment(
    make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = make_client(echo, base_url="http://localhost:8000/api/")
    assert (
        client.request(RequestOptions("GET", "/x"), cast_to=dict)["url"]
        == "http://localhost:8000/api/x"
    )
    monkeypatch.setenv("DEMO_BASE_URL", "http://env.test")
    client, _ = make_client(echo)
    assert client.base_url == "http://env.test"


def test_no_base_url_is_a_clear_error() -> None:
    class NoUrl(SyncAPIClient):
        _env_base_url = "NOURL_BASE_URL"

    with pytest.raises(ClientError, match="NOURL_BASE_URL"):
        NoUrl()


def test_default_headers_query_and_extra_overrides(make_client: Any) -> None:
    client, rec = make_client(
        echo, default_headers={"X-Env": "a", "X-Keep": "k"}, default_query={"q": "1"}
    )
    client.request(
        RequestOptions(
            "GET", "/x", headers={"X-Op": "op"}, extra_headers={"X-Env": "b", "X-Keep": None}
        ),
        cast_to=dict,
    )
    request = rec.requests[0]
    assert request.headers["X-Env"] == "b" and request.headers["X-Op"] == "op"
    assert "X-Keep" not in request.headers
    assert request.url.params["q"] == "1"


def test_per_call_timeout_reaches_httpx(make_client: Any) -> None:
    client, rec = make_client(echo)
    client.request(RequestOptions("GET", "/x", timeout=3.0), cast_to=dict)
    client.request(RequestOptions("GET", "/x", timeout=None), cast_to=dict)
    assert rec.requests[0].extensions["timeout"]["read"] == 3.0
    assert rec.requests[1].extensions["timeout"]["read"] is None


def test_with_options_derives_and_shares_http_client(make_client: Any) -> None:
    client, rec = make_client(echo, default_headers={"X-A": "1"})
    derived = client.with_options(
        api_key="other-key", max_retries=5, default_headers={"X-B": "2"}, timeout=9.0
    )
    assert type(derived) is type(client)
    assert derived._http is client._http and not derived._owns_http
    assert derived.max_retries == 5 and derived.timeout == 9.0
    assert client.max_retries == 2
    derived.request(RequestOptions("GET", "/x"), cast_to=dict)
    request = rec.requests[0]
    assert request.headers["Authorization"] == "Bearer other-key"
    assert request.headers["X-A"] == "1" and request.headers["X-B"] == "2"
    derived.close()
    assert not client.is_closed  # derived never closes the shared pool


def test_context_manager_closes_only_owned_clients() -> None:
    class C(SyncAPIClient):
        _default_base_url = "https://x.test"

    with C() as owned:
        pass
    assert owned.is_closed
    external = httpx.Client()
    with C(http_client=external):
        pass
    assert not external.is_closed
    external.close()


def test_async_context_manager_closes_only_owned_clients() -> None:
    class C(AsyncAPIClient):
        _default_base_url = "https://x.test"

    async def main() -> tuple[bool, bool]:
        async with C() as owned:
            pass
        external = httpx.AsyncClient()
        async with C(http_client=external):
            pass
        result = (owned.is_closed, external.is_closed)
        await external.aclose()
        return result

    assert asyncio.run(main()) == (True, False)


def test_repr_has_no_secret(make_client: Any) -> None:
    client, _ = make_client(echo, credentials={"basic": ("user", "hunter2")})
    text = repr(client)
    assert "sk-test-secret" not in text and "hunter2" not in text
    assert "bearer" in text and "basic" in text


def test_async_client_retries_auth_and_errors(make_async_client: Any, clock: Any) -> None:
    client, rec = make_async_client(
        httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200, json={"ok": 1})
    )

    async def main() -> Any:
        return await client.request(
            RequestOptions("POST", "/x", body={"a": 1}, idempotency_header="Idempotency-Key"),
            cast_to=dict,
        )

    assert asyncio.run(main()) == {"ok": 1}
    assert clock.sleeps == [2.0]
    keys = {r.headers["Idempotency-Key"] for r in rec.requests}
    assert len(keys) == 1
    assert all(r.headers["Authorization"] == "Bearer sk-test-secret" for r in rec.requests)


def test_async_client_errors(make_async_client: Any, clock: Any) -> None:
    client, _ = make_async_client(httpx.Response(404, json={"message": "nope"}))

    async def main() -> None:
        await client.request(RequestOptions("GET", "/x"), cast_to=dict)

    with pytest.raises(NotFoundError, match="nope"):
        asyncio.run(main())
    client2, rec2 = make_async_client(httpx.Response(500))
    with pytest.raises(InternalServerError):
        asyncio.run(client2.request(RequestOptions("GET", "/x"), cast_to=dict))
    assert len(rec2.requests) == 3 and clock.sleeps == [0.5, 1.0]
    client3, _ = make_async_client(httpx.Response(200), api_key=None)
    with pytest.raises(MissingCredentialsError):
        asyncio.run(client3.request(RequestOptions("GET", "/x"), cast_to=dict))


def test_async_oauth2_flow(make_async_client: Any) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": f"t{len(calls)}", "expires_in": 3600})
        if request.headers["Authorization"] == "Bearer t1":
            return httpx.Response(401)
        return httpx.Response(200, json={"auth": request.headers["Authorization"]})

    client, _ = make_async_client(handler, api_key=None, credentials={"oauth": ("id", "secret")})
    result = asyncio.run(
        client.request(RequestOptions("GET", "/x", security=[["oauth"]]), cast_to=dict)
    )
    assert result == {"auth": "Bearer t3"}
    assert calls == ["/v1/oauth/token", "/v1/x", "/v1/oauth/token", "/v1/x"]


def test_async_with_options(make_async_client: Any) -> None:
    client, rec = make_async_client(echo)
    derived = client.with_options(base_url="https://other.test")
    asyncio.run(derived.request(RequestOptions("GET", "/y"), cast_to=dict))
    assert str(rec.requests[0].url) == "https://other.test/y"


def test_hooks_run_once_per_attempt_and_can_add_headers() -> None:
    import httpx

    from _runtime._client import ClientHooks, RequestOptions, SyncAPIClient

    seen: list[httpx.Request] = []
    statuses: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503 if len(seen) == 1 else 200, json={"ok": True})

    def add_header(request: httpx.Request) -> None:
        request.headers["X-Hook"] = "1"

    class Client(SyncAPIClient):
        _default_base_url = "https://api.example"

    client = Client(
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        hooks=ClientHooks(request=(add_header,), response=(lambda r: statuses.append(r.status_code),)),
        _sleep=lambda s: None,
    )
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert [r.headers.get("x-hook") for r in seen] == ["1", "1"]
    assert statuses == [503, 200]
    derived = client.with_options(max_retries=0)
    assert derived.hooks is client.hooks


def test_async_hooks_may_be_coroutines() -> None:
    import asyncio

    import httpx

    from _runtime._client import AsyncAPIClient, ClientHooks, RequestOptions

    calls: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        calls.append("request")

    class Client(AsyncAPIClient):
        _default_base_url = "https://api.example"

    async def main() -> None:
        client = Client(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={}))),
            hooks=ClientHooks(request=(on_request,), response=(lambda r: calls.append("response"),)),
        )
        await client.request(RequestOptions("GET", "/x"), cast_to=dict)

    asyncio.run(main())
    assert calls == ["request", "response"]
