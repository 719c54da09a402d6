"""The ``ListProductsSort`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["ListProductsSort"]


class ListProductsSort(_OpenStrEnum):
    NAME = "name"
    MINUS_CREATED = "-created"
