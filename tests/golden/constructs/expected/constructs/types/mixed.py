"""The ``Mixed`` model."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Mixed"]


Mixed: TypeAlias = Literal[1, "a", True] | bool | int | str
