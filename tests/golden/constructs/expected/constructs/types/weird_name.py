"""The ``WeirdName`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["WeirdName"]


WeirdName: TypeAlias = float
