"""The ``WebhookTax`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["WebhookTax"]


class WebhookTax(_APIModel):
    """Tax block of order webhooks. Note the capitalised `To*` keys."""

    amount: float | None = None
    rate: float | None = None
    to_country: str | None = Field(default=None, alias="ToCountry")
    to_zip: str | None = Field(default=None, alias="ToZip")
    to_state: str | None = Field(default=None, alias="ToState")
    percentage: float | None = None
    vat_number: str | None = Field(default=None, alias="vatNumber")
