"""The ``OrderCustomer`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["OrderCustomer"]


class OrderCustomer(_APIModel):
    id: str | None = Field(default=None, alias="_id")
    buyer_email: str | None = Field(default=None, alias="buyerEmail")
