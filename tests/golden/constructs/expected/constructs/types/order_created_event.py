"""The ``OrderCreatedEvent`` model."""

from __future__ import annotations

from typing import Literal

from .._runtime._models import APIModel as _APIModel
from .pet import Pet

__all__ = ["OrderCreatedEvent"]


class OrderCreatedEvent(_APIModel):
    type: Literal["order_created"]
    order: Pet | None = None
