"""The ``PetNullableEnum`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["PetNullableEnum"]


class PetNullableEnum(_OpenStrEnum):
    A = "a"
    B = "b"
