"""The ``Status`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["Status"]


class Status(_OpenStrEnum):
    """Work status."""

    IN_PROGRESS = "in-progress"
    VALUE_1 = "1"
    EMPTY = ""
    DONE = "done"
    IN_PROGRESS_2 = "in_progress"
