"""The ``UpdateUserRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["UpdateUserRequest"]


class UpdateUserRequest(_APIModel):
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    currency: str | None = None
    country: str | None = None
    subdomain: str | None = None
    contact_email: str | None = Field(default=None, alias="contactEmail")
