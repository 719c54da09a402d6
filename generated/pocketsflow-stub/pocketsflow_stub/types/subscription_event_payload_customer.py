"""The ``SubscriptionEventPayloadCustomer`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["SubscriptionEventPayloadCustomer"]


class SubscriptionEventPayloadCustomer(_APIModel):
    email: str | None = None
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
