"""Fixtures for end-to-end tests against the Prism mock server.

``prism(spec_path)`` gives a running ``PrismServer`` for a spec, started once per test session per spec (and
stopped at the end of the session); ``pocketsflow_prism`` is the one for the default spec. When Prism cannot be
installed (no node/npm, registry unreachable) the requesting test fails in CI (``CI=true``) and is skipped
elsewhere: it never passes silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import POCKETSFLOW_SPEC
from tests.e2e.prism import (
    PrismServer,
    PrismUnavailable,
    ensure_prism,
    prism_server,
    timings,
    unavailable,
)

PrismFactory = Callable[[str | Path], PrismServer]


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismFactory]:
    servers: dict[str, PrismServer] = {}
    failures: dict[str, str] = {}
    with ExitStack() as stack:

        def get(spec_path: str | Path) -> PrismServer:
            key = str(Path(spec_path).resolve())
            if key in failures:
                unavailable(failures[key])
            if key not in servers:
                try:
                    ensure_prism()
                except PrismUnavailable as exc:
                    failures[key] = str(exc)
                    unavailable(str(exc))
                servers[key] = stack.enter_context(prism_server(key))
            return servers[key]

        yield get


@pytest.fixture(scope="session")
def pocketsflow_prism(prism: PrismFactory) -> PrismServer:
    return prism(POCKETSFLOW_SPEC)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how long installing and starting Prism took (install is 0.0 when the machine cache had it)."""
    if timings:
        parts = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(timings.items()))
        terminalreporter.write_line(f"prism: {parts}")
