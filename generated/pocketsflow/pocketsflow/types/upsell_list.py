"""The ``UpsellList`` model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .upsell import Upsell

__all__ = ["UpsellList"]


class UpsellList(_APIModel):
    """Response of `GET /upsells` (note: an object, not a bare array)."""

    upsells: list[Upsell]
    sales_with_upsells: list[dict[str, Any]] | None = Field(default=None, alias="salesWithUpsells")
    """Sales that included an upsell (untyped in the SDK)."""
