"""The ``UploadRequestMeta`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["UploadRequestMeta"]


class UploadRequestMeta(_APIModel):
    x: str | None = None
