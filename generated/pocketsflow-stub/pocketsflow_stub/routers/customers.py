"""Routes of the ``customers`` resource, delegating to ``CustomersService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.customers import CustomersService
from ..types.customer import Customer
from ..types.list_customers_sort_by import ListCustomersSortBy
from ..types.list_customers_sort_order import ListCustomersSortOrder

__all__ = ["build_router"]


def build_router(_service: CustomersService) -> APIRouter:
    """An ``APIRouter`` serving every ``customers`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/customers",
        status_code=200,
        response_model=list[Customer],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listCustomers",
        name="customers.list",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("listCustomers"))],
    )
    def op_list(
        product_id: Annotated[str | None, Query(alias="productId")] = None,
        sort_by: Annotated[ListCustomersSortBy | None, Query(alias="sortBy")] = None,
        sort_order: Annotated[ListCustomersSortOrder | None, Query(alias="sortOrder")] = None,
        email: Annotated[str | None, Query(alias="email")] = None,
        limit: Annotated[int | None, Query(alias="limit")] = None,
        offset: Annotated[int | None, Query(alias="offset")] = None,
    ) -> list[Customer]:
        """GET /customers: List customers"""
        return _service.list(
            product_id=product_id,
            sort_by=sort_by,
            sort_order=sort_order,
            email=email,
            limit=limit,
            offset=offset,
        )

    @_router.get(
        "/customers/{id}",
        status_code=200,
        response_model=Customer,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getCustomer",
        name="customers.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getCustomer"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Customer:
        """GET /customers/{id}: Get a customer"""
        return _service.get(id)

    return _router
