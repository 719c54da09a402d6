"""The ``images`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from ..types.image import Image
from ..types.message_response import MessageResponse

__all__ = ["ImagesService"]

_ListImage: TypeAlias = list[Image]


class ImagesService:
    """Operations of the ``images`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'images': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> _ListImage:
        """List images

        UNDOCUMENTED path, guessed from 'Upload and manage media assets'.

        ``GET /images`` (operation ``listImages``)."""
        result: _ListImage = _example("listImages", _ListImage)
        return result

    def upload(self, body: bytes) -> Image:
        """Upload an image

        UNDOCUMENTED path; multipart upload with a `file` field.

        ``POST /images`` (operation ``uploadImage``)."""
        result: Image = _example("uploadImage", Image)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete an image

        UNDOCUMENTED path.

        ``DELETE /images/{id}`` (operation ``deleteImage``)."""
        result: MessageResponse = _example("deleteImage", MessageResponse)
        return result
