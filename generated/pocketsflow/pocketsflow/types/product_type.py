"""The ``ProductType`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["ProductType"]


class ProductType(_OpenStrEnum):
    ONE_TIME = "one-time"
    SUBSCRIPTION = "subscription"
