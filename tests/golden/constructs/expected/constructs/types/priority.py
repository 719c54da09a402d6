"""The ``Priority`` model."""

from __future__ import annotations

from .._runtime._wire import OpenIntEnum as _OpenIntEnum

__all__ = ["Priority"]


class Priority(_OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
