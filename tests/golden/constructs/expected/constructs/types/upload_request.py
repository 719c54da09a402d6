"""The ``UploadRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .upload_request_meta import UploadRequestMeta

__all__ = ["UploadRequest"]


class UploadRequest(_APIModel):
    file: bytes | None = None
    meta: UploadRequestMeta | None = None
