"""The ``UploadThingPhotoRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["UploadThingPhotoRequest"]


class UploadThingPhotoRequest(_APIModel):
    file: bytes
    caption: str | None = None
