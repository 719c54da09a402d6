"""The ``BaseModelSchema`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["BaseModelSchema"]


class BaseModelSchema(_APIModel):
    x: str | None = None
