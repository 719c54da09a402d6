"""The ``Image`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Image"]


class Image(_APIModel):
    """An uploaded media asset. The docs only name the area ('upload and manage media assets'); every field is a guess."""

    id: str | None = Field(default=None, alias="_id")
    url: str
    name: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    size: int | None = None
    created_at: datetime | None = Field(default=None, alias="createdAt")
