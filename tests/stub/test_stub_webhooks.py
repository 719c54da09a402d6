"""``python -m <stub> send-webhook EVENT --to URL``: a signed example event that a receiver can verify."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any, ClassVar

import pytest

from tests.stub.stubhelp import GeneratedStub

SECRET = "whsec_test_123"


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:  # http.server's naming
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        signature = self.headers.get("X-Pocketsflow-Signature", "")
        expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        self.send_response(200 if hmac.compare_digest(signature, expected) else 401)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # silence the test output
        return


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    _Receiver.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks", _Receiver.received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _run(gen: GeneratedStub, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "POCKETSFLOW_WEBHOOK_SECRET"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", gen.package, "send-webhook", *args],
        cwd=gen.root,
        capture_output=True,
        text=True,
        check=False,
        env=full_env,
        timeout=120,
    )


def test_send_webhook_posts_a_verifiable_signed_event(
    pf_stub: GeneratedStub, receiver: tuple[str, list[tuple[dict[str, str], bytes]]]
) -> None:
    url, received = receiver
    result = _run(pf_stub, "order.completed", "--to", url, "--secret", SECRET)
    assert result.returncode == 0, result.stderr
    assert "HTTP 200" in result.stdout
    (headers, body), = received
    assert headers["x-pocketsflow-signature"] == hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert headers["x-pocketsflow-event"] == "order.completed"
    assert headers["content-type"] == "application/json"
    event = json.loads(body)
    assert event["event"] == "order.completed"
    assert isinstance(event["amount"], (int, float)) and "customer" in event


def test_the_secret_comes_from_the_environment_and_is_required(
    pf_stub: GeneratedStub, receiver: tuple[str, list[tuple[dict[str, str], bytes]]]
) -> None:
    url, received = receiver
    ok = _run(pf_stub, "product.created", "--to", url, env={"POCKETSFLOW_WEBHOOK_SECRET": SECRET})
    assert ok.returncode == 0, ok.stderr
    missing = _run(pf_stub, "product.created", "--to", url)
    assert missing.returncode == 2 and "POCKETSFLOW_WEBHOOK_SECRET" in missing.stderr
    wrong = _run(pf_stub, "product.created", "--to", url, "--secret", "not-the-secret")
    assert wrong.returncode == 1 and "HTTP 401" in wrong.stdout
    unknown = _run(pf_stub, "order.exploded", "--to", url, "--secret", SECRET)
    assert unknown.returncode == 2 and "order.completed" in unknown.stderr
    assert len(received) == 2


def test_every_declared_event_has_an_example(pf: ModuleType, pf_stub: GeneratedStub) -> None:
    import importlib

    cli = importlib.import_module(f"{pf.__name__}._runtime._cli")
    events = [w.key for w in pf_stub.api.webhooks]
    assert len(events) >= 20
    for event in events:
        payload = cli.webhook_event(event)
        assert isinstance(payload, dict) and payload, event


def test_help_lists_the_send_webhook_command_and_the_serve_options(pf_stub: GeneratedStub) -> None:
    result = subprocess.run(
        [sys.executable, "-m", pf_stub.package, "--help"],
        cwd=pf_stub.root,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    usage = result.stdout
    assert f"python -m {pf_stub.package} send-webhook EVENT --to URL" in usage
    assert "send-webhook   POST a signed example webhook event" in usage
    assert "serve " in usage and "--stateful" in usage
    assert "--api-key KEY" in usage and "$POCKETSFLOW_STUB_API_KEY" in usage
