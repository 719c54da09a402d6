"""Routes of the ``products`` resource, delegating to ``ProductsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.products import ProductsService
from ..types.create_product_request import CreateProductRequest
from ..types.message_response import MessageResponse
from ..types.product import Product
from ..types.update_product_request import UpdateProductRequest

__all__ = ["build_router"]


def build_router(_service: ProductsService) -> APIRouter:
    """An ``APIRouter`` serving every ``products`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/products",
        status_code=200,
        response_model=list[Product],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listProducts",
        name="products.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[Product]:
        """GET /products: List all products"""
        return _service.list()

    @_router.post(
        "/products",
        status_code=201,
        response_model=Product,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createProduct",
        name="products.create",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("createProduct"))],
    )
    def op_create(
        body: Annotated[CreateProductRequest, Body()],
    ) -> Product:
        """POST /products: Create a product"""
        return _service.create(body)

    @_router.post(
        "/products/update/{id}",
        status_code=200,
        response_model=Product,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="updateProduct",
        name="products.update",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("updateProduct"))],
    )
    def op_update(
        id: Annotated[str, Path()],
        body: Annotated[UpdateProductRequest, Body()],
    ) -> Product:
        """POST /products/update/{id}: Update a product"""
        return _service.update(id, body)

    @_router.delete(
        "/products/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteProduct",
        name="products.delete",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("deleteProduct"))],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /products/{id}: Delete a product"""
        return _service.delete(id)

    @_router.get(
        "/products/{id}",
        status_code=200,
        response_model=Product,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getProduct",
        name="products.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getProduct"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Product:
        """GET /products/{id}: Get a product"""
        return _service.get(id)

    return _router
