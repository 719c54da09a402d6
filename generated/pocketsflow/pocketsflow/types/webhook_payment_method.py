"""The ``WebhookPaymentMethod`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["WebhookPaymentMethod"]


class WebhookPaymentMethod(_APIModel):
    id: str | None = None
    type: str | None = None
    brand: str | None = None
    last4: str | None = None
    exp_month: int | None = Field(default=None, alias="expMonth")
    exp_year: int | None = Field(default=None, alias="expYear")
