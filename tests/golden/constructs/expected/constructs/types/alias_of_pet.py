"""The ``AliasOfPet`` model."""

from __future__ import annotations

from typing import TypeAlias

from .pet import Pet

__all__ = ["AliasOfPet"]


AliasOfPet: TypeAlias = Pet
