"""Access customer information and purchase history."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._pagination import AsyncPaginator, Pagination, SyncPage
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.customer import Customer
from ..types.list_customers_sort_by import ListCustomersSortBy
from ..types.list_customers_sort_order import ListCustomersSortOrder

__all__ = [
    "AsyncCustomersResource",
    "AsyncCustomersResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
]

_LIST_PAGINATION = Pagination(
    style="offset", items_path=(), page_param="offset", size_param="limit"
)


class CustomersResource(SyncResource):
    """Access customer information and purchase history."""

    __slots__ = ()

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Customer:
        """Get a customer.

        Args:
            id: Customer ID.

        ``GET /customers/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/customers/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Customer,
        )

    def list(
        self,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        sort_by: (
            ListCustomersSortBy
            | Literal["email", "country", "numberOfOrders", "createdAt"]
            | NotGiven
        ) = NOT_GIVEN,
        sort_order: ListCustomersSortOrder | Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Customer]:
        """List customers.

        Returns a bare array of customers.

        Args:
            product_id: Filter by product ID
            sort_by: Sort field: email, country, numberOfOrders, createdAt
            sort_order: Sort direction: asc or desc
            email: Filter by customer email.
            limit: Maximum number of customers to return.
            offset: Number of customers to skip.

        ``GET /customers``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/customers",
                query=[
                    QueryParam("productId", product_id),
                    QueryParam("sortBy", sort_by),
                    QueryParam("sortOrder", sort_order),
                    QueryParam("email", email),
                    QueryParam("limit", limit),
                    QueryParam("offset", offset),
                ],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=Customer,
        )


class AsyncCustomersResource(AsyncResource):
    """Access customer information and purchase history."""

    __slots__ = ()

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Customer:
        """Get a customer.

        Args:
            id: Customer ID.

        ``GET /customers/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/customers/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Customer,
        )

    def list(
        self,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        sort_by: (
            ListCustomersSortBy
            | Literal["email", "country", "numberOfOrders", "createdAt"]
            | NotGiven
        ) = NOT_GIVEN,
        sort_order: ListCustomersSortOrder | Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Customer]:
        """List customers.

        Returns a bare array of customers.

        Args:
            product_id: Filter by product ID
            sort_by: Sort field: email, country, numberOfOrders, createdAt
            sort_order: Sort direction: asc or desc
            email: Filter by customer email.
            limit: Maximum number of customers to return.
            offset: Number of customers to skip.

        ``GET /customers``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/customers",
                query=[
                    QueryParam("productId", product_id),
                    QueryParam("sortBy", sort_by),
                    QueryParam("sortOrder", sort_order),
                    QueryParam("email", email),
                    QueryParam("limit", limit),
                    QueryParam("offset", offset),
                ],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=Customer,
        )


class CustomersResourceWithRawResponse:
    """The operations of ``CustomersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: CustomersResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCustomersResourceWithRawResponse:
    """The operations of ``AsyncCustomersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncCustomersResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
