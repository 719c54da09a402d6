"""The ``ImageUploadRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["ImageUploadRequest"]


class ImageUploadRequest(_APIModel):
    file: bytes
    """The image file (JPG/PNG/GIF/WebP)."""
