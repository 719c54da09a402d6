"""Routes of the ``upsells`` resource, delegating to ``UpsellsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.upsells import UpsellsService
from ..types.create_upsell_request import CreateUpsellRequest
from ..types.message_response import MessageResponse
from ..types.update_upsell_request import UpdateUpsellRequest
from ..types.upsell import Upsell
from ..types.upsell_list import UpsellList

__all__ = ["build_router"]


def build_router(_service: UpsellsService) -> APIRouter:
    """An ``APIRouter`` serving every ``upsells`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/upsells",
        status_code=200,
        response_model=UpsellList,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listUpsells",
        name="upsells.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> UpsellList:
        """GET /upsells: List upsells"""
        return _service.list()

    @_router.post(
        "/upsells",
        status_code=201,
        response_model=Upsell,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createUpsell",
        name="upsells.create",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("createUpsell"))],
    )
    def op_create(
        body: Annotated[CreateUpsellRequest, Body()],
    ) -> Upsell:
        """POST /upsells: Create an upsell"""
        return _service.create(body)

    @_router.delete(
        "/upsells/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteUpsell",
        name="upsells.delete",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("deleteUpsell"))],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /upsells/{id}: Delete an upsell"""
        return _service.delete(id)

    @_router.get(
        "/upsells/{id}",
        status_code=200,
        response_model=Upsell,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getUpsell",
        name="upsells.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getUpsell"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Upsell:
        """GET /upsells/{id}: Get an upsell"""
        return _service.get(id)

    @_router.post(
        "/upsells/{id}",
        status_code=200,
        response_model=Upsell,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="updateUpsell",
        name="upsells.update",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("updateUpsell"))],
    )
    def op_update(
        id: Annotated[str, Path()],
        body: Annotated[UpdateUpsellRequest, Body()],
    ) -> Upsell:
        """POST /upsells/{id}: Update an upsell"""
        return _service.update(id, body)

    return _router
