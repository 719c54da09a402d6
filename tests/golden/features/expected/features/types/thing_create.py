"""The ``ThingCreate`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .color import Color

__all__ = ["ThingCreate"]


class ThingCreate(_APIModel):
    name: str
    """Display name; "quotes" and \\backslashes\\ are fine."""

    color: Color | None = None
    size: int | None = None
    class_: str | None = Field(default=None, alias="class")
    """A keyword as a property name."""

    timeout: float | None = None
    """A per-call option name as a body field."""
