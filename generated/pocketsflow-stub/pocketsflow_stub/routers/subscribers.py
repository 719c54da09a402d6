"""Routes of the ``subscribers`` resource, delegating to ``SubscribersService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.subscribers import SubscribersService
from ..types.create_subscriber_request import CreateSubscriberRequest
from ..types.message_response import MessageResponse
from ..types.subscriber import Subscriber

__all__ = ["build_router"]


def build_router(_service: SubscribersService) -> APIRouter:
    """An ``APIRouter`` serving every ``subscribers`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/subscribers",
        status_code=200,
        response_model=list[Subscriber],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listSubscribers",
        name="subscribers.list",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("listSubscribers"))],
    )
    def op_list(
        page: Annotated[int | None, Query(alias="page")] = None,
        page_size: Annotated[int | None, Query(alias="pageSize")] = None,
    ) -> list[Subscriber]:
        """GET /subscribers: List newsletter subscribers"""
        return _service.list(page=page, page_size=page_size)

    @_router.post(
        "/subscribers",
        status_code=201,
        response_model=Subscriber,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createSubscriber",
        name="subscribers.create",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("createSubscriber")),
        ],
    )
    def op_create(
        body: Annotated[CreateSubscriberRequest, Body()],
    ) -> Subscriber:
        """POST /subscribers: Add a newsletter subscriber"""
        return _service.create(body)

    @_router.delete(
        "/subscribers/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteSubscriber",
        name="subscribers.delete",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("deleteSubscriber")),
        ],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /subscribers/{id}: Remove a newsletter subscriber"""
        return _service.delete(id)

    return _router
