"""The ``Webhook`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .webhook_event_type import WebhookEventType

__all__ = ["Webhook"]


class Webhook(_APIModel):
    """A registered webhook endpoint."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    url: str
    """HTTPS endpoint URL."""

    events: list[WebhookEventType]
    description: str | None = None
    active: bool | None = None
    secret: str | None = None
    """Signing secret (`whsec_...`). Shown only once, at creation."""

    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
