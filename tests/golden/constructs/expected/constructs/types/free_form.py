"""The ``FreeForm`` model."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["FreeForm"]


FreeForm: TypeAlias = dict[str, Any]
