"""The ``Fixed`` model."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Fixed"]


Fixed: TypeAlias = Literal["fixed"]
