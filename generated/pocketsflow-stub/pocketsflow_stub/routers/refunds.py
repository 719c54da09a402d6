"""Routes of the ``refunds`` resource, delegating to ``RefundsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.refunds import RefundsService
from ..types.create_refund_request import CreateRefundRequest
from ..types.refund import Refund

__all__ = ["build_router"]


def build_router(_service: RefundsService) -> APIRouter:
    """An ``APIRouter`` serving every ``refunds`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/refunds",
        status_code=200,
        response_model=list[Refund],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listRefunds",
        name="refunds.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[Refund]:
        """GET /refunds: List refunds"""
        return _service.list()

    @_router.post(
        "/refunds",
        status_code=201,
        response_model=Refund,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createRefund",
        name="refunds.create",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("createRefund"))],
    )
    def op_create(
        body: Annotated[CreateRefundRequest, Body()],
    ) -> Refund:
        """POST /refunds: Create a refund"""
        return _service.create(body)

    @_router.get(
        "/refunds/{id}",
        status_code=200,
        response_model=Refund,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getRefund",
        name="refunds.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getRefund"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Refund:
        """GET /refunds/{id}: Get a refund"""
        return _service.get(id)

    return _router
