"""Routes of the ``payments`` resource, delegating to ``PaymentsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.payments import PaymentsService
from ..types.payment import Payment

__all__ = ["build_router"]


def build_router(_service: PaymentsService) -> APIRouter:
    """An ``APIRouter`` serving every ``payments`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/payments",
        status_code=200,
        response_model=list[Payment],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listPayments",
        name="payments.list",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("listPayments"))],
    )
    def op_list(
        type: Annotated[str | None, Query(alias="type")] = None,
    ) -> list[Payment]:
        """GET /payments: List payments"""
        return _service.list(type=type)

    return _router
