"""The ``PrimitiveUnion`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["PrimitiveUnion"]


PrimitiveUnion: TypeAlias = str | int
