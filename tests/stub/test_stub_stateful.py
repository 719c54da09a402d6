"""``--stateful``: create -> get -> list -> update -> delete keep what was created, in the list's response shape."""

from __future__ import annotations

import importlib
import subprocess
import sys
import time
from types import ModuleType

import httpx

from tests.stub.stubhelp import GeneratedStub, free_port, serving

AUTH = {"Authorization": "Bearer pk_test_123"}
KEY = {"X-Api-Key": "secret"}


def test_products_round_trip(pf: ModuleType) -> None:
    with serving(pf.create_app(stateful=True)) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        assert http.get("/products").json() == []
        created = http.post("/products", json={"name": "Course", "price": 49.5, "currency": "USD"})
        assert created.status_code == 201, created.text
        product = created.json()
        pid = product["_id"]  # the id field the schema declares
        assert isinstance(pid, str) and len(pid) == 24
        assert (product["name"], product["price"], product["currency"]) == ("Course", 49.5, "USD")

        assert http.get(f"/products/{pid}").json() == product
        other = http.post("/products", json={"name": "Ebook", "price": 9, "currency": "EUR"}).json()
        assert other["_id"] != pid
        assert [p["_id"] for p in http.get("/products").json()] == [pid, other["_id"]]

        updated = http.post(f"/products/update/{pid}", json={"price": 59, "published": True})
        assert updated.status_code == 200, updated.text
        assert updated.json()["price"] == 59 and updated.json()["published"] is True
        assert updated.json()["name"] == "Course"  # merged, not replaced
        assert http.get(f"/products/{pid}").json()["price"] == 59

        deleted = http.delete(f"/products/{pid}")
        assert deleted.status_code == 200 and isinstance(deleted.json()["message"], str)
        missing = http.get(f"/products/{pid}")
        assert missing.status_code == 404
        assert pid in missing.json()["message"]  # the spec's Error shape
        assert http.delete(f"/products/{pid}").status_code == 404
        assert http.post(f"/products/update/{pid}", json={"price": 1}).status_code == 404
        assert [p["_id"] for p in http.get("/products").json()] == [other["_id"]]


def test_stateless_app_keeps_nothing(pf: ModuleType) -> None:
    with serving(pf.create_app()) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        http.post("/products", json={"name": "Course", "price": 49.5, "currency": "USD"})
        listed = http.get("/products").json()
        assert [p["name"] for p in listed] == ["My Digital Product"]  # the spec's example, unchanged


def test_stateful_services_are_generated_for_crud_shaped_resources(pf: ModuleType) -> None:
    services = importlib.import_module(f"{pf.__name__}.services")
    stateful = sorted(name for name in services.__all__ if name.startswith("Stateful"))
    assert "StatefulProductsService" in stateful and "StatefulWebhooksService" in stateful
    assert "StatefulOrdersService" not in stateful  # orders cannot be created through the API
    assert issubclass(services.StatefulProductsService, services.ProductsService)


def test_page_shaped_lists_hold_the_stored_items_with_totals(widgets: tuple[GeneratedStub, ModuleType]) -> None:
    _, module = widgets
    with serving(module.create_app(stateful=True)) as url, httpx.Client(base_url=url, headers=KEY) as http:
        ids = []
        for n in range(3):
            response = http.post("/widgets", json={"name": f"w{n}", "size": n + 1, "color": "red"})
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
        assert len(set(ids)) == 3
        page = http.get("/widgets", params={"page": 2, "pageSize": 2}).json()
        assert [w["id"] for w in page["widgets"]] == ids[2:]
        assert page["pagination"]["totalCount"] == 3
        assert page["pagination"]["totalPages"] == 2
        assert page["pagination"]["hasMore"] is False
        assert page["pagination"]["currentPage"] == 2 and page["pagination"]["pageSize"] == 2
        first = http.get("/widgets", params={"pageSize": 2}).json()
        assert [w["id"] for w in first["widgets"]] == ids[:2] and first["pagination"]["hasMore"] is True

        patched = http.patch(f"/widgets/{ids[0]}", json={"color": "blue"})
        assert patched.json()["color"] == "blue" and patched.json()["size"] == 1
        assert http.delete(f"/widgets/{ids[0]}").status_code == 204
        gone = http.get(f"/widgets/{ids[0]}")
        assert gone.status_code == 404
        assert gone.headers["content-type"].startswith("application/problem+json")


def test_stateful_mode_from_the_command_line(widgets: tuple[GeneratedStub, ModuleType]) -> None:
    gen, _ = widgets
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", gen.package, "--port", str(port), "--stateful", "--log-level", "warning"],
        cwd=gen.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/health", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the stub did not start"
                time.sleep(0.1)
        with httpx.Client(base_url=url, headers=KEY) as http:
            wid = http.post("/widgets", json={"name": "cli", "size": 2}).json()["id"]
            assert http.get(f"/widgets/{wid}").json()["name"] == "cli"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
