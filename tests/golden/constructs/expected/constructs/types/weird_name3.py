"""The ``WeirdName3`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["WeirdName3"]


WeirdName3: TypeAlias = bool
