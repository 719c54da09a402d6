"""The generated client against the generated stub: every operation (stateless and stateful), and every webhook
event type sent by the stub and unwrapped by the client."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any, ClassVar

import httpx
import pytest

from tests.conftest import POCKETSFLOW_SPEC
from tests.e2e.callargs import call_args, invoke
from tests.genhelp import Generated, generate_into, imported
from tests.stub.stubhelp import GeneratedStub, serving

SECRET = "whsec_roundtrip"


@pytest.fixture(scope="module")
def client_pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Generated, ModuleType]]:
    gen = generate_into(POCKETSFLOW_SPEC, tmp_path_factory.mktemp("client") / "out", project_config=True)
    with imported(gen) as module:
        yield gen, module


@pytest.fixture(scope="module")
def stateful_url(pf: ModuleType) -> Iterator[str]:
    with serving(pf.create_app(stateful=True)) as url:
        yield url


def _client(module: ModuleType, url: str) -> Any:
    return module.Pocketsflow(api_key="pk_test_stub", base_url=url, max_retries=0)


@pytest.mark.parametrize("stateful", [False, True], ids=["stateless", "stateful"])
def test_client_calls_every_operation_on_the_stub(
    client_pkg: tuple[Generated, ModuleType], pf_url: str, stateful_url: str, stateful: bool
) -> None:
    gen, module = client_pkg
    client = _client(module, stateful_url if stateful else pf_url)
    failures = []
    # Deletes last: even the stateless stub remembers a delete (so a deleted resource stops answering).
    for op in sorted(gen.api.operations, key=lambda o: o.method == "delete"):
        try:
            result = invoke(client, call_args(gen.api, op))
            if hasattr(result, "has_next_page"):
                list(result.items)
        except module.NotFoundError:
            if not stateful:
                failures.append(f"{op.method.upper()} {op.path}: 404 from a stateless stub")
            # stateful: ids the stub never created are rightly unknown
        except Exception as exc:  # noqa: BLE001 - collect every failing operation
            failures.append(f"{op.method.upper()} {op.path}: {type(exc).__name__}: {exc}")
    assert not failures, "\n".join(failures)


def test_async_client_on_the_stub(client_pkg: tuple[Generated, ModuleType], pf_url: str) -> None:
    gen, module = client_pkg

    async def main() -> list[str]:
        failures = []
        async with module.AsyncPocketsflow(api_key="k", base_url=pf_url, max_retries=0) as client:
            for op in sorted(gen.api.operations, key=lambda o: o.method == "delete"):
                try:
                    await invoke(client, call_args(gen.api, op))
                except Exception as exc:  # noqa: BLE001
                    failures.append(f"{op.method.upper()} {op.path}: {type(exc).__name__}: {exc}")
        return failures

    assert asyncio.run(main()) == []


def test_stateful_stub_keeps_what_the_client_creates(client_pkg: tuple[Generated, ModuleType], stateful_url: str) -> None:
    _, module = client_pkg
    client = _client(module, stateful_url)
    created = client.products.create(name="Guide", price=12.5, currency="usd", description="A guide")
    assert created.id
    assert client.products.get(created.id).name == "Guide"
    assert created.id in {p.id for p in client.products.list()}
    client.products.delete(created.id)
    with pytest.raises(module.NotFoundError):
        client.products.get(created.id)


class _Receiver(BaseHTTPRequestHandler):
    client: ClassVar[Any] = None
    events: ClassVar[list[tuple[str, str]]] = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            event = type(self).client.webhooks.unwrap(body, dict(self.headers.items()))
            type(self).events.append((type(event).__name__, str(getattr(event, "type", ""))))
            self.send_response(200)
        except Exception as exc:  # noqa: BLE001
            type(self).events.append(("error", str(exc)))
            self.send_response(400)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return


def test_every_webhook_event_from_the_stub_verifies_and_parses_in_the_client(
    client_pkg: tuple[Generated, ModuleType], pf_stub: GeneratedStub
) -> None:
    gen, module = client_pkg
    _Receiver.client = module.Pocketsflow(api_key="k", webhook_secret=SECRET)
    _Receiver.events = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    env = {k: v for k, v in os.environ.items() if k != "POCKETSFLOW_WEBHOOK_SECRET"}
    try:
        for hook in gen.api.webhooks:
            done = subprocess.run(
                [sys.executable, "-m", pf_stub.package, "send-webhook", hook.key, "--to", url, "--secret", SECRET],
                cwd=pf_stub.root, capture_output=True, text=True, env=env, timeout=120,
            )
            assert done.returncode == 0, done.stderr
    finally:
        server.shutdown()
        server.server_close()
    assert len(_Receiver.events) == len(gen.api.webhooks)
    kinds = {name for name, _ in _Receiver.events}
    assert "error" not in kinds and "UnknownWebhookEvent" not in kinds, _Receiver.events
    assert sorted(t for _, t in _Receiver.events) == sorted(w.event_type for w in gen.api.webhooks)
