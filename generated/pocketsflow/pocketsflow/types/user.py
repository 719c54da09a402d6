"""The ``User`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["User"]


class User(_APIModel):
    """The authenticated seller account (user settings)."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    """Auth provider (Auth0) user ID."""

    email: str
    name: str | None = None
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    subdomain: str | None = None
    """Storefront subdomain, e.g. `acme` in `acme.pocketsflow.com`."""

    currency: str | None = None
    country: str | None = None
    test_mode: bool | None = Field(default=None, alias="testMode")
    has_sales: bool | None = Field(default=None, alias="hasSales")
    created_first_product: bool | None = Field(default=None, alias="createdFirstProduct")
