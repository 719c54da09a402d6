"""The ``HealthResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["HealthResponse"]


class HealthResponse(_APIModel):
    ok: bool | None = None
