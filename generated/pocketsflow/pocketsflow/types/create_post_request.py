"""The ``CreatePostRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreatePostRequest"]


class CreatePostRequest(_APIModel):
    """Guessed body for creating a newsletter post."""

    subject: str
    html: str | None = None
    text: str | None = None
    preview: str | None = None
