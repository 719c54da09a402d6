"""The ``LinkInBioLink`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["LinkInBioLink"]


class LinkInBioLink(_APIModel):
    title: str | None = None
    url: str
