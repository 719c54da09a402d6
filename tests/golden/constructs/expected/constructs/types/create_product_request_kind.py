"""The ``CreateProductRequestKind`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["CreateProductRequestKind"]


class CreateProductRequestKind(_OpenStrEnum):
    DIGITAL = "digital"
    PHYSICAL = "physical"
