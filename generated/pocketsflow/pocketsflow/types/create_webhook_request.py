"""The ``CreateWebhookRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .webhook_event_type import WebhookEventType

__all__ = ["CreateWebhookRequest"]


class CreateWebhookRequest(_APIModel):
    url: str
    """Endpoint URL; must be HTTPS and publicly reachable."""

    events: list[WebhookEventType]
    description: str | None = None
    active: bool | None = Field(default=True)
