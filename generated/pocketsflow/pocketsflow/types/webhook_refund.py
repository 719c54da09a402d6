"""The ``WebhookRefund`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["WebhookRefund"]


class WebhookRefund(_APIModel):
    id: str | None = None
    amount: float | None = None
    reason: str | None = None
    status: str | None = None
