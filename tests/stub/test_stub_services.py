"""Overriding operations with a service subclass; ``ApiError``; the widgets stub's headers, media types and auth."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.stub.stubhelp import GeneratedStub, serving

AUTH = {"Authorization": "Bearer pk_test_123"}


def test_an_override_serves_real_data_and_keeps_the_defaults_elsewhere(pf: ModuleType) -> None:
    services = importlib.import_module(f"{pf.__name__}.services")
    product_module = importlib.import_module(f"{pf.__name__}.types.product")

    class MyProducts(services.ProductsService):  # type: ignore[misc, name-defined]
        def get(self, id: str) -> Any:
            return product_module.Product(_id=id, name=f"Real {id}", price=12.5)

    with serving(pf.create_app(services={"products": MyProducts()})) as url, httpx.Client(
        base_url=url, headers=AUTH
    ) as http:
        got = http.get("/products/abc")
        listed = http.get("/products")
    assert got.status_code == 200
    assert got.json() == {"_id": "abc", "name": "Real abc", "price": 12.5}  # by alias, only fields set
    assert listed.json()[0]["name"] == "My Digital Product"  # not overridden: the spec's example


def test_an_override_can_return_wire_json_or_raise_api_error(pf: ModuleType) -> None:
    services = importlib.import_module(f"{pf.__name__}.services")

    class Orders(services.OrdersService):  # type: ignore[misc, name-defined]
        def get(self, id: str) -> Any:
            if id == "missing":
                raise pf.ApiError(404, "Order missing not found")
            return {"_id": id, "buyerEmail": "a@b.co", "grossAmount": 10}

    # A class is instantiated by create_app.
    with serving(pf.create_app(services={"orders": Orders})) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        found = http.get("/orders/o1")
        missing = http.get("/orders/missing")
    assert found.status_code == 200 and found.json()["buyerEmail"] == "a@b.co"
    assert missing.status_code == 404
    assert missing.json()["message"] == "Order missing not found"


def test_service_mistakes_are_reported(pf: ModuleType) -> None:
    with pytest.raises(ValueError, match="unknown resource"):
        pf.create_app(services={"nope": object()})
    with pytest.raises(TypeError, match="ProductsService"):
        pf.create_app(services={"products": object()})


@pytest.fixture(scope="module")
def widgets_url(widgets: tuple[GeneratedStub, ModuleType]) -> Iterator[str]:
    with serving(widgets[1].create_app()) as url:
        yield url


def test_declared_response_headers_and_non_json_media_types(widgets_url: str) -> None:
    with httpx.Client(base_url=widgets_url, headers={"X-Api-Key": "k"}) as http:
        listed = http.get("/widgets", params=[("tags", "a"), ("tags", "b")])
        manual = http.get("/widgets/w1/manual")
        deleted = http.delete("/widgets/w9")
    assert listed.status_code == 200
    assert listed.headers["x-rate-limit-remaining"] == "1"
    assert manual.status_code == 200 and manual.text == "Turn it on."
    assert manual.headers["content-type"].startswith("text/plain")
    assert deleted.status_code == 204 and deleted.content == b""


def test_generated_values_respect_formats_and_patterns(widgets_url: str) -> None:
    import re
    import uuid

    with httpx.Client(base_url=widgets_url, headers={"X-Api-Key": "k"}) as http:
        widget = http.get("/widgets/w1").json()
    uuid.UUID(widget["id"])
    assert re.fullmatch(r"W-[0-9]{4}", widget["code"])
    assert widget["color"] in ("red", "green", "blue")
    assert widget["createdAt"].endswith("Z")


def test_api_key_and_basic_auth_are_alternatives(widgets_url: str) -> None:
    with httpx.Client(base_url=widgets_url) as http:
        assert http.get("/widgets/w1").status_code == 401
        assert http.get("/widgets/w1", headers={"X-Api-Key": "anything"}).status_code == 200
        assert http.get("/widgets/w1", auth=("user", "pass")).status_code == 200
        assert http.get("/widgets/w1", headers={"Authorization": "Bearer x"}).status_code == 401
        assert http.get("/health").status_code == 200  # security: []


def test_parameters_are_validated_with_their_wire_names(widgets_url: str) -> None:
    with httpx.Client(base_url=widgets_url, headers={"X-Api-Key": "k"}) as http:
        bad_header = http.get("/health", headers={"X-Trace-Id": "not-a-uuid"})
        good_header = http.get("/health", headers={"X-Trace-Id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"})
        too_big = http.get("/widgets", params={"pageSize": 51})
        extra = http.post("/widgets", json={"name": "w", "size": 1, "weight": 3})
        bad_enum = http.post("/widgets", json={"name": "w", "size": 1, "color": "pink"})
    assert bad_header.status_code == 422  # the spec declares no 400, so FastAPI's 422 and shape
    assert bad_header.json()["detail"][0]["loc"] == ["header", "X-Trace-Id"]
    assert good_header.status_code == 200
    assert too_big.status_code == 422 and too_big.json()["detail"][0]["loc"] == ["query", "pageSize"]
    assert extra.status_code == 422 and extra.json()["detail"][0]["loc"] == ["body", "weight"]
    assert bad_enum.status_code == 422 and bad_enum.json()["detail"][0]["loc"] == ["body", "color"]
