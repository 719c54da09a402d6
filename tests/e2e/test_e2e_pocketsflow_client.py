"""The generated Pocketsflow client, driven through httpx.MockTransport: the calls a user makes, on the wire."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import importlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import POCKETSFLOW_SPEC
from tests.genhelp import generate_into, imported

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def pf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    gen = generate_into(POCKETSFLOW_SPEC, tmp_path_factory.mktemp("pf") / "out", project_config=True)
    with imported(gen) as module:
        yield module


def client(pf: ModuleType, handler: Handler, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", "pk_test_123")
    return pf.Pocketsflow(http_client=httpx.Client(transport=httpx.MockTransport(handler)), _sleep=lambda s: None, **kwargs)


PRODUCT = {"_id": "p1", "name": "Ebook", "price": 10, "currency": "usd", "newField": {"x": 1}}


def test_products_list_sends_bearer_and_parses_models(pf: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[PRODUCT])

    products = client(pf, handler).products.list()
    assert seen[0].url.path == "/products"
    assert seen[0].headers["authorization"] == "Bearer pk_test_123"
    assert seen[0].url.host == "api.pocketsflow.com"
    product = products[0]
    assert type(product).__name__ == "Product"
    assert product.id == "p1"
    # a field the spec does not know is kept and dumped back
    assert product.model_dump(by_alias=True, exclude_unset=True, mode="json") == PRODUCT


def test_path_parameters_are_percent_encoded(pf: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"_id": "a/b", "buyerEmail": "x@example.com"})

    order = client(pf, handler).orders.get("a/b")
    assert seen[0].url.raw_path == b"/orders/a%2Fb"
    assert order.buyer_email == "x@example.com"


def test_orders_list_pages_lazily_across_pages(pf: ModuleType) -> None:
    pages = {
        "1": {"orders": [{"_id": "o1", "buyerEmail": "a@x.io"}, {"_id": "o2", "buyerEmail": "b@x.io"}],
              "pagination": {"page": 1, "pageSize": 2, "total": 3, "totalPages": 2}},
        "2": {"orders": [{"_id": "o3", "buyerEmail": "c@x.io"}],
              "pagination": {"page": 2, "pageSize": 2, "total": 3, "totalPages": 2}},
    }
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "1")
        seen.append(str(request.url.params))
        return httpx.Response(200, json=pages[page])

    first = client(pf, handler).orders.list(page_size=2)
    assert [o.id for o in first.items] == ["o1", "o2"]
    assert len(seen) == 1  # nothing more fetched until iteration goes past this page
    assert [o.id for o in first] == ["o1", "o2", "o3"]
    assert seen == ["pageSize=2", "pageSize=2&page=2"] or seen == ["pageSize=2", "page=2&pageSize=2"]


def test_checkout_create_flattens_body_and_omits_unset_arguments(pf: ModuleType) -> None:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "cs_1", "url": "https://checkout/1"})

    c = client(pf, handler)
    c.checkout.create(product_id="p1", success_url="https://ok", cancel_url="https://no")
    c.checkout.create(product_id="p1", success_url="https://ok", cancel_url="https://no", metadata=None)
    assert bodies[0] == {"productId": "p1", "successUrl": "https://ok", "cancelUrl": "https://no"}
    assert bodies[1]["metadata"] is None  # passed None: sent as null, unlike an omitted argument


def test_errors_map_to_typed_exceptions_with_parsed_body(pf: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"message": "Order not found", "code": "NOT_FOUND"},
                              headers={"x-request-id": "req_1"})

    with pytest.raises(pf.NotFoundError) as info:
        client(pf, handler).orders.get("missing")
    err = info.value
    assert isinstance(err, pf.PocketsflowError)
    assert isinstance(err, pf.APIStatusError)
    assert err.status_code == 404
    assert err.request_id == "req_1"
    assert type(err.body).__name__ == "Error"  # the client's error model, imported on this first error
    assert "pk_test_123" not in str(err) and "pk_test_123" not in repr(err)


def test_rate_limit_is_retried_after_retry_after(pf: ModuleType) -> None:
    calls: list[int] = []
    sleeps: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(429, json={"message": "slow down"}, headers={"Retry-After": "3"})
        return httpx.Response(200, json=[])

    c = pf.Pocketsflow(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)),
                       _sleep=sleeps.append)
    assert c.products.list() == []
    assert len(calls) == 2
    assert sleeps == [3.0]


def test_missing_credentials_name_the_environment_variable(pf: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POCKETSFLOW_API_KEY", raising=False)
    c = pf.Pocketsflow(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=[]))))
    with pytest.raises(pf.MissingCredentialsError, match="POCKETSFLOW_API_KEY"):
        c.products.list()


def test_api_key_and_base_url_from_environment(pf: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POCKETSFLOW_API_KEY", "pk_env")
    monkeypatch.setenv("POCKETSFLOW_BASE_URL", "http://127.0.0.1:9999")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    pf.Pocketsflow(http_client=httpx.Client(transport=httpx.MockTransport(handler))).products.list()
    assert seen[0].headers["authorization"] == "Bearer pk_env"
    assert str(seen[0].url).startswith("http://127.0.0.1:9999/products")


def test_raw_response_gives_status_headers_and_parse(pf: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=PRODUCT, headers={"x-request-id": "r9"})

    raw = client(pf, handler).with_raw_response.products.get("p1")
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r9"
    assert raw.parse().id == "p1"


def _signed(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_webhooks_unwrap_verifies_then_parses_typed_events(pf: ModuleType) -> None:
    c = client(pf, lambda r: httpx.Response(500), webhook_secret="whsec")
    body = json.dumps({"webhookId": "w1", "amount": 64.99, "currency": "usd"}).encode()
    headers = {"X-Pocketsflow-Signature": _signed(body, "whsec"), "X-Pocketsflow-Event": "order.completed"}
    event = c.webhooks.unwrap(body, headers)
    events = importlib.import_module(f"{pf.__name__}.webhook_events")
    assert isinstance(event, events.OrderCompletedWebhook)
    assert event.type == "order.completed"
    assert event.data.amount == 64.99

    unknown = c.webhooks.unwrap(body, {**headers, "X-Pocketsflow-Event": "brand.new"})
    assert type(unknown).__name__ == "UnknownWebhookEvent"
    assert unknown.type == "brand.new"

    with pytest.raises(pf.WebhookVerificationError):
        c.webhooks.unwrap(body, {**headers, "X-Pocketsflow-Signature": "0" * 64})
    with pytest.raises(pf.WebhookVerificationError):
        c.webhooks.unwrap(body, {"X-Pocketsflow-Event": "order.completed"})


def test_public_operations_send_no_credentials(pf: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"products": []})

    c = pf.Pocketsflow(http_client=httpx.Client(transport=httpx.MockTransport(handler)))  # no key at all
    c.link_in_bio.list_creator_products("jane")
    assert "authorization" not in seen[0].headers


def test_async_client(pf: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/orders":
            return httpx.Response(200, json={"orders": [{"_id": "o1", "buyerEmail": "a@x.io"}],
                                             "pagination": {"page": 1, "pageSize": 20, "total": 1, "totalPages": 1}})
        return httpx.Response(200, json={"_id": "o1", "buyerEmail": "a@x.io"})

    async def main() -> tuple[str, list[str]]:
        async with pf.AsyncPocketsflow(api_key="k",
                                       http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))) as c:
            order = await c.orders.get("o1")
            ids = [o.id async for o in c.orders.list()]
            return order.id, ids

    assert asyncio.run(main()) == ("o1", ["o1"])


def test_node_sdk_names(pf: ModuleType) -> None:
    c = client(pf, lambda r: httpx.Response(200, json={}))
    for path in ["products.list", "products.get", "products.create", "products.update", "products.delete",
                 "variants.create", "variants.delete", "orders.list", "orders.get", "customers.list",
                 "customers.get", "reviews.list", "discounts.list", "discounts.create", "upsells.list",
                 "subscriptions.list", "subscriptions.get", "subscriptions.cancel", "subscriptions.refund",
                 "subscription_offers.list", "subscription_offers.get", "subscription_offers.create",
                 "webhooks.list", "webhooks.get", "webhooks.create", "webhooks.update", "webhooks.delete",
                 "webhooks.test", "users.me", "users.update", "checkout.create", "refunds.list", "refunds.get",
                 "refunds.create"]:
        resource, method = path.split(".")
        assert callable(getattr(getattr(c, resource), method)), path


def test_importing_the_package_does_not_import_resources_or_models(pf: ModuleType, tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(pf.__file__).parent.parent
    code = (
        "import sys, pocketsflow; "
        "print(sorted(m for m in sys.modules if m.startswith('pocketsflow.types.') or m.startswith('pocketsflow.resources.')"
        " or m in ('asyncio', 'pydantic.fields')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    # Not even the error model: it is imported when the first error body is parsed.
    assert out.stdout.strip() == "[]"


def test_a_request_model_can_be_passed_instead_of_flattened_arguments(pf: ModuleType) -> None:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "cs_1", "url": "https://checkout/1"})

    c = client(pf, handler)
    model = importlib.import_module(f"{pf.__name__}.types").CreateCheckoutSessionRequest(
        product_id="p1", success_url="https://ok", cancel_url="https://no"
    )
    c.checkout.create(body=model)
    c.checkout.create(body=model, discount_code="SAVE")  # explicit arguments win over the model's values
    assert bodies[0] == {"productId": "p1", "successUrl": "https://ok", "cancelUrl": "https://no"}
    assert bodies[1] == {**bodies[0], "discountCode": "SAVE"}
    with pytest.raises(TypeError, match="productId"):
        c.checkout.create(success_url="https://ok", cancel_url="https://no")  # type: ignore[call-overload]
