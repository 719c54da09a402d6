"""The ``CreateRefundRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateRefundRequest"]


class CreateRefundRequest(_APIModel):
    order_id: str = Field(alias="orderId")
    amount: float | None = None
    """Amount to refund; omit for a full refund."""

    reason: str | None = None
