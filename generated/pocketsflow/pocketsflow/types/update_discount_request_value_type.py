"""The ``UpdateDiscountRequestValueType`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["UpdateDiscountRequestValueType"]


class UpdateDiscountRequestValueType(_OpenStrEnum):
    PERCENTAGE = "percentage"
    FIXED = "fixed"
