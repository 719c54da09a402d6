"""Routes of the ``reviews`` resource, delegating to ``ReviewsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.reviews import ReviewsService
from ..types.review import Review

__all__ = ["build_router"]


def build_router(_service: ReviewsService) -> APIRouter:
    """An ``APIRouter`` serving every ``reviews`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/reviews",
        status_code=200,
        response_model=list[Review],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listReviews",
        name="reviews.list",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("listReviews"))],
    )
    def op_list(
        product_id: Annotated[str | None, Query(alias="productId")] = None,
    ) -> list[Review]:
        """GET /reviews: List all reviews"""
        return _service.list(product_id=product_id)

    @_router.get(
        "/reviews/product/{product_id}",
        status_code=200,
        response_model=list[Review],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listProductReviews",
        name="reviews.list_for_product",
        dependencies=[Depends(_validate("listProductReviews"))],
    )
    def op_list_for_product(
        product_id: Annotated[str, Path()],
    ) -> list[Review]:
        """GET /reviews/product/{productId}: Get reviews for a product (Public)"""
        return _service.list_for_product(product_id)

    return _router
