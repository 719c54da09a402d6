"""The ``Refund`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .refund_status import RefundStatus

__all__ = ["Refund"]


class Refund(_APIModel):
    id: str = Field(alias="_id")
    order_id: str = Field(alias="orderId")
    amount: float
    reason: str | None = None
    status: RefundStatus
    created_at: datetime | None = Field(default=None, alias="createdAt")
