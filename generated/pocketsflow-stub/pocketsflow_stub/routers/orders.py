"""Routes of the ``orders`` resource, delegating to ``OrdersService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.orders import OrdersService
from ..types.order import Order
from ..types.order_list import OrderList

__all__ = ["build_router"]


def build_router(_service: OrdersService) -> APIRouter:
    """An ``APIRouter`` serving every ``orders`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/orders",
        status_code=200,
        response_model=OrderList,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listOrders",
        name="orders.list",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("listOrders"))],
    )
    def op_list(
        start_date: Annotated[str | None, Query(alias="startDate")] = None,
        end_date: Annotated[str | None, Query(alias="endDate")] = None,
        product_id: Annotated[str | None, Query(alias="productId")] = None,
        page: Annotated[int | None, Query(alias="page")] = None,
        page_size: Annotated[int | None, Query(alias="pageSize")] = None,
    ) -> OrderList:
        """GET /orders: List orders"""
        return _service.list(
            start_date=start_date,
            end_date=end_date,
            product_id=product_id,
            page=page,
            page_size=page_size,
        )

    @_router.get(
        "/orders/{id}",
        status_code=200,
        response_model=Order,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getOrder",
        name="orders.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getOrder"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Order:
        """GET /orders/{id}: Get a single order"""
        return _service.get(id)

    return _router
