"""The ``Subscriber`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Subscriber"]


class Subscriber(_APIModel):
    """A newsletter subscriber. The docs only name the area ('manage subscribers'); every field is a guess."""

    id: str = Field(alias="_id")
    email: str
    name: str | None = None
    status: str | None = None
    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
