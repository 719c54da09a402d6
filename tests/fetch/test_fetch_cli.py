"""`pfgen fetch` end to end against a loopback server: output line, stored files, exit codes."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fetch_loopback import POCKETSFLOW, LoopbackServer, Route

import generator.fetch
import generator.pipeline
from generator.cli import cli
from generator.errors import Diagnostic, Location

SWAGGER_PAGE = """<!DOCTYPE html><html><head><title>Pocketsflow API</title></head><body>
<div id="swagger-ui"></div><script>
window.onload = function () { window.ui = SwaggerUIBundle({ url: "/docs.json", dom_id: "#swagger-ui" }); };
</script></body></html>"""


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["fetch", *args])


@pytest.fixture
def docs_site(server: LoopbackServer, serve_pocketsflow: Callable[[str], None]) -> LoopbackServer:
    server.add("/docs", SWAGGER_PAGE)
    serve_pocketsflow("/docs.json")
    return server


def test_fetch_stores_exact_bytes_then_reports_unchanged(
    docs_site: LoopbackServer, pocketsflow_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(docs_site.url("/docs"), "--output", "tmp")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"stored tmp/pocketsflow/1.0.0.json (Pocketsflow API 1.0.0, from {docs_site.url('/docs.json')})\n"
    )
    folder = tmp_path / "tmp" / "pocketsflow"
    assert (folder / "1.0.0.json").read_bytes() == pocketsflow_bytes
    index = json.loads((folder / "index.json").read_text())
    assert index["newest"] == "1.0.0.json"
    assert index["snapshots"][0]["source"] == docs_site.url("/docs.json")
    assert index["snapshots"][0]["sha256"] == hashlib.sha256(pocketsflow_bytes).hexdigest()

    again = run(docs_site.url("/docs"), "--output", "tmp")
    assert again.exit_code == 0
    assert again.stdout == "unchanged: tmp/pocketsflow/1.0.0.json is up to date\n"
    assert sorted(p.name for p in folder.iterdir()) == ["1.0.0.json", "index.json"]


def test_changed_body_then_new_version(docs_site: LoopbackServer, pocketsflow_bytes: bytes, tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert run(docs_site.url("/docs"), "--output", str(out)).exit_code == 0

    changed = pocketsflow_bytes + b"\n"
    docs_site.add("/docs.json", changed, "application/json")
    result = run(docs_site.url("/docs"), "--output", str(out))
    assert result.exit_code == 0, result.output
    name = f"1.0.0+{hashlib.sha256(changed).hexdigest()[:8]}.json"
    assert result.stdout.startswith(f"stored {out.as_posix()}/pocketsflow/{name} (Pocketsflow API 1.0.0,")
    assert (out / "pocketsflow" / name).read_bytes() == changed

    bumped = pocketsflow_bytes.replace(b'"version": "1.0.0"', b'"version": "1.0.1"', 1)
    assert bumped != pocketsflow_bytes
    docs_site.add("/docs.json", bumped, "application/json")
    result = run(docs_site.url("/docs"), "--output", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"stored {out.as_posix()}/pocketsflow/1.0.1.json (Pocketsflow API 1.0.1, from {docs_site.url('/docs.json')})\n"
    )
    index = json.loads((out / "pocketsflow" / "index.json").read_text())
    assert [s["file"] for s in index["snapshots"]] == ["1.0.0.json", name, "1.0.1.json"]
    assert index["newest"] == "1.0.1.json"


def test_name_option(docs_site: LoopbackServer, tmp_path: Path) -> None:
    result = run(docs_site.url("/docs.json"), "--output", str(tmp_path), "--name", "pf")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pf" / "1.0.0.json").is_file()


def _refused_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/docs"


@pytest.mark.parametrize(
    ("setup", "args", "code", "exit_code"),
    [
        (lambda s: s.routes.update({"/docs": Route(404, b"no", "text/plain")}), (), "fetch-http-status", 2),
        (lambda s: s.routes.update({"/docs": Route(500, b"boom", "text/plain")}), (), "fetch-http-status", 2),
        (lambda s: s.add("/docs", b"{}", "application/json", delay=5.0), ("--timeout", "0.2"), "fetch-timeout", 2),
        (lambda s: s.add("/docs", b"x" * 4000, "text/html"), ("--max-size", "1000"), "too-large", 2),
        (lambda s: s.redirect("/docs", "/docs"), (), "fetch-redirects", 2),
        (lambda s: s.add("/docs", "<html><body>Nothing to see</body></html>"), (), "no-spec-found", 1),
        (lambda s: s.add("/docs", b'{"hello": "world"}', "application/json"), (), "no-spec-found", 1),
    ],
    ids=["404", "500", "timeout", "too-large", "redirect-loop", "no-spec", "json-not-openapi"],
)
def test_errors_give_one_line_and_store_nothing(
    setup: Callable[[LoopbackServer], None],
    args: tuple[str, ...],
    code: str,
    exit_code: int,
    server: LoopbackServer,
    tmp_path: Path,
) -> None:
    setup(server)
    out = tmp_path / "out"
    result = run(server.url("/docs"), "--output", str(out), *args)
    assert result.exit_code == exit_code, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error[{code}]: ")
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_404_message_names_url_and_status(server: LoopbackServer, tmp_path: Path) -> None:
    result = run(server.url("/nope"), "--output", str(tmp_path / "out"))
    assert f"GET {server.url('/nope')} returned 404 Not Found" in result.stderr


def test_connection_refused_is_exit_2(tmp_path: Path) -> None:
    result = run(_refused_url(), "--output", str(tmp_path / "out"), "--timeout", "2")
    assert result.exit_code == 2
    assert result.stderr.startswith("error[fetch-connect]: ")


def test_local_file(tmp_path: Path, pocketsflow_bytes: bytes) -> None:
    result = run(str(POCKETSFLOW), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert f"from {POCKETSFLOW})" in result.stdout
    assert (tmp_path / "pocketsflow" / "1.0.0.json").read_bytes() == pocketsflow_bytes


def test_local_yaml_file(tmp_path: Path) -> None:
    source = tmp_path / "petstore.yaml"
    raw = b"swagger: '2.0'\ninfo:\n  title: Petstore API\n  version: 1.0.5\npaths: {}\n"
    source.write_bytes(raw)
    result = run(str(source), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "petstore" / "1.0.5.yaml").read_bytes() == raw


@pytest.mark.parametrize(
    ("content", "code", "exit_code"),
    [(None, "file-not-found", 2), (b'{"not": "openapi"}', "not-openapi", 1)],
)
def test_local_file_errors(content: bytes | None, code: str, exit_code: int, tmp_path: Path) -> None:
    source = tmp_path / "spec.json"
    if content is not None:
        source.write_bytes(content)
    result = run(str(source), "--output", str(tmp_path / "out"))
    assert result.exit_code == exit_code
    assert result.stderr.startswith(f"error[{code}]: ")
    assert not (tmp_path / "out").exists()


def test_bad_name_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(POCKETSFLOW), "--output", str(tmp_path), "--name", "../evil")
    assert result.exit_code == 2
    assert result.stderr.startswith("error[bad-api-name]: ")


def _invalid(doc: object, *, allow_remote_refs: bool = False) -> tuple[Diagnostic, ...]:
    return (
        Diagnostic("error", "schema-invalid", "'type' must be a string", Location("x.json", pointer="/paths/~1a")),
        Diagnostic("warning", "no-operation-id", "operation has no operationId"),
    )


def test_invalid_document_is_refused_without_lenient(
    docs_site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.pipeline, "document_problems", _invalid)
    result = run(docs_site.url("/docs"), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "'type' must be a string [schema-invalid]" in result.stderr
    assert "error[spec-invalid]:" in result.stderr and "--lenient" in result.stderr
    assert not (tmp_path / "out").exists()


def test_invalid_document_is_stored_with_lenient(
    docs_site: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.pipeline, "document_problems", _invalid)
    result = run(docs_site.url("/docs"), "--output", str(tmp_path / "out"), "--lenient")
    assert result.exit_code == 0, result.output
    assert "warning: x.json: /paths/~1a: 'type' must be a string [schema-invalid]" in result.stderr
    assert result.stdout.startswith("stored ")
    assert "1 problem(s) kept with --lenient" in result.stdout
    assert (tmp_path / "out" / "pocketsflow" / "1.0.0.json").is_file()


def test_validation_passes_for_pocketsflow_when_available() -> None:
    raw = POCKETSFLOW.read_bytes()
    doc = generator.fetch.parse_document(raw, str(POCKETSFLOW), "json")
    problems = generator.pipeline.document_problems(doc)
    assert [d for d in problems if d.severity == "error"] == []


def test_without_url_uses_the_configured_docs_url_and_snapshot_folder(
    docs_site: LoopbackServer, pocketsflow_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.pfgen]\nspec = "snapshots/pf"\ndocs-url = "{docs_site.url("/docs")}"\n'
    )
    (tmp_path / ".git").mkdir()  # config discovery stops at the repository root
    monkeypatch.chdir(tmp_path)
    result = run()
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("stored snapshots/pf/1.0.0.json (Pocketsflow API 1.0.0, from ")
    assert (tmp_path / "snapshots" / "pf" / "1.0.0.json").read_bytes() == pocketsflow_bytes


def test_without_url_or_config_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run()
    assert result.exit_code == 2
    assert result.stderr.startswith("error[missing-url]: ")


def test_unsupported_scheme_is_a_usage_error(tmp_path: Path) -> None:
    result = run("ftp://example.com/openapi.json", "--output", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error[bad-url]: ")
