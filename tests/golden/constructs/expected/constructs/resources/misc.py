"""Operations on misc."""

from __future__ import annotations

from typing import overload

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, FileTypes, NoneType, NotGiven
from ..types.multi_status_response200 import MultiStatusResponse200
from ..types.upload_request import UploadRequest
from ..types.upload_request_meta import UploadRequestMeta

__all__ = [
    "AsyncMiscResource",
    "AsyncMiscResourceWithRawResponse",
    "MiscResource",
    "MiscResourceWithRawResponse",
]


class MiscResource(SyncResource):
    """Operations on misc."""

    __slots__ = ()

    def multi_status(
        self,
        **options: Unpack[CallOptions],
    ) -> MultiStatusResponse200:
        """``POST /multi``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/multi",
                **options,
            ),
            cast_to=MultiStatusResponse200,
        )

    @overload
    def upload_file(
        self,
        *,
        file: FileTypes | NotGiven = NOT_GIVEN,
        meta: UploadRequestMeta | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None: ...

    @overload
    def upload_file(
        self,
        *,
        body: UploadRequest,
        **options: Unpack[CallOptions],
    ) -> None: ...

    def upload_file(
        self,
        *,
        body: UploadRequest | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        meta: UploadRequestMeta | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """Args:
            body: the whole request body as a ``UploadRequest`` instead of the arguments above

        ``POST /upload``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/upload",
                body=_merge_body(body, {"file": file, "meta": meta}),
                body_type="multipart",
                security=(
                    (
                        "apiKeyHeader",
                        "basic",
                    ),
                    ("oauth",),
                ),
                **options,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /misc/list``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/misc/list",
                **options,
            ),
            cast_to=NoneType,
        )


class AsyncMiscResource(AsyncResource):
    """Operations on misc."""

    __slots__ = ()

    async def multi_status(
        self,
        **options: Unpack[CallOptions],
    ) -> MultiStatusResponse200:
        """``POST /multi``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/multi",
                **options,
            ),
            cast_to=MultiStatusResponse200,
        )

    @overload
    async def upload_file(
        self,
        *,
        file: FileTypes | NotGiven = NOT_GIVEN,
        meta: UploadRequestMeta | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None: ...

    @overload
    async def upload_file(
        self,
        *,
        body: UploadRequest,
        **options: Unpack[CallOptions],
    ) -> None: ...

    async def upload_file(
        self,
        *,
        body: UploadRequest | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        meta: UploadRequestMeta | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """Args:
            body: the whole request body as a ``UploadRequest`` instead of the arguments above

        ``POST /upload``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/upload",
                body=_merge_body(body, {"file": file, "meta": meta}),
                body_type="multipart",
                security=(
                    (
                        "apiKeyHeader",
                        "basic",
                    ),
                    ("oauth",),
                ),
                **options,
            ),
            cast_to=NoneType,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /misc/list``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/misc/list",
                **options,
            ),
            cast_to=NoneType,
        )


class MiscResourceWithRawResponse:
    """The operations of ``MiscResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: MiscResource) -> None:
        self.multi_status = to_raw_response_wrapper(resource.multi_status)
        self.upload_file = to_raw_response_wrapper(resource.upload_file)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncMiscResourceWithRawResponse:
    """The operations of ``AsyncMiscResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncMiscResource) -> None:
        self.multi_status = async_to_raw_response_wrapper(resource.multi_status)
        self.upload_file = async_to_raw_response_wrapper(resource.upload_file)
        self.list = async_to_raw_response_wrapper(resource.list)
