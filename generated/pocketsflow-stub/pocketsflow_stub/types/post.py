"""The ``Post`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Post"]


class Post(_APIModel):
    """A newsletter post. Documented: every API send is recorded as a sent post marked `source: api`, with delivery events and usage tracking. All other fields are guesses."""

    id: str = Field(alias="_id")
    source: str | None = None
    """Where the post was created; API sends are marked `api`."""

    status: str | None = None
    """`sent` for API sends."""

    subject: str | None = None
    html: str | None = None
    text: str | None = None
    preview: str | None = None
    recipients: list[str] | None = None
    created_at: datetime | None = Field(default=None, alias="createdAt")
    sent_at: datetime | None = Field(default=None, alias="sentAt")
