"""The ``OneValue`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["OneValue"]


class OneValue(_OpenStrEnum):
    LONELY = "lonely"
