"""Spec text never becomes code: a property test over every position of a document that reaches output.

For each hostile string (every quote form, backslashes, line breaks including U+2028/U+0085/form feed, NUL,
braces, Jinja syntax, long text) placed in every position of an OpenAPI 3.0, 3.1 and Swagger 2.0 document, the
client and the stub generate; every generated ``.py`` parses; the canary call the string carries never appears as
code in a syntax tree; importing every module, building the client and calling every operation (sync and async,
through ``httpx.MockTransport``) runs nothing; ``pyproject.toml`` parses and keeps ``info.version`` exactly.
"""

from __future__ import annotations

import asyncio
import builtins
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import tomllib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.callargs import call_args, invoke
from tests.genhelp import generate_into
from tests.security.hostile import (
    BREAKERS,
    CANARY,
    canary_nodes,
    document_20,
    document_30,
    document_31,
    payload,
)
from tests.stub.stubhelp import generate_stub

BUILDERS: dict[str, Callable[[str], dict[str, Any]]] = {"3.1": document_31, "3.0": document_30, "2.0": document_20}
# More (and fresh random) examples: PFGEN_HOSTILE_EXAMPLES=500; the suite runs a fixed, derandomized few.
EXAMPLES = int(os.environ.get("PFGEN_HOSTILE_EXAMPLES", "6"))

_breaker = st.sampled_from(BREAKERS)
_noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
hostile = st.builds(
    payload,
    st.lists(st.one_of(_breaker, _noise), min_size=1, max_size=4).map("".join),
    st.one_of(st.just(""), _breaker),
    st.lists(st.one_of(_breaker, _noise), max_size=4).map("".join),
)


class Tripwire:
    """Installed as ``builtins.pwned_canary`` while generated code is imported and called."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls += 1


@contextmanager
def tripwire() -> Iterator[Tripwire]:
    wire = Tripwire()
    setattr(builtins, CANARY, wire)
    try:
        yield wire
    finally:
        delattr(builtins, CANARY)


@contextmanager
def on_path(root: Path, package: str) -> Iterator[None]:
    sys.path.insert(0, str(root))
    try:
        yield
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def _check_tree(root: Path, version: str) -> None:
    for path in sorted(root.rglob("*.py")):
        found = canary_nodes(path.relative_to(root), path.read_text(encoding="utf-8"))
        assert not found, found
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(project) <= {"build-system", "project", "tool"}, sorted(project)
    assert project["tool"]["pfgen"]["api-version"] == version
    assert set(project["tool"]) <= {"pfgen", "black", "ruff", "mypy", "setuptools"}, sorted(project["tool"])


def _import_all(root: Path, package: str) -> None:
    for path in sorted((root / package).rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        importlib.import_module(module)


def _respond(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=None)


def _client_round(tmp: Path, spec: Path, version: str) -> None:
    gen = generate_into(spec, tmp / "client", package="hostile_client")
    _check_tree(gen.root, version)
    with tripwire() as wire, on_path(gen.root, gen.package):
        _import_all(gen.root, gen.package)
        pkg = importlib.import_module(gen.package)
        errors = importlib.import_module(f"{gen.package}._exceptions")
        client_cls = next(getattr(pkg, n) for n in pkg.__all__ if not n.startswith("Async") and hasattr(
            getattr(pkg, n), "with_options"))
        async_cls = getattr(pkg, f"Async{client_cls.__name__}")
        client = client_cls(api_key="k", base_url="http://test.invalid",
                            http_client=httpx.Client(transport=httpx.MockTransport(_respond)), max_retries=0)
        aclient = async_cls(api_key="k", base_url="http://test.invalid",
                            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_respond)), max_retries=0)
        calls = 0
        for op in gen.api.operations:
            ca = call_args(gen.api, op, include_optional=True)
            for target in (client, aclient):
                try:
                    result = invoke(target, ca)
                    if asyncio.iscoroutine(result):
                        asyncio.run(result)
                except (NameError, SyntaxError, ImportError, TypeError, AttributeError):
                    raise  # the generated code itself is broken
                except (errors.APIError, ValueError):
                    pass  # a ``null`` answer need not parse, a header name need not be sendable
                    # (httpx refuses non-ASCII names): what matters is what ran
                calls += 1
        assert calls >= 2 * len(gen.api.operations) > 0
        assert wire.calls == 0


def _stub_round(tmp: Path, spec: Path, version: str) -> None:
    gen = generate_stub(spec, tmp / "stub")
    for name, data in gen.files.items():
        path = gen.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    _check_tree(gen.root, version)
    from fastapi.testclient import TestClient

    with tripwire() as wire, on_path(gen.root, gen.package):
        _import_all(gen.root, gen.package)
        app = importlib.import_module(gen.package).create_app()
        with TestClient(app, raise_server_exceptions=True) as http:
            for op in gen.api.operations:
                http.request(op.method.upper(), "/" + op.path.lstrip("/").replace("{", "x").replace("}", ""))
        assert wire.calls == 0


def _run(tmp: Path, family: str, h: str) -> None:
    doc = BUILDERS[family](h)
    spec = tmp / "spec.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    version = doc["info"]["version"]
    _client_round(tmp, spec, version)
    _stub_round(tmp, spec, version)


_KNOWN = (
    '1.0", __import__("os").system("touch pwned"), "' + CANARY + "()",
    '", __import__(\'os\').system(\'touch pwned\'), "' + CANARY + "()",
    'Why have a fixed response? "I dunno" ' + CANARY + "()",
    "abc" + CANARY + "()",
    '"]\n[project.entry-points.pytest11]\nx = "os"\n' + CANARY + "()",
    "\\" + CANARY + "()\\",
    "{{ " + CANARY + "() }}{% raw %}\u2028\x85\x0c\x00",
    "'''\"\"\"" + CANARY + "()" + "x" * 300,
)


@pytest.mark.parametrize("family", sorted(BUILDERS))
@settings(max_examples=EXAMPLES, deadline=None, derandomize="PFGEN_HOSTILE_EXAMPLES" not in os.environ, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(h=hostile)
def test_hostile_text_never_runs(family: str, h: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    _run(tmp_path_factory.mktemp("hostile"), family, h)


@pytest.mark.parametrize("family", sorted(BUILDERS))
@pytest.mark.parametrize("h", _KNOWN, ids=range(len(_KNOWN)))
def test_known_hostile_strings(family: str, h: str, tmp_path: Path) -> None:
    _run(tmp_path, family, h)
