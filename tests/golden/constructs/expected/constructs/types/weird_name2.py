"""The ``WeirdName2`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["WeirdName2"]


WeirdName2: TypeAlias = str
