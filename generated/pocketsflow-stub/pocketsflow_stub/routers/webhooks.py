"""Routes of the ``webhooks`` resource, delegating to ``WebhooksService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.webhooks import WebhooksService
from ..types.create_webhook_request import CreateWebhookRequest
from ..types.message_response import MessageResponse
from ..types.update_webhook_request import UpdateWebhookRequest
from ..types.webhook import Webhook

__all__ = ["build_router"]


def build_router(_service: WebhooksService) -> APIRouter:
    """An ``APIRouter`` serving every ``webhooks`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/webhooks",
        status_code=200,
        response_model=list[Webhook],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listWebhooks",
        name="webhooks.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[Webhook]:
        """GET /webhooks: List webhooks"""
        return _service.list()

    @_router.post(
        "/webhooks",
        status_code=201,
        response_model=Webhook,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createWebhook",
        name="webhooks.create",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("createWebhook"))],
    )
    def op_create(
        body: Annotated[CreateWebhookRequest, Body()],
    ) -> Webhook:
        """POST /webhooks: Create a webhook"""
        return _service.create(body)

    @_router.delete(
        "/webhooks/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deleteWebhook",
        name="webhooks.delete",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("deleteWebhook"))],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /webhooks/{id}: Delete a webhook"""
        return _service.delete(id)

    @_router.get(
        "/webhooks/{id}",
        status_code=200,
        response_model=Webhook,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getWebhook",
        name="webhooks.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getWebhook"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Webhook:
        """GET /webhooks/{id}: Get a webhook"""
        return _service.get(id)

    @_router.put(
        "/webhooks/{id}",
        status_code=200,
        response_model=Webhook,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="updateWebhook",
        name="webhooks.update",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("updateWebhook"))],
    )
    def op_update(
        id: Annotated[str, Path()],
        body: Annotated[UpdateWebhookRequest, Body()],
    ) -> Webhook:
        """PUT /webhooks/{id}: Update a webhook"""
        return _service.update(id, body)

    @_router.post(
        "/webhooks/{id}/test",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="testWebhook",
        name="webhooks.test",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("testWebhook"))],
    )
    def op_test(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """POST /webhooks/{id}/test: Send a test event"""
        return _service.test(id)

    return _router
