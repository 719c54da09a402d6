"""The ``GetThingsIdResponseXml`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["GetThingsIdResponseXml"]


class GetThingsIdResponseXml(_APIModel):
    b: str | None = None
