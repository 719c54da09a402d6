"""The ``WeirdName4`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["WeirdName4"]


WeirdName4: TypeAlias = int
