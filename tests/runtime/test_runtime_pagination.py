from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pydantic
import pytest
from _runtime import (
    APIModel,
    APIResponse,
    APIResponseValidationError,
    AsyncPage,
    Pagination,
    RequestOptions,
    SyncPage,
    to_raw_response_wrapper,
)

ORDERS = [{"_id": f"o{i}"} for i in range(1, 8)]  # 7 orders


class Order(APIModel):
    id: str = pydantic.Field(alias="_id")


class OrderList(APIModel):
    orders: list[Order]
    pagination: dict[str, Any] | None = None


POCKETSFLOW = Pagination(
    style="page",
    items_path=("orders",),
    page_param="page",
    size_param="pageSize",
    total_path=("pagination", "totalCount"),
    total_pages_path=("pagination", "totalPages"),
)


def page_server(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    size = int(request.url.params.get("pageSize", "3"))
    chunk = ORDERS[(page - 1) * size : page * size]
    pages = -(-len(ORDERS) // size)
    return httpx.Response(
        200,
        json={
            "orders": chunk,
            "pagination": {
                "totalCount": len(ORDERS),
                "totalPages": pages,
                "currentPage": page,
                "pageSize": size,
            },
        },
    )


def offset_server(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", "0"))
    limit = int(request.url.params.get("limit", "3"))
    return httpx.Response(200, json={"data": ORDERS[offset : offset + limit]})


def cursor_server(request: httpx.Request) -> httpx.Response:
    start = int(request.url.params.get("after", "0"))
    chunk = ORDERS[start : start + 3]
    nxt = start + 3 if start + 3 < len(ORDERS) else None
    return httpx.Response(
        200, json={"items": chunk, "meta": {"next": None if nxt is None else str(nxt)}}
    )


def link_server(request: httpx.Request) -> httpx.Response:
    start = int(request.url.params.get("start", "0"))
    headers = {}
    if start + 3 < len(ORDERS):
        headers["Link"] = (
            f'<https://api.example.test/v1/orders?start={start + 3}>; rel="next", <x>; rel="last"'
        )
    return httpx.Response(200, json=ORDERS[start : start + 3], headers=headers)


CASES = {
    "page": (page_server, POCKETSFLOW, {"pageSize": 3}),
    "offset": (offset_server, Pagination(style="offset", items_path=("data",)), {"limit": 3}),
    "cursor": (
        cursor_server,
        Pagination(
            style="cursor",
            items_path=("items",),
            cursor_param="after",
            next_cursor_path=("meta", "next"),
        ),
        {},
    ),
    "link": (link_server, Pagination(style="link"), {}),
}


@pytest.mark.parametrize("style", sorted(CASES))
def test_sync_pagination_walks_all_items(make_client: Any, style: str) -> None:
    server, pagination, query = CASES[style]
    client, rec = make_client(server)
    page = client.request_page(
        RequestOptions("GET", "/orders", query=query), pagination=pagination, item_type=Order
    )
    assert isinstance(page, SyncPage)
    assert [o.id for o in page.items] == ["o1", "o2", "o3"]
    assert page.has_next_page()
    assert [o.id for o in page] == [o["_id"] for o in ORDERS]
    pages = list(page.iter_pages())
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()
    # every request still carries credentials
    assert all(r.headers["Authorization"] == "Bearer sk-test-secret" for r in rec.requests)


@pytest.mark.parametrize("style", sorted(CASES))
def test_async_pagination_walks_all_items(make_async_client: Any, style: str) -> None:
    server, pagination, query = CASES[style]
    client, _ = make_async_client(server)
    options = RequestOptions("GET", "/orders", query=query)

    async def main() -> tuple[list[str], list[str], int]:
        first = await client.request_page(options, pagination=pagination, item_type=Order)
        assert isinstance(first, AsyncPage)
        via_page = [o.id async for o in first]
        via_paginator = [
            o.id async for o in client.request_page(options, pagination=pagination, item_type=Order)
        ]
        second = await first.next_page()
        return via_page, via_paginator, len(second.items)

    via_page, via_paginator, second_len = asyncio.run(main())
    expected = [o["_id"] for o in ORDERS]
    assert via_page == expected and via_paginator == expected and second_len == 3


def test_page_metadata(make_client: Any) -> None:
    client, rec = make_client(page_server)
    page = client.request_page(
        RequestOptions("GET", "/orders", query={"pageSize": 3}),
        pagination=POCKETSFLOW,
        item_type=Order,
        model_type=OrderList,
    )
    assert page.total == 7
    assert page.meta == {
        "pagination": {"totalCount": 7, "totalPages": 3, "currentPage": 1, "pageSize": 3}
    }
    assert isinstance(page.model, OrderList) and page.model.orders[0].id == "o1"
    nxt = page.next_page()
    assert (
        rec.requests[-1].url.params["page"] == "2"
        and rec.requests[-1].url.params["pageSize"] == "3"
    )
    assert [o.id for o in nxt.items] == ["o4", "o5", "o6"]
    last = nxt.next_page()
    assert not last.has_next_page()
    with pytest.raises(RuntimeError):
        last.next_page()


def test_page_style_without_totals_stops_on_short_page(make_client: Any) -> None:
    client, rec = make_client(page_server)
    pagination = Pagination(style="page", items_path=("orders",), size_param="pageSize")
    page = client.request_page(
        RequestOptions("GET", "/orders", query={"pageSize": 3}),
        pagination=pagination,
        item_type=Order,
    )
    assert len(list(page)) == 7
    assert len(rec.requests) == 3


def test_has_more_flag_is_respected(make_client: Any) -> None:
    client, rec = make_client(
        httpx.Response(200, json={"orders": ORDERS[:2], "pagination": {"hasMore": False}})
    )
    pagination = Pagination(
        style="page", items_path=("orders",), has_more_path=("pagination", "hasMore")
    )
    page = client.request_page(
        RequestOptions("GET", "/orders"), pagination=pagination, item_type=Order
    )
    assert not page.has_next_page()
    assert len(list(page)) == 2 and len(rec.requests) == 1


def test_offset_total_and_empty_page(make_client: Any) -> None:
    client, _ = make_client(httpx.Response(200, json={"data": [], "total": 0}))
    pagination = Pagination(style="offset", items_path=("data",), total_path=("total",))
    page = client.request_page(RequestOptions("GET", "/o"), pagination=pagination, item_type=Order)
    assert page.items == [] and not page.has_next_page() and page.total == 0


def test_server_ignoring_page_param_does_not_loop_forever(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(200, json={"orders": ORDERS[:2]}))
    pagination = Pagination(style="page", items_path=("orders",))
    page = client.request_page(
        RequestOptions("GET", "/orders"), pagination=pagination, item_type=Order
    )
    assert len(list(page)) == 2
    assert len(rec.requests) == 2


def test_cursor_that_repeats_stops(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(200, json={"items": ORDERS[:1], "next": "same"}))
    pagination = Pagination(style="cursor", items_path=("items",), next_cursor_path=("next",))
    page = client.request_page(RequestOptions("GET", "/o"), pagination=pagination, item_type=Order)
    assert len(list(page)) == 1  # the repeated page is fetched once, recognised, and dropped
    assert len(rec.requests) == 2


def test_bad_page_shape_raises_validation_error(make_client: Any) -> None:
    client, _ = make_client(httpx.Response(200, json={"orders": "nope"}))
    with pytest.raises(APIResponseValidationError):
        client.request_page(RequestOptions("GET", "/o"), pagination=POCKETSFLOW, item_type=Order)


def test_raw_response_for_a_page(make_client: Any) -> None:
    client, _ = make_client(page_server)

    def list_orders() -> SyncPage[Order]:
        return client.request_page(
            RequestOptions("GET", "/orders"), pagination=POCKETSFLOW, item_type=Order
        )

    raw = to_raw_response_wrapper(list_orders)()
    assert isinstance(raw, APIResponse)
    page = raw.parse()
    assert isinstance(page, SyncPage) and len(list(page)) == 7
