"""The ``Schema`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["Schema"]


Schema: TypeAlias = str
