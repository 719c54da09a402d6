"""The ``CreateDiscountRequestValueType`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["CreateDiscountRequestValueType"]


class CreateDiscountRequestValueType(_OpenStrEnum):
    PERCENTAGE = "percentage"
    FIXED = "fixed"
