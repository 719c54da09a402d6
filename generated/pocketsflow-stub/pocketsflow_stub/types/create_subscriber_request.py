"""The ``CreateSubscriberRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateSubscriberRequest"]


class CreateSubscriberRequest(_APIModel):
    email: str
    name: str | None = None
