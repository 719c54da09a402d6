from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pydantic
from _runtime import (
    APIModel,
    APIResponse,
    RequestOptions,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from _runtime._response import _ADAPTERS, adapter_for


class Order(APIModel):
    id: str = pydantic.Field(alias="_id")
    buyer_email: str | None = pydantic.Field(default=None, alias="buyerEmail")


def get(make_client: Any, response: httpx.Response, cast_to: Any, **kw: Any) -> Any:
    client, _ = make_client(response)
    return client.request(RequestOptions("GET", "/x"), cast_to=cast_to, **kw)


def test_model_and_list_parsing(make_client: Any) -> None:
    order = get(make_client, httpx.Response(200, json={"_id": "o1", "buyerEmail": "a@b"}), Order)
    assert isinstance(order, Order) and order.id == "o1"
    orders = get(make_client, httpx.Response(200, json=[{"_id": "o1"}, {"_id": "o2"}]), list[Order])
    assert [o.id for o in orders] == ["o1", "o2"]


def test_round_trip_keeps_unknown_fields() -> None:
    wire = {"_id": "o1", "buyerEmail": "a@b", "newField": {"x": [1, 2]}}
    assert (
        Order.model_validate(wire).model_dump(by_alias=True, exclude_unset=True, mode="json")
        == wire
    )
    assert Order(_id="x").to_dict() == {"_id": "x"}
    assert Order(id="x").id == "x"  # populate by name


def test_204_and_empty_bodies_give_none(make_client: Any) -> None:
    assert get(make_client, httpx.Response(204), Order) is None
    assert get(make_client, httpx.Response(200, content=b""), Order) is None
    assert get(make_client, httpx.Response(200, json={"a": 1}), type(None)) is None


def test_bytes_text_and_raw_targets(make_client: Any) -> None:
    assert get(make_client, httpx.Response(200, content=b"\x00\x01"), bytes) == b"\x00\x01"
    assert get(make_client, httpx.Response(200, text="hello"), str) == "hello"
    response = get(make_client, httpx.Response(200, text="x"), httpx.Response)
    assert isinstance(response, httpx.Response)


def test_content_negotiation(make_client: Any) -> None:
    as_json = httpx.Response(
        200, content=b'{"a":1}', headers={"content-type": "application/vnd.x+json"}
    )
    assert get(make_client, as_json, dict) == {"a": 1}
    text_json = httpx.Response(200, content=b'{"a":1}', headers={"content-type": "text/plain"})
    assert get(make_client, text_json, dict) == {"a": 1}
    plain = httpx.Response(200, content=b"just text", headers={"content-type": "text/plain"})
    assert get(make_client, plain, str) == "just text"
    assert get(make_client, plain, object) == "just text"
    assert get(make_client, httpx.Response(200, json={"a": 1}), object) == {"a": 1}
    # a JSON string body declared as ``type: string`` is decoded, not returned with quotes
    assert get(make_client, httpx.Response(200, json="abc"), str) == "abc"


def test_response_types_by_status(make_client: Any) -> None:
    class Accepted(APIModel):
        job: str

    types = {200: Order, "2XX": Accepted}
    assert isinstance(
        get(make_client, httpx.Response(202, json={"job": "j"}), Order, response_types=types),
        Accepted,
    )
    assert isinstance(
        get(make_client, httpx.Response(200, json={"_id": "1"}), Order, response_types=types), Order
    )


def test_type_adapters_are_built_once() -> None:
    first = adapter_for(list[Order])
    assert adapter_for(list[Order]) is first
    assert list[Order] in _ADAPTERS


class Resource:
    def __init__(self, client: Any) -> None:
        self._client = client

    def retrieve(self, id: str) -> Order:
        return self._client.request(  # type: ignore[no-any-return]
            RequestOptions("GET", "/orders/{id}", path_params={"id": id}), cast_to=Order
        )


def test_with_raw_response_wrapper(make_client: Any) -> None:
    client, _ = make_client(httpx.Response(200, json={"_id": "o1"}, headers={"x-request-id": "r1"}))
    raw = to_raw_response_wrapper(Resource(client).retrieve)("o1")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r1" and raw.request_id == "r1"
    assert raw.http_response.request.url.path == "/v1/orders/o1"
    parsed = raw.parse()
    assert isinstance(parsed, Order) and parsed is raw.parse()
    assert raw.json() == {"_id": "o1"}
    assert "o1" in repr(raw) and "Bearer" not in repr(raw)
    # the flag does not leak into later calls
    assert isinstance(Resource(client).retrieve("o1"), Order)


def test_async_raw_response_wrapper(make_async_client: Any) -> None:
    client, _ = make_async_client(httpx.Response(200, json={"_id": "o1"}))

    async def retrieve(id: str) -> Order:
        return await client.request(
            RequestOptions("GET", "/orders/{id}", path_params={"id": id}), cast_to=Order
        )

    async def main() -> tuple[Any, Any]:
        raw = await async_to_raw_response_wrapper(retrieve)("o1")
        plain = await retrieve("o1")
        return raw, plain

    raw, plain = asyncio.run(main())
    assert isinstance(raw, APIResponse) and isinstance(raw.parse(), Order)
    assert isinstance(plain, Order)


def test_streaming_download(make_client: Any) -> None:
    client, _ = make_client(httpx.Response(200, content=b"0123456789" * 100))
    with client.request_stream(RequestOptions("GET", "/download")) as response:
        data = b"".join(response.iter_bytes())
    assert data == b"0123456789" * 100


def test_streaming_download_error_raises_with_body(make_client: Any) -> None:
    import pytest
    from _runtime import NotFoundError

    client, _ = make_client(httpx.Response(404, json={"message": "no file"}))
    with (
        pytest.raises(NotFoundError, match="no file"),
        client.request_stream(RequestOptions("GET", "/download")),
    ):
        pass


def test_async_streaming_download(make_async_client: Any) -> None:
    client, _ = make_async_client(httpx.Response(200, content=b"abc" * 10))

    async def main() -> bytes:
        async with client.request_stream(RequestOptions("GET", "/d")) as response:
            return b"".join([chunk async for chunk in response.aiter_bytes()])

    assert asyncio.run(main()) == b"abc" * 10
