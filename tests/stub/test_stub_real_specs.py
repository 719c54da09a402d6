"""Stubs for every shared real-world spec import and build; two of them are served and answer a GET."""

from __future__ import annotations

import warnings
from pathlib import Path

import httpx
import pytest

from tests.conftest import REAL_SPECS
from tests.stub.stubhelp import generate_stub, imported, serving

SPECS = sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))


@pytest.mark.parametrize("spec", SPECS, ids=[p.name for p in SPECS])
def test_stub_imports_and_builds(spec: Path, tmp_path: Path) -> None:
    # black is skipped here (formatting is covered by the Pocketsflow tests); the code is the same otherwise.
    gen = generate_stub(spec, tmp_path, formatted=False)
    assert gen.package.endswith("_stub")
    with imported(gen) as module, warnings.catch_warnings():
        warnings.simplefilter("error")  # building the app must not warn
        app = module.create_app()
        stateful = module.create_app(stateful=True)
    paths = {getattr(route, "path", "") for route in app.router.routes}
    assert "/docs.json" in paths and "/openapi.json" in paths and "/docs" in paths
    operations = {getattr(route, "operation_id", None) for route in app.router.routes} - {None}
    assert operations == {op.id for op in gen.api.operations}
    assert len(stateful.router.routes) == len(app.router.routes)
    assert gen.files[f"{gen.package}/_data/openapi.{'yaml' if spec.suffix != '.json' else 'json'}"] == spec.read_bytes()


@pytest.mark.parametrize(
    ("name", "path", "headers"),
    [
        ("oai-petstore-3.0.json", "/pets", {}),
        ("twilio-taskrouter-v1.json", "/v1/Workspaces", {"Authorization": "Basic dTpw"}),
    ],
)
def test_served_stub_answers_a_get(name: str, path: str, headers: dict[str, str], tmp_path: Path) -> None:
    spec = REAL_SPECS / name
    gen = generate_stub(spec, tmp_path, formatted=False)
    with imported(gen) as module, serving(module.create_app()) as url:
        response = httpx.get(f"{url}{path}", headers=headers)
        unauthenticated = httpx.get(f"{url}{path}")
        document = httpx.get(f"{url}/openapi.json")
    assert response.status_code == 200, response.text
    assert response.json() is not None
    assert document.content == spec.read_bytes()
    if headers:
        assert unauthenticated.status_code == 401
