"""The golden `features` client on the wire: every auth scheme, parameter style and body type it generates."""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.golden.test_golden import GOLDEN

EXPECTED = GOLDEN / "features" / "expected"


@pytest.fixture(scope="module")
def features() -> Iterator[ModuleType]:
    sys.path.insert(0, str(EXPECTED))
    try:
        import features as module

        yield module
    finally:
        sys.path.remove(str(EXPECTED))
        for name in [m for m in sys.modules if m == "features" or m.startswith("features.")]:
            del sys.modules[name]


def make(features: ModuleType, handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> Any:
    kw.setdefault("api_key", "tok")
    return features.Features(http_client=httpx.Client(transport=httpx.MockTransport(handler)), _sleep=lambda s: None, **kw)


def recorder(response: httpx.Response | None = None) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return response if response is not None else httpx.Response(200, json={"data": [], "next_cursor": None})

    return seen, handler


def test_query_styles_headers_and_cookies(features: ModuleType) -> None:
    seen, handler = recorder()
    make(features, handler).things.list(
        ids=["a", "b"], colors=[features.types.Color.RED, "light-blue"], filter={"owner": "me", "min_size": 2},
        tags=["x", "y"], words=["hello", "world"], x_trace_id="t-1", session="s1", limit=5,
    )
    request = seen[0]
    pairs = list(request.url.params.multi_items())
    assert ("ids", "a,b") in pairs
    assert ("colors", "red") in pairs and ("colors", "light-blue") in pairs
    assert ("filter[owner]", "me") in pairs and ("filter[min_size]", "2") in pairs
    assert ("tags", "x|y") in pairs
    assert ("words", "hello world") in pairs
    assert ("limit", "5") in pairs
    assert request.headers["x-trace-id"] == "t-1"
    assert "session=s1" in request.headers["cookie"]
    assert request.url.host == "eu.features.example"
    assert request.url.path == "/v1/things"


def test_json_body_with_renamed_arguments_and_idempotency_key(features: ModuleType) -> None:
    seen, handler = recorder(httpx.Response(500, json={"title": "boom"}))
    client = make(features, handler, max_retries=1)
    with pytest.raises(features.InternalServerError):
        # ``timeout`` is the body field; the call option is ``request_timeout`` for this method.
        client.things.create(name="n", class_="k", timeout=1.5, size=None, request_timeout=30.0)
    assert len(seen) == 2
    assert seen[0].extensions["timeout"]["read"] == 30.0
    body = json.loads(seen[0].content)
    assert body == {"name": "n", "class": "k", "timeout": 1.5, "size": None}
    keys = {r.headers.get("idempotency-key") for r in seen}
    assert len(keys) == 1 and None not in keys  # one key per logical call, reused on the retry


def test_multipart_upload_with_a_path_and_an_encoded_id(features: ModuleType, tmp_path: Path) -> None:
    seen, handler = recorder(httpx.Response(200, json={"id": "6f1c1f3e-0000-4000-8000-000000000000", "name": "x"}))
    client = make(features, handler)
    photo = tmp_path / "p.png"
    photo.write_bytes(b"\x89PNG")
    client.things.upload_photo("t/1", file=photo, caption="hi")
    assert seen[-1].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b"\x89PNG" in seen[-1].content and b'name="caption"' in seen[-1].content
    assert seen[-1].url.raw_path == b"/v1/things/t%2F1/photo"


def test_form_text_octet_and_download(features: ModuleType) -> None:
    seen, handler = recorder(httpx.Response(200, json=["ok"]))
    assert make(features, handler).things.submit_form(name="a b", count=2) == ["ok"]
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen[0].content == b"name=a+b&count=2"

    seen, handler = recorder(httpx.Response(200, text="echo", headers={"content-type": "text/plain"}))
    assert make(features, handler).things.create_note(body="hello") == "echo"
    assert seen[0].content == b"hello" and seen[0].headers["content-type"].startswith("text/plain")

    seen, handler = recorder(httpx.Response(204))
    assert make(features, handler).things.replace_raw("t1", body=b"\x00\x01") is None
    assert seen[0].content == b"\x00\x01"
    assert seen[0].headers["content-type"] == "application/octet-stream"

    seen, handler = recorder(httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"}))
    assert make(features, handler).things.download_photo("t1") == b"\x89PNG"


@pytest.mark.parametrize(
    ("method", "credentials", "check"),
    [
        ("whoami_basic", {"basic": ("u", "p")},
         lambda r: r.headers["authorization"] == "Basic " + base64.b64encode(b"u:p").decode()),
        ("whoami_header_key", {"headerKey": "hk"}, lambda r: r.headers["x-api-key"] == "hk"),
        ("whoami_query_key", {"queryKey": "qk"}, lambda r: r.url.params["api_key"] == "qk"),
        ("whoami_cookie_key", {"cookieKey": "ck"}, lambda r: "sid=ck" in r.headers["cookie"]),
    ],
)
def test_each_security_scheme_is_placed_right(
    features: ModuleType, method: str, credentials: dict[str, Any], check: Callable[[httpx.Request], bool]
) -> None:
    seen, handler = recorder(httpx.Response(204))
    getattr(make(features, handler, credentials=credentials).auth_variants, method)()
    assert check(seen[0])
    assert "tok" not in seen[0].headers.get("authorization", "")  # only the scheme the operation asks for


def test_oauth2_client_credentials_fetches_and_reuses_a_token(features: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "auth.features.example":
            return httpx.Response(200, json={"access_token": "at-1", "expires_in": 3600, "token_type": "bearer"})
        return httpx.Response(204)

    client = features.Features(
        credentials={"oauth": ("id", "secret")},
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.auth_variants.whoami_oauth()
    client.auth_variants.whoami_oauth()
    token_calls = [r for r in seen if r.url.host == "auth.features.example"]
    api_calls = [r for r in seen if r.url.host != "auth.features.example"]
    assert len(token_calls) == 1
    assert all(r.headers["authorization"] == "Bearer at-1" for r in api_calls)


def test_open_operation_sends_no_credentials(features: ModuleType) -> None:
    seen, handler = recorder(httpx.Response(200, json={"ok": True}))
    assert make(features, handler).auth_variants.health().ok is True
    assert "authorization" not in seen[0].headers


def test_deprecated_operation_warns(features: ModuleType) -> None:
    seen, handler = recorder(httpx.Response(204))
    with pytest.warns(DeprecationWarning, match="deprecated"):
        make(features, handler).things.delete("t1")


def test_cursor_pagination_walks_pages(features: ModuleType) -> None:
    pages = {None: {"data": [{"id": "6f1c1f3e-0000-4000-8000-000000000001", "name": "a"}], "next_cursor": "c2"},
             "c2": {"data": [{"id": "6f1c1f3e-0000-4000-8000-000000000002", "name": "b"}], "next_cursor": None}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    names = [t.name for t in make(features, handler).things.list()]
    assert names == ["a", "b"]


def test_error_body_uses_the_declared_problem_model(features: ModuleType) -> None:
    seen, handler = recorder(httpx.Response(404, json={"title": "Not here", "detail": "no thing"},
                                            headers={"content-type": "application/problem+json"}))
    with pytest.raises(features.NotFoundError) as info:
        make(features, handler).things.get("nope")
    assert info.value.body.title == "Not here"


def test_user_agent_names_the_package_version(features: ModuleType) -> None:
    """The client reads its version from ``_version.py`` (so a release that changes only the version rewrites
    that one module); the header must still carry it."""
    seen, handler = recorder()
    make(features, handler).things.list()
    assert seen[0].headers["user-agent"] == f"features-python/{features.__version__}"
    assert features.__version__ == features._version.__version__ == "1.0.0"
