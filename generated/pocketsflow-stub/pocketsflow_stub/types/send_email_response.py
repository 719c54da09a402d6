"""The ``SendEmailResponse`` model."""

from __future__ import annotations

from typing import Literal

from .._runtime._models import APIModel as _APIModel

__all__ = ["SendEmailResponse"]


class SendEmailResponse(_APIModel):
    id: str
    """ID of the email post recorded for this send."""

    accepted: list[str]
    """The recipients the email was successfully sent to."""

    status: Literal["sent"]
    """Always "sent" on success."""
