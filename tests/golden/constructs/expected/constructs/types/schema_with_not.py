"""The ``SchemaWithNot`` model."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["SchemaWithNot"]


SchemaWithNot: TypeAlias = Any
