"""The ``Closed`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["Closed"]


class Closed(_APIModel):
    pass
