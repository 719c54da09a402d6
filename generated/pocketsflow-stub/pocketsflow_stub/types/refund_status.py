"""The ``RefundStatus`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["RefundStatus"]


class RefundStatus(_OpenStrEnum):
    PENDING = "pending"
    COMPLETED = "completed"
    FAILED = "failed"
