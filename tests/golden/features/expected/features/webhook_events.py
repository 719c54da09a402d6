"""Typed webhook events. ``client.webhooks.unwrap(body, headers)`` verifies a delivery's signature and returns one of these (or ``UnknownWebhookEvent`` for event types this version does not know)."""

from __future__ import annotations

from typing import Literal, TypeAlias

from ._runtime._models import APIModel as _APIModel
from .types.thing_created_event import ThingCreatedEvent

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "TYPE_FIELDS",
    "TYPE_HEADER",
    "ThingCreatedWebhook",
    "WebhookEvent",
]

SIGNATURE_HEADER = "X-Features-Signature"
"""Header carrying the HMAC-SHA256 signature (hex) of the raw body."""

TYPE_HEADER = ""
"""Header naming the event type on each delivery ("" when the API declares none)."""

TYPE_FIELDS = ("type", "event", "event_type", "eventType")
"""Body fields that may carry the event type when the header is absent."""


class ThingCreatedWebhook(_APIModel):
    type: Literal["thing.created"]
    data: ThingCreatedEvent


WebhookEvent: TypeAlias = ThingCreatedWebhook
"""Every event type this client knows."""

EVENT_TYPES: dict[str, type[_APIModel]] = {
    "thing.created": ThingCreatedWebhook,
}
