"""Upload and manage media assets. No endpoint is documented; all paths are guesses."""

from __future__ import annotations

from typing import Any, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, FileTypes, NotGiven
from ..types.image import Image
from ..types.image_upload_request import ImageUploadRequest
from ..types.message_response import MessageResponse

__all__ = [
    "AsyncImagesResource",
    "AsyncImagesResourceWithRawResponse",
    "ImagesResource",
    "ImagesResourceWithRawResponse",
]


class ImagesResource(SyncResource):
    """Upload and manage media assets. No endpoint is documented; all paths are guesses."""

    __slots__ = ()

    @overload
    def upload(
        self,
        *,
        file: FileTypes,
        **options: Unpack[CallOptions],
    ) -> Image: ...

    @overload
    def upload(
        self,
        *,
        body: ImageUploadRequest,
        **options: Unpack[CallOptions],
    ) -> Image: ...

    def upload(
        self,
        *,
        body: ImageUploadRequest | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Image:
        """Upload an image.

        UNDOCUMENTED path; multipart upload with a `file` field.

        Args:
            file: The image file (JPG/PNG/GIF/WebP).
            body: the whole request body as a ``ImageUploadRequest`` instead of the arguments above

        ``POST /images``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/images",
                body=_merge_body(body, {"file": file}, ("file",)),
                body_type="multipart",
                **options,
            ),
            cast_to=Image,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete an image.

        UNDOCUMENTED path.

        Args:
            id: Image ID.

        ``DELETE /images/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/images/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Image]:
        """List images.

        UNDOCUMENTED path, guessed from 'Upload and manage media assets'.

        ``GET /images``"""
        return _cast(
            list[Image],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/images",
                    **options,
                ),
                cast_to=_cast(Any, list[Image]),
            ),
        )


class AsyncImagesResource(AsyncResource):
    """Upload and manage media assets. No endpoint is documented; all paths are guesses."""

    __slots__ = ()

    @overload
    async def upload(
        self,
        *,
        file: FileTypes,
        **options: Unpack[CallOptions],
    ) -> Image: ...

    @overload
    async def upload(
        self,
        *,
        body: ImageUploadRequest,
        **options: Unpack[CallOptions],
    ) -> Image: ...

    async def upload(
        self,
        *,
        body: ImageUploadRequest | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Image:
        """Upload an image.

        UNDOCUMENTED path; multipart upload with a `file` field.

        Args:
            file: The image file (JPG/PNG/GIF/WebP).
            body: the whole request body as a ``ImageUploadRequest`` instead of the arguments above

        ``POST /images``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/images",
                body=_merge_body(body, {"file": file}, ("file",)),
                body_type="multipart",
                **options,
            ),
            cast_to=Image,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete an image.

        UNDOCUMENTED path.

        Args:
            id: Image ID.

        ``DELETE /images/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/images/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Image]:
        """List images.

        UNDOCUMENTED path, guessed from 'Upload and manage media assets'.

        ``GET /images``"""
        return _cast(
            list[Image],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/images",
                    **options,
                ),
                cast_to=_cast(Any, list[Image]),
            ),
        )


class ImagesResourceWithRawResponse:
    """The operations of ``ImagesResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ImagesResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncImagesResourceWithRawResponse:
    """The operations of ``AsyncImagesResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
