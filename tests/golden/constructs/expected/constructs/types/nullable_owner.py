"""The ``NullableOwner`` model."""

from __future__ import annotations

from typing import TypeAlias

from .owner import Owner

__all__ = ["NullableOwner"]


NullableOwner: TypeAlias = Owner | None
