"""Custom internal clients from one config: subsets, renames, base URL, headers, template overlays, Overlays."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import cli
from tests.conftest import POCKETSFLOW_SPEC

FIXTURE = Path(__file__).resolve().parent / "project"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("custom") / "project"
    shutil.copytree(FIXTURE, root)
    (root / "specs").mkdir()
    shutil.copy(POCKETSFLOW_SPEC, root / "specs" / "pocketsflow.json")
    result = CliRunner().invoke(cli, ["generate", "--config", str(root / "pyproject.toml")])
    assert result.exit_code == 0, result.output
    return root


def _run(root: Path, code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_both_targets_generate(project: Path) -> None:
    assert (project / "generated/pocketsflow/pocketsflow/__init__.py").is_file()
    assert (project / "generated/orders-internal/pf_orders/__init__.py").is_file()


def test_internal_client_exposes_only_the_selected_resources(project: Path) -> None:
    resources = sorted(p.stem for p in (project / "generated/orders-internal/pf_orders/resources").glob("*.py"))
    assert resources == ["__init__", "customers", "orders"]
    code = "import pf_orders; c = pf_orders.OrdersClient(api_key='k'); print(c.orders.all.__doc__.splitlines()[0]); print(callable(c.customers.fetch))"
    lines = _run(project / "generated/orders-internal", code).splitlines()
    assert lines[0] == "List every order (internal gateway)."  # from the Overlay, under the configured name
    assert lines[1] == "True"  # x-pfgen-name added by the Overlay


def test_pruned_models_are_absent_and_needed_ones_kept(project: Path) -> None:
    types = {p.stem for p in (project / "generated/orders-internal/pf_orders/types").glob("*.py")}
    assert {"order", "order_list", "customer", "pagination"} <= types
    assert not {"product_variant", "webhook", "discount", "upsell"} & types


def test_template_overlay_changes_the_output(project: Path) -> None:
    text = (project / "generated/orders-internal/pf_orders/_version.py").read_text()
    assert 'BUILT_BY = "orders-team"' in text
    assert "BUILT_BY" not in (project / "generated/pocketsflow/pocketsflow/_version.py").read_text()
    assert (project / "generated/orders-internal/pyproject.toml").read_text().count('version = "0.1.0"') == 1


class _Recorder(BaseHTTPRequestHandler):
    seen: list[tuple[str, dict[str, str]]] = []

    def do_GET(self) -> None:  # noqa: N802
        type(self).seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        body = json.dumps({"orders": [], "pagination": {"page": 1, "pageSize": 20, "total": 0, "totalPages": 0}})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def gateway() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/pocketsflow"
    finally:
        server.shutdown()


def test_internal_client_uses_configured_base_url_and_headers(project: Path, gateway: str) -> None:
    text = (project / "generated/orders-internal/pf_orders/_client.py").read_text()
    assert "https://gateway.internal/pocketsflow" in text
    _Recorder.seen.clear()
    code = (
        "import os, pf_orders; os.environ['PF_ORDERS_BASE_URL'] = '';"
        f"c = pf_orders.OrdersClient(api_key='k', base_url={gateway!r}); print(len(c.orders.all().items))"
    )
    assert _run(project / "generated/orders-internal", code) == "0"
    path, headers = _Recorder.seen[0]
    assert path.startswith("/pocketsflow/orders")
    assert headers["x-team"] == "orders"
    assert headers["authorization"] == "Bearer k"


def test_internal_client_passes_mypy_strict(project: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path), "pf_orders"],
        cwd=project / "generated/orders-internal", capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stdout


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('include-tags = ["Nope"]', "include-tags"),
        ('include-tag = ["Orders"]', "did you mean"),
        ('templates = "missing-folder/"', "templates"),
        ('stateful = "yes"', "stateful"),
        ('names = { listOrders = "not a name" }', "names"),
    ],
)
def test_config_errors_name_the_key_and_file(tmp_path: Path, snippet: str, message: str) -> None:
    (tmp_path / "specs").mkdir()
    shutil.copy(POCKETSFLOW_SPEC, tmp_path / "specs" / "pocketsflow.json")
    (tmp_path / "pfgen.toml").write_text(
        'spec = "specs/pocketsflow.json"\n\n[[targets]]\nname = "t"\nkind = "python-client"\n'
        f'output = "out"\n{snippet}\n'
    )
    result = CliRunner().invoke(cli, ["generate", "--config", str(tmp_path / "pfgen.toml")])
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "pfgen.toml" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_target_keys_have_command_line_equivalents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no project config here: one implicit target
    overlay = FIXTURE / "overlays" / "orders.yaml"
    result = CliRunner().invoke(cli, [
        "generate", str(POCKETSFLOW_SPEC), "--output", str(tmp_path / "out"), "--package-name", "pf_cli",
        "--client-name", "CliClient", "--include-tag", "Orders", "--header", "X-Team=cli",
        "--base-url", "https://gw.example", "--overlay", str(overlay),
        "--templates", str(FIXTURE / "templates-orders"),
    ])
    assert result.exit_code == 0, result.output
    package = tmp_path / "out" / "pf_cli"
    assert sorted(p.stem for p in (package / "resources").glob("*.py")) == ["__init__", "orders"]
    client = (package / "_client.py").read_text()
    assert "class CliClient(" in client and '"X-Team": "cli"' in client and "https://gw.example" in client
    assert 'BUILT_BY = "orders-team"' in (package / "_version.py").read_text()
    assert "List every order (internal gateway)." in (package / "resources" / "orders.py").read_text()
