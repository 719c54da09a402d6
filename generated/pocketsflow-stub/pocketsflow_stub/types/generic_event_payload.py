"""The ``GenericEventPayload`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["GenericEventPayload"]


class GenericEventPayload(_APIModel):
    """Events whose payload the docs do not show. Only `webhookId` is known to be injected into every body."""

    webhook_id: str | None = Field(default=None, alias="webhookId")
