"""Routes of the ``checkout`` resource, delegating to ``CheckoutService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.checkout import CheckoutService
from ..types.checkout_session import CheckoutSession
from ..types.create_checkout_session_request import CreateCheckoutSessionRequest

__all__ = ["build_router"]


def build_router(_service: CheckoutService) -> APIRouter:
    """An ``APIRouter`` serving every ``checkout`` operation with ``_service``."""
    _router = APIRouter()

    @_router.post(
        "/checkout/sessions",
        status_code=201,
        response_model=CheckoutSession,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createCheckoutSession",
        name="checkout.create",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("createCheckoutSession")),
        ],
    )
    def op_create(
        body: Annotated[CreateCheckoutSessionRequest, Body()],
    ) -> CheckoutSession:
        """POST /checkout/sessions: Create checkout session"""
        return _service.create(body)

    return _router
