"""The ``Error`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["Error"]


class Error(_APIModel):
    """Error body returned with any non-2xx status. Documented pieces: the official Node SDK reads `message` (falling back to `error`) and `code` from error bodies, and the Send-email page names the error code `EMAIL_SENDER_NOT_VERIFIED`. `statusCode` is a guess."""

    message: str | None = None
    """Human-readable error message."""

    error: str | None = None
    """Alternative/short error text; the SDK uses it when `message` is absent."""

    code: str | None = None
    """Machine-readable error code, when available."""

    status_code: int | None = Field(default=None, alias="statusCode")
    """HTTP status echoed in the body (guess)."""
