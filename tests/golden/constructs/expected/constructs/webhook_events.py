"""Typed webhook events. ``client.webhooks.unwrap(body, headers)`` verifies a delivery's signature and returns one of these (or ``UnknownWebhookEvent`` for event types this version does not know)."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import Field

from ._runtime._models import APIModel as _APIModel
from .types.order_created_event import OrderCreatedEvent
from .types.pet import Pet

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "TYPE_FIELDS",
    "TYPE_HEADER",
    "OrderCreatedWebhook",
    "PetUpdatedWebhook",
    "WebhookEvent",
]

SIGNATURE_HEADER = "X-Constructs-Signature"
"""Header carrying the HMAC-SHA256 signature (hex) of the raw body."""

TYPE_HEADER = ""
"""Header naming the event type on each delivery ("" when the API declares none)."""

TYPE_FIELDS = ("type", "event", "event_type", "eventType")
"""Body fields that may carry the event type when the header is absent."""


class OrderCreatedWebhook(_APIModel):
    type: Literal["order_created"]
    data: OrderCreatedEvent


class PetUpdatedWebhook(_APIModel):
    type: Literal["pet.updated"]
    data: Pet


WebhookEvent: TypeAlias = Annotated[
    OrderCreatedWebhook | PetUpdatedWebhook, Field(discriminator="type")
]
"""Every event type this client knows."""

EVENT_TYPES: dict[str, type[_APIModel]] = {
    "order_created": OrderCreatedWebhook,
    "pet.updated": PetUpdatedWebhook,
}
