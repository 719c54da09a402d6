"""Fixtures for the server stub tests: the Pocketsflow stub, generated once per session, imported and served."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import POCKETSFLOW_SPEC
from tests.stub.stubhelp import GeneratedStub, generate_stub, imported, serving

WIDGETS = Path(__file__).parent / "specs" / "widgets.yaml"


@pytest.fixture(scope="session")
def pf_stub(tmp_path_factory: pytest.TempPathFactory) -> GeneratedStub:
    return generate_stub(POCKETSFLOW_SPEC, tmp_path_factory.mktemp("pocketsflow-stub"), pocketsflow=True)


@pytest.fixture(scope="session")
def pf(pf_stub: GeneratedStub) -> Iterator[ModuleType]:
    """The imported ``pocketsflow_stub`` package (kept for the session, forgotten at its end)."""
    import importlib

    sys.path.insert(0, str(pf_stub.root))
    try:
        yield importlib.import_module(pf_stub.package)
    finally:
        sys.path.remove(str(pf_stub.root))
        for name in [m for m in sys.modules if m == pf_stub.package or m.startswith(pf_stub.package + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def pf_url(pf: ModuleType) -> Iterator[str]:
    """A stateless Pocketsflow stub served by uvicorn on 127.0.0.1 (a free port), for the whole session."""
    with serving(pf.create_app()) as url:
        yield url


@pytest.fixture(scope="session")
def pf_doc() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(POCKETSFLOW_SPEC).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GeneratedStub, ModuleType]]:
    """The stub of ``specs/widgets.yaml`` (apiKey/basic auth, page-shaped list, headers, text response), imported."""
    gen = generate_stub(WIDGETS, tmp_path_factory.mktemp("widgets"))
    with imported(gen) as module:
        yield gen, module


# The generated runtime silences pydantic's "alias has no effect" warning for FastAPI body fields at import time
# (see ``_runtime/_app.py``), but pytest restores the warning filters around every test; re-apply it here.
_BODY_ALIAS_WARNING = "ignore:The 'alias' attribute with value:UserWarning"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.filterwarnings(_BODY_ALIAS_WARNING))
