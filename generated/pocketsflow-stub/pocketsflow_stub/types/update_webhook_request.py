"""The ``UpdateWebhookRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .webhook_event_type import WebhookEventType

__all__ = ["UpdateWebhookRequest"]


class UpdateWebhookRequest(_APIModel):
    url: str | None = None
    events: list[WebhookEventType] | None = None
    description: str | None = None
    active: bool | None = None
