"""Routes of the ``variants`` resource, delegating to ``VariantsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.variants import VariantsService
from ..types.create_product_variant_request import CreateProductVariantRequest
from ..types.message_response import MessageResponse
from ..types.product_variant import ProductVariant

__all__ = ["build_router"]


def build_router(_service: VariantsService) -> APIRouter:
    """An ``APIRouter`` serving every ``variants`` operation with ``_service``."""
    _router = APIRouter()

    @_router.post(
        "/products/variants",
        status_code=201,
        response_model=ProductVariant,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createProductVariant",
        name="variants.create",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("createProductVariant")),
        ],
    )
    def op_create(
        body: Annotated[CreateProductVariantRequest, Body()],
    ) -> ProductVariant:
        """POST /products/variants: Create a variant"""
        return _service.create(body)

    @_router.delete(
        "/products/variants/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteProductVariant",
        name="variants.delete",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("deleteProductVariant")),
        ],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /products/variants/{id}: Delete a variant"""
        return _service.delete(id)

    return _router
