"""The ``SendEmailRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["SendEmailRequest"]


class SendEmailRequest(_APIModel):
    """Body for `POST /newsletters/send`. `html` is required unless `text` is provided."""

    to: str | list[str]
    """A recipient email address, or an array of 1–100 addresses."""

    subject: str
    """Email subject line."""

    html: str | None = None
    """HTML body of the email. Required unless `text` is provided."""

    text: str | None = None
    """Plain-text body. If `html` is omitted, a simple HTML body is generated from it."""

    from_name: str | None = Field(default=None, alias="fromName")
    """Sender display name. Defaults to your newsletter settings' default from name."""

    reply_to: str | None = Field(default=None, alias="replyTo")
    """Reply-to address. Defaults to your configured reply-to (or sender) email."""

    preview: str | None = None
    """Inbox preview text."""
