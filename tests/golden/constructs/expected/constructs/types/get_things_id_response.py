"""The ``GetThingsIdResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["GetThingsIdResponse"]


class GetThingsIdResponse(_APIModel):
    a: str | None = None
