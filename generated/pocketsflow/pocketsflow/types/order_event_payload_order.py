"""The ``OrderEventPayloadOrder`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["OrderEventPayloadOrder"]


class OrderEventPayloadOrder(_APIModel):
    id: str | None = None
