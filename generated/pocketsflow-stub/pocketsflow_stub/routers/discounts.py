"""Routes of the ``discounts`` resource, delegating to ``DiscountsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.discounts import DiscountsService
from ..types.create_discount_request import CreateDiscountRequest
from ..types.discount import Discount
from ..types.discount_validation import DiscountValidation
from ..types.message_response import MessageResponse
from ..types.update_discount_request import UpdateDiscountRequest
from ..types.validate_discount_request import ValidateDiscountRequest

__all__ = ["build_router"]


def build_router(_service: DiscountsService) -> APIRouter:
    """An ``APIRouter`` serving every ``discounts`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/discounts",
        status_code=200,
        response_model=list[Discount],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listDiscounts",
        name="discounts.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[Discount]:
        """GET /discounts: List discounts"""
        return _service.list()

    @_router.post(
        "/discounts",
        status_code=201,
        response_model=Discount,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createDiscount",
        name="discounts.create",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("createDiscount"))],
    )
    def op_create(
        body: Annotated[CreateDiscountRequest, Body()],
    ) -> Discount:
        """POST /discounts: Create a discount"""
        return _service.create(body)

    @_router.post(
        "/discounts/validate",
        status_code=200,
        response_model=DiscountValidation,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="validateDiscount",
        name="discounts.validate",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("validateDiscount")),
        ],
    )
    def op_validate(
        body: Annotated[ValidateDiscountRequest, Body()],
    ) -> DiscountValidation:
        """POST /discounts/validate: Validate discount code"""
        return _service.validate(body)

    @_router.delete(
        "/discounts/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteDiscount",
        name="discounts.delete",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("deleteDiscount"))],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /discounts/{id}: Delete a discount"""
        return _service.delete(id)

    @_router.get(
        "/discounts/{id}",
        status_code=200,
        response_model=Discount,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getDiscount",
        name="discounts.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getDiscount"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Discount:
        """GET /discounts/{id}: Get a discount"""
        return _service.get(id)

    @_router.post(
        "/discounts/{id}",
        status_code=200,
        response_model=Discount,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="updateDiscount",
        name="discounts.update",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("updateDiscount"))],
    )
    def op_update(
        id: Annotated[str, Path()],
        body: Annotated[UpdateDiscountRequest, Body()],
    ) -> Discount:
        """POST /discounts/{id}: Update a discount"""
        return _service.update(id, body)

    return _router
