"""The ``NotFoundResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["NotFoundResponse"]


class NotFoundResponse(_APIModel):
    message: str | None = None
