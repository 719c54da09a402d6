"""Discovery against a real loopback HTTP server: each docs style leads to the document."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fetch_loopback import LoopbackServer, Route

from generator import __version__
from generator.errors import InputError, IOFailure
from generator.fetch import HttpxTransport, discover

PAGES: dict[str, str] = {
    "swagger-url": """<!doctype html><html><body><div id="swagger-ui"></div>
<script src="https://unpkg.com/swagger-ui-dist/swagger-ui-bundle.js"></script>
<script>
  window.onload = () => {
    window.ui = SwaggerUIBundle({
      url: '/docs.json',
      dom_id: '#swagger-ui',
      oauth2RedirectUrl: 'http://127.0.0.1/oauth2-redirect.html',
    });
  };
</script></body></html>""",
    "swagger-urls": """<html><script>
const ui = SwaggerUIBundle({
  dom_id: "#swagger-ui",
  urls: [
    {url: "/other/openapi.json", name: "Other"},
    {url: "/docs.json", name: "Pocketsflow"},
  ],
  "urls.primaryName": "Pocketsflow",
  validatorUrl: null,
})
</script></html>""",
    "swagger-config-url": """<html><script>
window.ui = SwaggerUIBundle({ configUrl: "/v3/api-docs/swagger-config", dom_id: "#swagger-ui" });
</script></html>""",
    "redoc": '<html><body><redoc spec-url="../docs.json" hide-download-button></redoc>'
    '<script src="https://cdn.redoc.ly/redoc/latest/bundles/redoc.standalone.js"></script></body></html>',
    "redoc-init": "<html><body><div id=r></div><script>Redoc.init('/docs.json', {}, "
    "document.getElementById('r'))</script></body></html>",
    "scalar-url": '<html><body><script id="api-reference" data-url="/docs.json"></script>'
    '<script src="https://cdn.jsdelivr.net/npm/@scalar/api-reference"></script></body></html>',
    "scalar-config": "<html><body><script id=\"api-reference\" "
    "data-configuration=\"{&quot;spec&quot;:{&quot;url&quot;:&quot;/docs.json&quot;},&quot;theme&quot;:&quot;purple&quot;}\">"
    "</script></body></html>",
    "scalar-js": "<html><body><div id=app></div><script>"
    "Scalar.createApiReference('#app', { url: '/docs.json', proxyUrl: 'https://proxy.scalar.com' })"
    "</script></body></html>",
    "rapidoc": '<html><body><rapi-doc spec-url="/docs.json" theme="dark"></rapi-doc></body></html>',
    "elements": '<html><body><elements-api apiDescriptionUrl="/docs.json" router="hash"/></body></html>',
    "link": '<html><head><link rel="describedby" type="application/openapi+json" href="/docs.json">'
    "</head><body>docs</body></html>",
    "link-alternate": '<html><head><link rel="alternate" type="application/json" href="/docs.json">'
    "</head><body>docs</body></html>",
}


@pytest.fixture
def transport() -> Iterator[HttpxTransport]:
    with HttpxTransport(timeout=5.0) as client:
        yield client


@pytest.mark.parametrize("style", sorted(PAGES))
def test_each_docs_style_finds_the_document(
    style: str, server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport,
    pocketsflow_bytes: bytes,
) -> None:
    serve_pocketsflow("/docs.json")
    server.add("/other/openapi.json", b'{"openapi": "3.0.0", "info": {"title": "Other", "version": "1"}}',
               "application/json")
    server.add("/v3/api-docs/swagger-config", b'{"urls": [{"url": "/docs.json", "name": "default"}]}',
               "application/json")
    server.add(f"/pages/{style}", PAGES[style])
    found = discover(server.url(f"/pages/{style}"), transport)
    assert found.spec_url == server.url("/docs.json")
    assert found.response.body == pocketsflow_bytes
    assert found.media_type == "json"
    assert found.steps[0].startswith("page: GET")


def test_the_document_url_itself(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    serve_pocketsflow("/docs.json")
    found = discover(server.url("/docs.json"), transport)
    assert found.spec_url == server.url("/docs.json")
    assert server.paths_requested() == ["/docs.json"]
    _, headers = server.requests[0]
    assert headers["User-Agent"] == f"pfgen/{__version__}"
    assert "application/json" in headers["Accept"]


def test_swagger_initializer_script(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    serve_pocketsflow("/docs.json")
    server.add("/ui/index.html", """<html><body><div id="swagger-ui"></div>
<script src="./swagger-ui-bundle.js" charset="UTF-8"></script>
<script src="./swagger-ui-standalone-preset.js" charset="UTF-8"></script>
<script src="./swagger-initializer.js" charset="UTF-8"></script></body></html>""")
    server.add("/ui/swagger-initializer.js", """window.onload = function() {
  //<editor-fold desc="Changeable Configuration Block">
  window.ui = SwaggerUIBundle({
    url: "../docs.json",
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
  //</editor-fold>
};""", "application/javascript")
    found = discover(server.url("/ui/index.html"), transport)
    assert found.spec_url == server.url("/docs.json")
    requested = server.paths_requested()
    assert "/ui/swagger-initializer.js" in requested
    assert "/ui/swagger-ui-bundle.js" not in requested  # library scripts are not downloaded


def test_yaml_served_as_text_plain(server: LoopbackServer, transport: HttpxTransport) -> None:
    body = b"# Petstore\nopenapi: 3.0.3\ninfo:\n  title: Petstore\n  version: 1.0.0\npaths: {}\n"
    server.add("/openapi.yaml", body, "text/plain; charset=utf-8")
    found = discover(server.url("/openapi.yaml"), transport)
    assert found.media_type == "yaml"
    assert found.response.body == body


def test_bare_page_falls_back_to_sibling_paths_in_order(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    server.add("/docs", "<html><body><h1>API docs</h1><script>render()</script></body></html>")
    serve_pocketsflow("/swagger.json")
    # A single-page app answering everything with HTML must not count as a hit.
    server.add("/openapi.json", "<html>app shell</html>")
    found = discover(server.url("/docs"), transport)
    assert found.spec_url == server.url("/swagger.json")
    assert server.paths_requested() == [
        "/docs", "/docs.json", "/docs/openapi.json", "/openapi.json", "/openapi.yaml", "/swagger.json",
    ]


def test_sibling_page_json(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    server.add("/docs", "<html><body>nothing here</body></html>")
    serve_pocketsflow("/docs.json")
    assert discover(server.url("/docs"), transport).spec_url == server.url("/docs.json")


def test_redirect_chain_is_followed(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    serve_pocketsflow("/v2/docs.json")
    server.redirect("/a", "/b", 301)
    server.redirect("/b", "/c", 302)
    server.redirect("/c", "/v2/docs.json", 307)
    found = discover(server.url("/a"), transport)
    assert found.spec_url == server.url("/v2/docs.json")
    assert found.response.url == server.url("/v2/docs.json")


def test_relative_spec_url_resolves_against_the_final_page_url(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    serve_pocketsflow("/v2/docs/openapi.json")
    server.redirect("/docs", "/v2/docs/")
    server.add("/v2/docs/", '<redoc spec-url="openapi.json"></redoc>')
    assert discover(server.url("/docs"), transport).spec_url == server.url("/v2/docs/openapi.json")


def test_redirect_loop_is_an_io_failure(server: LoopbackServer, transport: HttpxTransport) -> None:
    server.redirect("/loop", "/loop")
    with pytest.raises(IOFailure) as info:
        discover(server.url("/loop"), transport)
    assert info.value.code == "fetch-redirects"
    assert info.value.exit_code == 2


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_http_error_status(status: int, reason: str, server: LoopbackServer, transport: HttpxTransport) -> None:
    server.routes["/docs"] = Route(status, b"oops", "text/plain")
    with pytest.raises(IOFailure) as info:
        discover(server.url("/docs"), transport)
    assert info.value.code == "fetch-http-status"
    assert info.value.message == f"GET {server.url('/docs')} returned {status} {reason}"


def test_timeout(server: LoopbackServer) -> None:
    server.add("/slow", b"{}", "application/json", delay=5.0)
    with pytest.raises(IOFailure) as info:
        discover(server.url("/slow"), HttpxTransport(timeout=0.2))
    assert info.value.code == "fetch-timeout"
    assert "0.2 s" in info.value.message
    assert "--timeout" in info.value.hint


@pytest.mark.parametrize("send_length", [True, False])
def test_body_over_the_size_cap(send_length: bool, server: LoopbackServer) -> None:
    server.add("/big.json", b'{"openapi": "3.1.0", "x": "' + b"a" * 5000 + b'"}', "application/json",
               send_length=send_length)
    with pytest.raises(IOFailure) as info:
        discover(server.url("/big.json"), HttpxTransport(max_size=1000))
    assert info.value.code == "too-large"
    assert "--max-size" in info.value.hint


def test_connection_refused() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(IOFailure) as info:
        discover(f"http://127.0.0.1:{port}/docs", HttpxTransport(timeout=2.0))
    assert info.value.code == "fetch-connect"
    assert f"127.0.0.1:{port}" in info.value.message


def test_page_without_any_spec(server: LoopbackServer, transport: HttpxTransport) -> None:
    server.add("/docs", "<html><body><p>Coming soon</p></body></html>")
    with pytest.raises(InputError) as info:
        discover(server.url("/docs"), transport)
    err = info.value
    assert err.code == "no-spec-found"
    assert err.exit_code == 1
    assert "/docs.json" in err.message and "/openapi.json" in err.message
    assert "\n" not in err.one_line()


def test_spec_link_that_404s_falls_back_to_siblings(
    server: LoopbackServer, serve_pocketsflow: Callable[[str], None], transport: HttpxTransport
) -> None:
    server.add("/docs", '<redoc spec-url="/gone.json"></redoc>')
    serve_pocketsflow("/openapi.json")
    found = discover(server.url("/docs"), transport)
    assert found.spec_url == server.url("/openapi.json")
    assert any("404" in step for step in found.steps)


def test_tls_failure(server: LoopbackServer, transport: HttpxTransport) -> None:
    server.add("/docs.json", b"{}", "application/json")
    with pytest.raises(IOFailure) as info:  # https spoken to a plain-http server: the handshake fails
        discover(server.url("/docs.json").replace("http://", "https://"), transport)
    assert info.value.code == "fetch-tls"
    assert "\n" not in info.value.one_line()
