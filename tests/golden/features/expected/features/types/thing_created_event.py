"""The ``ThingCreatedEvent`` model."""

from __future__ import annotations

from typing import Literal

from .._runtime._models import APIModel as _APIModel
from .thing import Thing

__all__ = ["ThingCreatedEvent"]


class ThingCreatedEvent(_APIModel):
    type: Literal["thing.created"]
    thing: Thing
