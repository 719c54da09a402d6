"""The ``PetAddress`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["PetAddress"]


class PetAddress(_APIModel):
    street: str | None = None
