"""The ``ListOrdersResponseOrdersItem`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["ListOrdersResponseOrdersItem"]


class ListOrdersResponseOrdersItem(_APIModel):
    id: str | None = None
