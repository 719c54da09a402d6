"""The generated Pocketsflow client against the Prism mock server: every operation, sync and async.

Prism validates each request against the embedded spec (``--errors``); any violation it reports fails the test,
and every response must parse into the declared types.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import POCKETSFLOW_SPEC
from tests.e2e.callargs import CallArgs, call_args, invoke
from tests.e2e.prism import PrismServer
from tests.genhelp import Generated, generate_into, imported

TOKEN = "pk_test_x"
# Response examples in the embedded document that break their own schema (Prism answers 500): see the harness test.
KNOWN_RESPONSE_ISSUES = {"POST /checkout/sessions"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Generated, ModuleType]]:
    gen = generate_into(POCKETSFLOW_SPEC, tmp_path_factory.mktemp("prism-client") / "out", project_config=True)
    with imported(gen) as module:
        yield gen, module


def _cases() -> list[str]:
    from tests.e2e.callargs import load_api

    return sorted(f"{op.method.upper()} {op.path}" for op in load_api(str(POCKETSFLOW_SPEC)).operations)


def _call(gen: Generated, label: str) -> CallArgs:
    op = next(o for o in gen.api.operations if f"{o.method.upper()} {o.path}" == label)
    return call_args(gen.api, op)


def _check(label: str, server: PrismServer, outcome: Any) -> None:
    violations = server.violations()
    request_side = [str(v) for v in violations if v.location[:1] != ("response",) and v.code != "terminated"]
    assert not request_side, f"{label}: Prism rejects what the generated client sent:\n" + "\n".join(request_side)
    if label in KNOWN_RESPONSE_ISSUES:
        return
    assert not isinstance(outcome, Exception), f"{label}: {type(outcome).__name__}: {outcome}"


@pytest.mark.parametrize("label", _cases())
def test_sync_client_calls_every_operation(
    label: str, generated: tuple[Generated, ModuleType], pocketsflow_prism: PrismServer
) -> None:
    gen, pf = generated
    server = pocketsflow_prism
    server.clear()
    client = pf.Pocketsflow(
        api_key=TOKEN, base_url=server.base_url, max_retries=0,
        http_client=httpx.Client(event_hooks=server.event_hooks),
    )
    ca = _call(gen, label)
    try:
        outcome: Any = invoke(client, ca)
        if hasattr(outcome, "items") and hasattr(outcome, "has_next_page"):
            outcome = outcome.items  # a page: the first page parsed is what Prism served
    except pf.PocketsflowError as exc:
        outcome = exc
    _check(label, server, outcome)


def test_async_client_calls_every_operation(
    generated: tuple[Generated, ModuleType], pocketsflow_prism: PrismServer
) -> None:
    gen, pf = generated
    server = pocketsflow_prism
    failures: list[str] = []

    async def run() -> None:
        async with pf.AsyncPocketsflow(
            api_key=TOKEN, base_url=server.base_url, max_retries=0,
            http_client=httpx.AsyncClient(event_hooks=server.event_hooks),
        ) as client:
            for label in _cases():
                server.clear()
                try:
                    outcome: Any = await invoke(client, _call(gen, label))
                except pf.PocketsflowError as exc:
                    outcome = exc
                try:
                    _check(label, server, outcome)
                except AssertionError as exc:
                    failures.append(str(exc))

    asyncio.run(run())
    assert not failures, "\n".join(failures)
