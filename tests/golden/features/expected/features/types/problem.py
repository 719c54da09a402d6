"""The ``Problem`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["Problem"]


class Problem(_APIModel):
    title: str | None = None
    detail: str | None = None
