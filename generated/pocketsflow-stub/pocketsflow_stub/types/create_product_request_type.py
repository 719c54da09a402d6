"""The ``CreateProductRequestType`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["CreateProductRequestType"]


class CreateProductRequestType(_OpenStrEnum):
    """Product type"""

    ONE_TIME = "one-time"
    SUBSCRIPTION = "subscription"
