"""The ``OrderEventPayloadProduct`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["OrderEventPayloadProduct"]


class OrderEventPayloadProduct(_APIModel):
    id: str | None = None
    variant_id: str | None = Field(default=None, alias="variantId")
    """Variant purchased, or null."""
