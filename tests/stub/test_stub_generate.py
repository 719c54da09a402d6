"""What ``plan_stub`` produces: layout, project metadata, determinism, escaping, and type/lint cleanliness."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator.plan.stub_state import detect_crud
from tests.conftest import POCKETSFLOW_SPEC
from tests.stub.conftest import WIDGETS
from tests.stub.stubhelp import GeneratedStub, generate_stub, serving

try:
    import tomllib
except ImportError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


def test_layout_has_one_router_and_service_per_resource(pf_stub: GeneratedStub) -> None:
    resources = sorted({op.resource for op in pf_stub.api.operations})
    files = set(pf_stub.files)
    for resource in resources:
        assert f"pocketsflow_stub/routers/{resource}.py" in files
        assert f"pocketsflow_stub/services/{resource}.py" in files
    for name in (
        "pyproject.toml",
        "README.md",
        "pocketsflow_stub/py.typed",
        "pocketsflow_stub/__main__.py",
        "pocketsflow_stub/app.py",
        "pocketsflow_stub/_runtime/_models.py",
        "pocketsflow_stub/_runtime/_wire.py",
        "pocketsflow_stub/_runtime/__init__.py",
        "pocketsflow_stub/types/product.py",
        "pocketsflow_stub/_data/catalog.json",
    ):
        assert name in files, name
    client_runtime = Path(__file__).resolve().parents[2] / "templates" / "python-client" / "_runtime"
    for name in ("_models.py", "_wire.py"):  # copied verbatim from the client
        assert pf_stub.files[f"pocketsflow_stub/_runtime/{name}"] == (client_runtime / name).read_bytes()
    assert pf_stub.files["pocketsflow_stub/_data/openapi.json"] == Path(POCKETSFLOW_SPEC).read_bytes()


def test_project_metadata(pf_stub: GeneratedStub) -> None:
    project = tomllib.loads(pf_stub.files["pyproject.toml"].decode())
    assert project["project"]["name"] == "pocketsflow-stub"
    assert project["project"]["version"] == "1.0.0"  # the version the client gets
    assert project["project"]["requires-python"] == ">=3.10"
    deps = " ".join(project["project"]["dependencies"])
    for dep in ("fastapi>=", "uvicorn>=", "pydantic>=2"):
        assert dep in deps
    assert all("<" in d for d in project["project"]["dependencies"])  # bounded
    assert "_data/*" in project["tool"]["setuptools"]["package-data"]["pocketsflow_stub"]
    assert project["tool"]["mypy"]["strict"] is True
    readme = pf_stub.files["README.md"].decode()
    for needle in ("python -m pocketsflow_stub", "--stateful", "class MyProductsService(ProductsService)",
                   "send-webhook customer.created --to", "X-Pocketsflow-Signature", "POCKETSFLOW_WEBHOOK_SECRET"):
        assert needle in readme, needle


def test_generation_is_deterministic(pf_stub: GeneratedStub, tmp_path: Path) -> None:
    again = generate_stub(POCKETSFLOW_SPEC, tmp_path, pocketsflow=True)
    assert again.files == pf_stub.files


def test_generation_is_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    script = (
        "import sys, hashlib; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "from tests.stub.stubhelp import generate_stub;"
        "g = generate_stub(sys.argv[2], Path(sys.argv[3]), formatted=False);"
        "print(hashlib.sha256(b''.join(k.encode() + v for k, v in sorted(g.files.items()))).hexdigest())"
    )
    root = str(Path(__file__).resolve().parents[2])
    digests = set()
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, root, str(WIDGETS), str(out)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout.strip())
    assert len(digests) == 1


def test_spec_text_is_escaped_never_evaluated(widgets: tuple[GeneratedStub, ModuleType]) -> None:
    gen, module = widgets
    service = gen.files["widgets_stub/services/widgets.py"].decode()
    router = gen.files["widgets_stub/routers/widgets.py"].decode()
    assert "{% raw %}" in service and "{% raw %}" in router  # rendered as data, not as a template
    assert '\\"\\"\\"' in service  # the summary's triple quote cannot close the docstring
    compile(service, "services/widgets.py", "exec")
    assert module.create_app() is not None


def test_a_yaml_document_is_served_verbatim(widgets: tuple[GeneratedStub, ModuleType]) -> None:
    gen, module = widgets
    assert gen.files["widgets_stub/_data/openapi.yaml"] == WIDGETS.read_bytes()
    with serving(module.create_app()) as url:
        served = httpx.get(f"{url}/docs.json")
    assert served.content == WIDGETS.read_bytes()
    assert served.headers["content-type"].startswith("application/yaml")


def test_crud_detection(pf_stub: GeneratedStub) -> None:
    crud = detect_crud(pf_stub.api.operations, {s.name: s for s in pf_stub.api.schemas})
    products = crud["products"]
    assert (products.create.id, products.list.id, products.get.id) == ("createProduct", "listProducts", "getProduct")
    assert products.update is not None and products.update.path == "/products/update/{id}"
    assert products.delete is not None and products.delete.id == "deleteProduct"
    assert products.id_field == "_id" and products.items_path == ()
    assert crud["webhooks"].update is not None and crud["webhooks"].update.method == "put"
    assert "orders" not in crud and "subscribers" not in crud  # no create / no get


@pytest.mark.parametrize("stub", ["pf_stub", "widgets"])
def test_generated_code_passes_mypy_strict_and_ruff(stub: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    value = request.getfixturevalue(stub)
    gen: GeneratedStub = value[0] if isinstance(value, tuple) else value
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", gen.package],
        cwd=gen.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), gen.package],
        cwd=gen.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    assert "strict" in (gen.root / "pyproject.toml").read_text()  # mypy read the generated [tool.mypy] strict


def test_an_api_with_only_webhooks_still_gives_a_working_stub(tmp_path: Path) -> None:
    spec = tmp_path / "hooks.json"
    spec.write_text(
        '{"openapi": "3.1.0", "info": {"title": "Hooks Only", "version": "0.1"}, "paths": {}, "webhooks": '
        '{"thing.happened": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object",'
        ' "properties": {"type": {"type": "string"}, "id": {"type": "string"}}}}}}, "responses": {"200": '
        '{"description": "ok"}}}}}}',
        encoding="utf-8",
    )
    gen = generate_stub(spec, tmp_path / "out")
    from tests.stub.stubhelp import imported

    with imported(gen) as module:
        app = module.create_app()
        cli = importlib.import_module(f"{gen.package}._runtime._cli")
        assert cli.webhook_event("thing.happened") == {"type": "thing.happened", "id": "string"}
    assert {getattr(r, "path", "") for r in app.router.routes} == {"/docs", "/docs.json", "/openapi.json"}
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", gen.package],
        cwd=gen.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout
