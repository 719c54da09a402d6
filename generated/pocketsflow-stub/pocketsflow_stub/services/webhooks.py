"""The ``webhooks`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from .._runtime._state import Store as _Store
from ..types.create_webhook_request import CreateWebhookRequest
from ..types.message_response import MessageResponse
from ..types.update_webhook_request import UpdateWebhookRequest
from ..types.webhook import Webhook

__all__ = ["StatefulWebhooksService", "WebhooksService"]

_ListWebhook: TypeAlias = list[Webhook]


class WebhooksService:
    """Operations of the ``webhooks`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'webhooks': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> _ListWebhook:
        """List webhooks

        ``GET /webhooks`` (operation ``listWebhooks``)."""
        result: _ListWebhook = _example("listWebhooks", _ListWebhook)
        return result

    def create(self, body: CreateWebhookRequest) -> Webhook:
        """Create a webhook

        Registers an HTTPS endpoint. The response includes the signing `secret`, shown only once.

        ``POST /webhooks`` (operation ``createWebhook``)."""
        result: Webhook = _example("createWebhook", Webhook)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete a webhook

        ``DELETE /webhooks/{id}`` (operation ``deleteWebhook``)."""
        result: MessageResponse = _example("deleteWebhook", MessageResponse)
        return result

    def get(self, id: str) -> Webhook:
        """Get a webhook

        ``GET /webhooks/{id}`` (operation ``getWebhook``)."""
        result: Webhook = _example("getWebhook", Webhook)
        return result

    def update(self, id: str, body: UpdateWebhookRequest) -> Webhook:
        """Update a webhook

        The only resource updated with PUT (partial body accepted).

        ``PUT /webhooks/{id}`` (operation ``updateWebhook``)."""
        result: Webhook = _example("updateWebhook", Webhook)
        return result

    def test(self, id: str) -> MessageResponse:
        """Send a test event

        Sends a test delivery to the endpoint.

        ``POST /webhooks/{id}/test`` (operation ``testWebhook``)."""
        result: MessageResponse = _example("testWebhook", MessageResponse)
        return result


class StatefulWebhooksService(WebhooksService):
    """``WebhooksService`` keeping created webhooks in memory (``create_app(stateful=True)`` / ``--stateful``).

    Objects are stored under their ``_id``; unknown ids answer 404."""

    def __init__(self, store: _Store | None = None) -> None:
        self._items = (store if store is not None else _Store()).collection(
            "webhooks",
            id_field="_id",
            id_type="str",
            items_path=(),
        )

    def create(self, body: CreateWebhookRequest) -> Webhook:
        """Create in memory (``POST /webhooks``)."""
        result: Webhook = self._items.create(body, "createWebhook", Webhook)
        return result

    def list(self) -> _ListWebhook:
        """List in memory (``GET /webhooks``)."""
        result: _ListWebhook = self._items.list("listWebhooks", _ListWebhook)
        return result

    def get(self, id: str) -> Webhook:
        """Get in memory (``GET /webhooks/{id}``)."""
        result: Webhook = self._items.get(id, "getWebhook", Webhook)
        return result

    def update(self, id: str, body: UpdateWebhookRequest) -> Webhook:
        """Update in memory (``PUT /webhooks/{id}``)."""
        result: Webhook = self._items.update(id, body, "updateWebhook", Webhook)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete in memory (``DELETE /webhooks/{id}``)."""
        result: MessageResponse = self._items.delete(id, "deleteWebhook", MessageResponse)
        return result
