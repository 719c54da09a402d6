"""The ``Ratio`` model."""

from __future__ import annotations

from .._runtime._wire import OpenFloatEnum as _OpenFloatEnum

__all__ = ["Ratio"]


class Ratio(_OpenFloatEnum):
    VALUE_1_5 = 1.5
    VALUE_2_5 = 2.5
