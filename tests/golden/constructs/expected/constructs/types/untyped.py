"""The ``Untyped`` model."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["Untyped"]


Untyped: TypeAlias = Any
