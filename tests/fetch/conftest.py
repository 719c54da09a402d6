"""Fixtures for the fetch tests: a loopback server and the Pocketsflow document."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fetch_loopback import POCKETSFLOW, LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.stopping.set()
        srv.httpd.shutdown()
        srv.httpd.server_close()


@pytest.fixture
def pocketsflow_bytes() -> bytes:
    return POCKETSFLOW.read_bytes()


@pytest.fixture
def serve_pocketsflow(server: LoopbackServer, pocketsflow_bytes: bytes) -> Callable[[str], None]:
    def serve(path: str = "/docs.json") -> None:
        server.add(path, pocketsflow_bytes, "application/json")

    return serve
