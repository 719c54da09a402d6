"""Operations on logs."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._pagination import AsyncPaginator, Pagination, SyncPage
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper

__all__ = [
    "AsyncLogsResource",
    "AsyncLogsResourceWithRawResponse",
    "LogsResource",
    "LogsResourceWithRawResponse",
]

_LIST_PAGINATION = Pagination(style="link", items_path=())


class LogsResource(SyncResource):
    """Operations on logs."""

    __slots__ = ()

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> SyncPage[str]:
        """``GET /logs``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/logs",
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=str,
        )


class AsyncLogsResource(AsyncResource):
    """Operations on logs."""

    __slots__ = ()

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[str]:
        """``GET /logs``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/logs",
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=str,
        )


class LogsResourceWithRawResponse:
    """The operations of ``LogsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: LogsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncLogsResourceWithRawResponse:
    """The operations of ``AsyncLogsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncLogsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
