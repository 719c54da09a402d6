"""Routes of the ``link_in_bio`` resource, delegating to ``LinkInBioService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.link_in_bio import LinkInBioService
from ..types.creator_page_products import CreatorPageProducts
from ..types.link_in_bio import LinkInBio

__all__ = ["build_router"]


def build_router(_service: LinkInBioService) -> APIRouter:
    """An ``APIRouter`` serving every ``link_in_bio`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/creator-pages/products/{username}",
        status_code=200,
        response_model=CreatorPageProducts,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listCreatorPageProducts",
        name="link_in_bio.list_creator_products",
        dependencies=[Depends(_validate("listCreatorPageProducts"))],
    )
    def op_list_creator_products(
        username: Annotated[str, Path()],
    ) -> CreatorPageProducts:
        """GET /creator-pages/products/{username}: List a creator page's public products"""
        return _service.list_creator_products(username)

    @_router.get(
        "/link-in-bio",
        status_code=200,
        response_model=LinkInBio,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getLinkInBio",
        name="link_in_bio.get",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_get() -> LinkInBio:
        """GET /link-in-bio: Get your creator page"""
        return _service.get()

    @_router.post(
        "/link-in-bio",
        status_code=200,
        response_model=LinkInBio,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="updateLinkInBio",
        name="link_in_bio.update",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("updateLinkInBio"))],
    )
    def op_update(
        body: Annotated[LinkInBio, Body()],
    ) -> LinkInBio:
        """POST /link-in-bio: Update your creator page"""
        return _service.update(body)

    return _router
