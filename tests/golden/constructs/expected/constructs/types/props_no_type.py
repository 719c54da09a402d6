"""The ``PropsNoType`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["PropsNoType"]


class PropsNoType(_APIModel):
    a: str | None = None
