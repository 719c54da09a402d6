"""The ``MultiStatusResponseDefault`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["MultiStatusResponseDefault"]


class MultiStatusResponseDefault(_APIModel):
    message: str | None = None
