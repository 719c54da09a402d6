"""Routes of the ``images`` resource, delegating to ``ImagesService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.images import ImagesService
from ..types.image import Image
from ..types.message_response import MessageResponse

__all__ = ["build_router"]


def build_router(_service: ImagesService) -> APIRouter:
    """An ``APIRouter`` serving every ``images`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/images",
        status_code=200,
        response_model=list[Image],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listImages",
        name="images.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[Image]:
        """GET /images: List images"""
        return _service.list()

    @_router.post(
        "/images",
        status_code=201,
        response_model=Image,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="uploadImage",
        name="images.upload",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("uploadImage"))],
    )
    async def op_upload(
        _request: Request,
    ) -> Image:
        """POST /images: Upload an image"""
        body = await _request.body()
        return _service.upload(body)

    @_router.delete(
        "/images/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteImage",
        name="images.delete",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("deleteImage"))],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /images/{id}: Delete an image"""
        return _service.delete(id)

    return _router
