"""The ``StringList`` model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["StringList"]


StringList: TypeAlias = list[str]
