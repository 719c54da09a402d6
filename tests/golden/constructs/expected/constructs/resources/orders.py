"""Operations on orders."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._pagination import AsyncPaginator, Pagination, SyncPage
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.list_orders_response import ListOrdersResponse
from ..types.list_orders_response_orders_item import ListOrdersResponseOrdersItem

__all__ = [
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
]

_LIST_ITEMS_PAGINATION = Pagination(
    style="offset", items_path=(), page_param="offset", size_param="limit"
)

_LIST_PAGINATION = Pagination(
    style="page",
    items_path=("orders",),
    page_param="page",
    size_param="pageSize",
    total_path=("pagination", "total"),
    total_pages_path=("pagination", "totalPages"),
)


class OrdersResource(SyncResource):
    """Operations on orders."""

    __slots__ = ()

    def list_items(
        self,
        order_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SyncPage[str]:
        """``GET /orders/{orderId}/items``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/orders/{orderId}/items",
                path_params={"orderId": order_id},
                query=[QueryParam("offset", offset), QueryParam("limit", limit)],
                **options,
            ),
            pagination=_LIST_ITEMS_PAGINATION,
            item_type=str,
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SyncPage[ListOrdersResponseOrdersItem]:
        """``GET /orders``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/orders",
                query=[QueryParam("page", page), QueryParam("pageSize", page_size)],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=ListOrdersResponseOrdersItem,
            model_type=ListOrdersResponse,
        )


class AsyncOrdersResource(AsyncResource):
    """Operations on orders."""

    __slots__ = ()

    def list_items(
        self,
        order_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[str]:
        """``GET /orders/{orderId}/items``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/orders/{orderId}/items",
                path_params={"orderId": order_id},
                query=[QueryParam("offset", offset), QueryParam("limit", limit)],
                **options,
            ),
            pagination=_LIST_ITEMS_PAGINATION,
            item_type=str,
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[ListOrdersResponseOrdersItem]:
        """``GET /orders``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/orders",
                query=[QueryParam("page", page), QueryParam("pageSize", page_size)],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=ListOrdersResponseOrdersItem,
            model_type=ListOrdersResponse,
        )


class OrdersResourceWithRawResponse:
    """The operations of ``OrdersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: OrdersResource) -> None:
        self.list_items = to_raw_response_wrapper(resource.list_items)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncOrdersResourceWithRawResponse:
    """The operations of ``AsyncOrdersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.list_items = async_to_raw_response_wrapper(resource.list_items)
        self.list = async_to_raw_response_wrapper(resource.list)
