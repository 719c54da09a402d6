"""View and manage orders across your account."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._pagination import AsyncPaginator, Pagination, SyncPage
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.order import Order
from ..types.order_list import OrderList

__all__ = [
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
]

_LIST_PAGINATION = Pagination(
    style="page",
    items_path=("orders",),
    page_param="page",
    size_param="pageSize",
    total_path=("pagination", "totalCount"),
    total_pages_path=("pagination", "totalPages"),
    has_more_path=("pagination", "hasMore"),
)


class OrdersResource(SyncResource):
    """View and manage orders across your account."""

    __slots__ = ()

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Order:
        """Get a single order.

        Args:
            id: Order ID.

        ``GET /orders/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/orders/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Order,
        )

    def list(
        self,
        *,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Order]:
        """List orders.

        Page-based list. Use it to reconcile missed webhooks by matching on your `metadata` id.

        Args:
            start_date: Filter orders from this date (ISO 8601), e.g. `2024-01-01`.
            end_date: Filter orders until this date (ISO 8601), e.g. `2024-12-31`.
            product_id: Filter by product ID
            page: Page number (default: 1)
            page_size: Items per page (default: 20)

        ``GET /orders``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/orders",
                query=[
                    QueryParam("startDate", start_date),
                    QueryParam("endDate", end_date),
                    QueryParam("productId", product_id),
                    QueryParam("page", page),
                    QueryParam("pageSize", page_size),
                ],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=Order,
            model_type=OrderList,
        )


class AsyncOrdersResource(AsyncResource):
    """View and manage orders across your account."""

    __slots__ = ()

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Order:
        """Get a single order.

        Args:
            id: Order ID.

        ``GET /orders/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/orders/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Order,
        )

    def list(
        self,
        *,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Order]:
        """List orders.

        Page-based list. Use it to reconcile missed webhooks by matching on your `metadata` id.

        Args:
            start_date: Filter orders from this date (ISO 8601), e.g. `2024-01-01`.
            end_date: Filter orders until this date (ISO 8601), e.g. `2024-12-31`.
            product_id: Filter by product ID
            page: Page number (default: 1)
            page_size: Items per page (default: 20)

        ``GET /orders``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/orders",
                query=[
                    QueryParam("startDate", start_date),
                    QueryParam("endDate", end_date),
                    QueryParam("productId", product_id),
                    QueryParam("page", page),
                    QueryParam("pageSize", page_size),
                ],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=Order,
            model_type=OrderList,
        )


class OrdersResourceWithRawResponse:
    """The operations of ``OrdersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: OrdersResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncOrdersResourceWithRawResponse:
    """The operations of ``AsyncOrdersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
