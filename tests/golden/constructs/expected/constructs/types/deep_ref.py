"""The ``DeepRef`` model."""

from __future__ import annotations

from typing import TypeAlias

from .pet_address import PetAddress

__all__ = ["DeepRef"]


DeepRef: TypeAlias = PetAddress
