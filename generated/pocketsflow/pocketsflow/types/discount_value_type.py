"""The ``DiscountValueType`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["DiscountValueType"]


class DiscountValueType(_OpenStrEnum):
    PERCENTAGE = "percentage"
    FIXED = "fixed"
