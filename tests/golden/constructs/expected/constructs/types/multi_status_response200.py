"""The ``MultiStatusResponse200`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["MultiStatusResponse200"]


class MultiStatusResponse200(_APIModel):
    a: str | None = None
