from __future__ import annotations

import base64
import logging
from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
import pytest
from _runtime import AuthenticationError, MissingCredentialsError, RequestOptions


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def test_bearer_from_api_key(make_client: Any) -> None:
    client, rec = make_client(ok)
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert rec.requests[0].headers["Authorization"] == "Bearer sk-test-secret"


def test_api_key_from_environment(make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEMO_API_KEY", "from-env")
    client, rec = make_client(ok, api_key=None)
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert rec.requests[0].headers["Authorization"] == "Bearer from-env"


def test_basic_auth(make_client: Any) -> None:
    client, rec = make_client(ok, api_key=None, credentials={"basic": ("ann", "pw:1")})
    client.request(RequestOptions("GET", "/x", security=[["basic"]]), cast_to=dict)
    expected = base64.b64encode(b"ann:pw:1").decode()
    assert rec.requests[0].headers["Authorization"] == f"Basic {expected}"


@pytest.mark.parametrize(
    ("scheme", "check"),
    [
        ("hkey", lambda r: r.headers["X-API-Key"] == "k1"),
        ("qkey", lambda r: r.url.params["api_key"] == "k1"),
        ("ckey", lambda r: r.headers["Cookie"] == "session=k1"),
    ],
)
def test_api_key_placements(make_client: Any, scheme: str, check: Any) -> None:
    client, rec = make_client(ok, api_key=None, credentials={scheme: "k1"})
    client.request(RequestOptions("GET", "/x", security=[[scheme]]), cast_to=dict)
    assert check(rec.requests[0])
    assert "Authorization" not in rec.requests[0].headers


def test_and_set_sends_every_scheme(make_client: Any) -> None:
    client, rec = make_client(ok, credentials={"hkey": "k1", "qkey": "k2"})
    client.request(RequestOptions("GET", "/x", security=[["hkey", "qkey"]]), cast_to=dict)
    request = rec.requests[0]
    assert request.headers["X-API-Key"] == "k1" and request.url.params["api_key"] == "k2"


def test_first_configured_alternative_wins(make_client: Any) -> None:
    client, rec = make_client(ok, api_key=None, credentials={"hkey": "k1"})
    client.request(RequestOptions("GET", "/x", security=[["bearer"], ["hkey"]]), cast_to=dict)
    assert "Authorization" not in rec.requests[0].headers
    assert rec.requests[0].headers["X-API-Key"] == "k1"


def test_empty_security_sends_no_credentials(make_client: Any) -> None:
    client, rec = make_client(ok, credentials={"hkey": "k1"})
    client.request(RequestOptions("GET", "/public", security=[]), cast_to=dict)
    assert "Authorization" not in rec.requests[0].headers
    assert "X-API-Key" not in rec.requests[0].headers


def test_optional_security_alternative(make_client: Any) -> None:
    client, rec = make_client(ok, api_key=None)
    client.request(RequestOptions("GET", "/x", security=[["bearer"], []]), cast_to=dict)
    assert "Authorization" not in rec.requests[0].headers


def test_missing_credentials_raise_at_first_request(make_client: Any) -> None:
    client, rec = make_client(ok, api_key=None)  # construction succeeds (lazy check)
    client.request(RequestOptions("GET", "/public", security=[]), cast_to=dict)
    with pytest.raises(MissingCredentialsError) as info:
        client.request(RequestOptions("GET", "/x"), cast_to=dict)
    message = str(info.value)
    assert "DEMO_API_KEY" in message and "api_key" in message
    assert info.value.schemes == ("bearer",)
    assert len(rec.requests) == 1


def test_eager_credentials_check(make_client: Any) -> None:
    from _runtime import BearerAuth, SecurityScheme, SyncAPIClient

    class Strict(SyncAPIClient):
        _default_base_url = "https://x.test"
        _env_api_key = "DEMO_API_KEY"
        _api_key_scheme = "bearer"
        _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {"bearer": BearerAuth()}
        _default_security = (("bearer",),)
        _credentials_required_at_init = True

    with pytest.raises(MissingCredentialsError, match="DEMO_API_KEY"):
        Strict()
    Strict(api_key="k").close()


def _token_server(tokens: list[str], expires_in: int | None = 3600, stale: str = "stale") -> Any:
    """Issues ``tokens`` in order; accepts any issued token except ``stale``."""
    issued: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth/token":
            issued.append(request)
            body: dict[str, Any] = {"access_token": tokens[len(issued) - 1], "token_type": "bearer"}
            if expires_in is not None:
                body["expires_in"] = expires_in
            return httpx.Response(200, json=body)
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Bearer ") and auth[7:] in tokens and auth[7:] != stale:
            return httpx.Response(200, json={"auth": auth})
        return httpx.Response(401, json={"message": "expired"})

    return handler, issued


def test_oauth2_client_credentials_token_is_fetched_and_cached(make_client: Any) -> None:
    handler, issued = _token_server(["tok-1"])
    client, _ = make_client(handler, api_key=None, credentials={"oauth": ("cid", "csecret")})
    options = RequestOptions("GET", "/x", security=[["oauth"]])
    assert client.request(options, cast_to=dict) == {"auth": "Bearer tok-1"}
    assert client.request(options, cast_to=dict) == {"auth": "Bearer tok-1"}
    assert len(issued) == 1
    token_request = issued[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == "https://api.example.test/v1/oauth/token"
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form == {"grant_type": "client_credentials", "scope": "read write"}
    assert (
        token_request.headers["Authorization"]
        == "Basic " + base64.b64encode(b"cid:csecret").decode()
    )


def test_oauth2_refreshes_on_expiry(make_client: Any, clock: Any) -> None:
    handler, issued = _token_server(["tok-1", "tok-2"], expires_in=100)
    client, _ = make_client(handler, api_key=None, credentials={"oauth": ("cid", "cs")})
    options = RequestOptions("GET", "/x", security=[["oauth"]])
    client.request(options, cast_to=dict)
    clock.now += 200
    assert client.request(options, cast_to=dict) == {"auth": "Bearer tok-2"}
    assert len(issued) == 2


def test_oauth2_refreshes_once_on_401(make_client: Any) -> None:
    handler, issued = _token_server(["stale", "fresh"], expires_in=None)
    client, _ = make_client(handler, api_key=None, credentials={"oauth": ("cid", "cs")})
    result = client.request(RequestOptions("GET", "/x", security=[["oauth"]]), cast_to=dict)
    assert result == {"auth": "Bearer fresh"}
    assert len(issued) == 2


def test_oauth2_persistent_401_raises_after_one_refresh(make_client: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": "t"})
        return httpx.Response(401, json={"message": "no"})

    client, rec = make_client(handler, api_key=None, credentials={"oauth": ("cid", "cs")})
    with pytest.raises(AuthenticationError):
        client.request(RequestOptions("GET", "/x", security=[["oauth"]]), cast_to=dict)
    paths = [r.url.path for r in rec.requests]
    assert paths == ["/v1/oauth/token", "/v1/x", "/v1/oauth/token", "/v1/x"]


def test_oauth2_token_endpoint_error_is_a_status_error(make_client: Any) -> None:
    client, _ = make_client(
        httpx.Response(401, json={"error": "invalid_client"}),
        api_key=None,
        credentials={"oauth": ("cid", "cs")},
    )
    with pytest.raises(AuthenticationError, match="invalid_client"):
        client.request(RequestOptions("GET", "/x", security=[["oauth"]]), cast_to=dict)


def test_oauth2_ready_token_is_used_as_bearer(make_client: Any) -> None:
    client, rec = make_client(ok, api_key=None, credentials={"oauth": "ready"})
    client.request(RequestOptions("GET", "/x", security=[["oauth"]]), cast_to=dict)
    assert rec.requests[0].headers["Authorization"] == "Bearer ready"


def test_extra_headers_can_remove_or_override_auth(make_client: Any) -> None:
    client, rec = make_client(ok)
    client.request(RequestOptions("GET", "/x", extra_headers={"Authorization": None}), cast_to=dict)
    client.request(
        RequestOptions("GET", "/x", extra_headers={"Authorization": "Bearer other"}), cast_to=dict
    )
    assert "Authorization" not in rec.requests[0].headers
    assert rec.requests[1].headers["Authorization"] == "Bearer other"


def test_repr_and_logs_never_show_secrets(make_client: Any, caplog: Any) -> None:
    client, _ = make_client(
        httpx.Response(500), ok, credentials={"qkey": "query-secret", "hkey": "header-secret"}
    )
    assert "sk-test-secret" not in repr(client)
    with caplog.at_level(logging.DEBUG, logger="demo"):
        client.request(
            RequestOptions("GET", "/x", security=[["bearer", "qkey", "hkey"]]), cast_to=dict
        )
    text = caplog.text
    assert "HTTP request" in text and "Retrying" in text
    for secret in ("sk-test-secret", "query-secret", "header-secret"):
        assert secret not in text
    assert "<redacted>" in text


def test_status_error_message_has_no_query_secret(make_client: Any) -> None:
    client, _ = make_client(
        httpx.Response(404, json={"message": "gone"}), credentials={"qkey": "qs"}
    )
    with pytest.raises(Exception) as info:
        client.request(RequestOptions("GET", "/x", security=[["qkey"]]), cast_to=dict)
    assert "qs" not in str(info.value) and "qs" not in repr(info.value)
    assert str(info.value) == "404 Not Found for GET /v1/x: gone"
