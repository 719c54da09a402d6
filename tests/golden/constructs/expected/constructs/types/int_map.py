"""The ``IntMap`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["IntMap"]


IntMap: TypeAlias = dict[str, int]
