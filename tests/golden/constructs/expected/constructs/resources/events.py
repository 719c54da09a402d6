"""Operations on events."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._pagination import AsyncPaginator, Pagination, SyncPage
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.list_events_response import ListEventsResponse

__all__ = [
    "AsyncEventsResource",
    "AsyncEventsResourceWithRawResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
]

_LIST_PAGINATION = Pagination(
    style="cursor",
    items_path=("data",),
    page_param="starting_after",
    size_param="limit",
    next_cursor_path=("next_cursor",),
    has_more_path=("has_more",),
)


class EventsResource(SyncResource):
    """Operations on events."""

    __slots__ = ()

    def list(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SyncPage[str]:
        """``GET /events``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/events",
                query=[QueryParam("starting_after", starting_after), QueryParam("limit", limit)],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=str,
            model_type=ListEventsResponse,
        )


class AsyncEventsResource(AsyncResource):
    """Operations on events."""

    __slots__ = ()

    def list(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[str]:
        """``GET /events``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/events",
                query=[QueryParam("starting_after", starting_after), QueryParam("limit", limit)],
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=str,
            model_type=ListEventsResponse,
        )


class EventsResourceWithRawResponse:
    """The operations of ``EventsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: EventsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncEventsResourceWithRawResponse:
    """The operations of ``AsyncEventsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
