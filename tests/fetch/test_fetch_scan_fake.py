"""Page scanning, sniffing and discovery order, with a fake Transport (no sockets)."""

from __future__ import annotations

import pytest

from generator.errors import InputError, IOFailure
from generator.fetch import FetchResponse, discover, sibling_urls, sniff
from generator.fetch.scan import scan_page, scan_script, scan_swagger_config
from generator.fetch.transport import http_status_error

SPEC = b'{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}'
PAGE = "https://api.example.com/docs"


class FakeTransport:
    def __init__(self, routes: dict[str, tuple[str, bytes] | IOFailure]) -> None:
        self.routes = routes
        self.calls: list[tuple[str, str]] = []

    def get(self, url: str, *, accept: str) -> FetchResponse:
        self.calls.append((url, accept))
        hit = self.routes.get(url)
        if hit is None:
            raise http_status_error(url, 404)
        if isinstance(hit, IOFailure):
            raise hit
        content_type, body = hit
        return FetchResponse(url, 200, content_type, body)


def urls(html: str, base: str = PAGE) -> list[str]:
    return [c.url for c in scan_page(html, base).candidates]


def test_swagger_ui_url_ignores_other_url_keys() -> None:
    html = """<script>SwaggerUIBundle({oauth2RedirectUrl: "/o2c.html", validatorUrl: "https://v.io",
        "url": "spec/openapi.json", dom_id: "#ui"})</script>"""
    assert urls(html) == ["https://api.example.com/spec/openapi.json"]


def test_swagger_ui_urls_takes_first_without_primary() -> None:
    js = 'SwaggerUIBundle({urls: [{name: "v2", url: "/v2.json"}, {name: "v1", url: "/v1.json"}], url: "/x.json"})'
    assert [c.url for c in scan_script(js, PAGE)] == [
        "https://api.example.com/v2.json",
        "https://api.example.com/v1.json",
        "https://api.example.com/x.json",
    ]


def test_swagger_ui_urls_primary_first() -> None:
    js = """SwaggerUIBundle({urls: [{url: '/a.json', name: 'A'}, {url: '/b.json', name: 'B'}],
            'urls.primaryName': 'B'})"""
    assert scan_script(js, PAGE)[0].url == "https://api.example.com/b.json"


def test_non_literal_values_are_skipped_not_guessed() -> None:
    js = "SwaggerUIBundle({url: window.location.origin + '/openapi.json', dom_id: `#${id}`})"
    assert scan_script(js, PAGE) == ()
    assert scan_script("SwaggerUIBundle({url: `${base}/openapi.json`})", PAGE) == ()


def test_escaped_js_string() -> None:
    js = r'SwaggerUIBundle({"url": "https:\/\/api.example.com\/v1\/openapi.json"})'
    assert scan_script(js, PAGE)[0].url == "https://api.example.com/v1/openapi.json"


def test_swagger_ui_express_options_variable_skips_inline_document() -> None:
    js = """var options = {"swaggerDoc": {"openapi": "3.0.0", "servers": [{"url": "https://api.example.com"}]},
      "customOptions": {}, "swaggerUrl": "/api-docs/swagger.json"};
    window.onload = function () { const ui = SwaggerUIBundle(Object.assign({dom_id: '#swagger-ui'}, options)) }"""
    assert [c.url for c in scan_script(js, PAGE)] == ["https://api.example.com/api-docs/swagger.json"]


def test_config_url_candidate_kind() -> None:
    (candidate,) = scan_script('SwaggerUIBundle({configUrl: "/v3/api-docs/swagger-config"})', PAGE)
    assert candidate.kind == "swagger-config"


def test_swagger_config_json() -> None:
    data = {"urls": [{"url": "/a", "name": "a"}, {"url": "/b", "name": "b"}], "urls.primaryName": "b"}
    assert [c.url for c in scan_swagger_config(data, PAGE)] == [
        "https://api.example.com/b",
        "https://api.example.com/a",
    ]
    assert scan_swagger_config(["not", "a", "config"], PAGE) == ()


def test_html_elements_and_base_href() -> None:
    html = """<html><head><base href="/v1/"></head><body>
      <rapi-doc spec-url="openapi.yaml"></rapi-doc></body></html>"""
    assert urls(html) == ["https://api.example.com/v1/openapi.yaml"]


def test_link_tags() -> None:
    html = """<link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="text/html" href="/other">
      <link rel="service-desc" type="application/openapi+yaml" href="/openapi.yaml">"""
    assert urls(html) == ["https://api.example.com/openapi.yaml"]


def test_scalar_sources_configuration() -> None:
    html = """<script id="api-reference" data-configuration='{"sources": [{"url": "/one.json"}]}'></script>"""
    assert urls(html) == ["https://api.example.com/one.json"]


def test_unusable_urls_are_dropped() -> None:
    html = '<redoc spec-url="javascript:alert(1)"></redoc><rapi-doc spec-url="data:application/json,{}"></rapi-doc>'
    assert urls(html) == []


def test_initializer_scripts_are_same_origin_and_not_libraries() -> None:
    html = """<script src="https://cdn.example.org/swagger-initializer.js"></script>
      <script src="./swagger-ui-bundle.js"></script><script src="./swagger-ui.js"></script>
      <script src="./swagger-initializer.js"></script><script src="/docs/swagger-ui-init.js"></script>"""
    assert scan_page(html, PAGE + "/").scripts == (
        "https://api.example.com/docs/swagger-initializer.js",
        "https://api.example.com/docs/swagger-ui-init.js",
    )


@pytest.mark.parametrize(
    ("body", "content_type", "kind"),
    [
        (SPEC, "application/json", "json"),
        (b"\xef\xbb\xbf" + SPEC, "text/html", "json"),   # mislabelled, with a BOM
        (b'{"swagger": "2.0"}', "", "json"),
        (b"swagger: '2.0'\ninfo: {}\n", "application/octet-stream", "yaml"),
        (b"---\n'openapi': 3.0.0\n", "text/plain", "yaml"),
        (b"title: x\nnested:\n  openapi: 3.0.0\n", "text/plain", None),  # not a top-level key
        (b'{"title": "x"}', "application/json", None),
        (b"<html>openapi: 3.0.0</html>", "text/html", None),
    ],
)
def test_sniff(body: bytes, content_type: str, kind: str | None) -> None:
    assert sniff(body, content_type).kind == kind


def test_sibling_urls_order() -> None:
    assert sibling_urls("https://h.io/docs?x=1") == (
        "https://h.io/docs.json",
        "https://h.io/docs/openapi.json",
        "https://h.io/openapi.json",
        "https://h.io/openapi.yaml",
        "https://h.io/swagger.json",
        "https://h.io/v3/api-docs",
        "https://h.io/api-docs",
        "https://h.io/swagger/v1/swagger.json",
        "https://h.io/openapi.yml",
    )
    assert sibling_urls("https://h.io/")[0] == "https://h.io/openapi.json"
    assert sibling_urls("https://h.io/api/docs/index.html")[:2] == (
        "https://h.io/api/docs.json",
        "https://h.io/api/docs/openapi.json",
    )


def test_discover_page_candidates_before_siblings() -> None:
    transport = FakeTransport({
        PAGE: ("text/html", b'<redoc spec-url="/spec/v1.json"></redoc>'),
        "https://api.example.com/spec/v1.json": ("application/json", SPEC),
        "https://api.example.com/docs.json": ("application/json", SPEC),
    })
    found = discover(PAGE, transport)
    assert found.spec_url == "https://api.example.com/spec/v1.json"
    assert [u for u, _ in transport.calls] == [PAGE, "https://api.example.com/spec/v1.json"]
    assert "text/html" in transport.calls[0][1]        # the page request accepts HTML
    assert "text/html" not in transport.calls[1][1]    # document requests do not ask for it


def test_discover_config_url_chain() -> None:
    transport = FakeTransport({
        PAGE: ("text/html", b'<script>SwaggerUIBundle({configUrl: "/cfg"})</script>'),
        "https://api.example.com/cfg": ("application/json", b'{"url": "/v3/api-docs"}'),
        "https://api.example.com/v3/api-docs": ("application/json", SPEC),
    })
    assert discover(PAGE, transport).spec_url == "https://api.example.com/v3/api-docs"


def test_discover_propagates_non_status_failures_from_guesses() -> None:
    timeout = IOFailure("fetch-timeout", "GET x timed out after 1 s")
    transport = FakeTransport({PAGE: ("text/html", b"<html></html>"), "https://api.example.com/docs.json": timeout})
    with pytest.raises(IOFailure) as info:
        discover(PAGE, transport)
    assert info.value.code == "fetch-timeout"


def test_no_spec_found_lists_what_was_tried_briefly() -> None:
    transport = FakeTransport({PAGE: ("text/html", b"<html></html>")})
    with pytest.raises(InputError) as info:
        discover(PAGE, transport)
    message = info.value.message
    assert "/docs, /docs.json, /docs/openapi.json, /openapi.json" in message
    assert "and 2 more" in message
    assert len(transport.calls) == 10


def test_unreachable_foreign_candidate_does_not_stop_the_search() -> None:
    foreign = "https://petstore.swagger.io/v2/swagger.json"
    transport = FakeTransport({
        PAGE: ("text/html", f'<script>SwaggerUIBundle({{url: "{foreign}"}})</script>'.encode()),
        foreign: IOFailure("fetch-connect", "could not connect to petstore.swagger.io"),
        "https://api.example.com/docs.json": ("application/json", SPEC),
    })
    found = discover(PAGE, transport)
    assert found.spec_url == "https://api.example.com/docs.json"
    assert any("could not connect" in step for step in found.steps)


def test_unreachable_same_host_candidate_is_reported() -> None:
    transport = FakeTransport({
        PAGE: ("text/html", b'<redoc spec-url="/spec.json"></redoc>'),
        "https://api.example.com/spec.json": IOFailure("fetch-connect", "could not connect"),
    })
    with pytest.raises(IOFailure):
        discover(PAGE, transport)
