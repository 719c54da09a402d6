"""The ``MessageResponse`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["MessageResponse"]


class MessageResponse(_APIModel):
    """Simple acknowledgement returned by delete/cancel/refund/test operations (SDK return type `{ message: string }`)."""

    message: str
