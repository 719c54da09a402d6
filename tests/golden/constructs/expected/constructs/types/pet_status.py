"""The ``PetStatus`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["PetStatus"]


class PetStatus(_OpenStrEnum):
    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"
