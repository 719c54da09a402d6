"""Operations on things."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..types.get_things_id_response import GetThingsIdResponse

__all__ = [
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
]


class ThingsResource(SyncResource):
    """Operations on things."""

    __slots__ = ()

    def get_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> GetThingsIdResponse:
        """``GET /things/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/things/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=GetThingsIdResponse,
        )


class AsyncThingsResource(AsyncResource):
    """Operations on things."""

    __slots__ = ()

    async def get_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> GetThingsIdResponse:
        """``GET /things/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/things/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=GetThingsIdResponse,
        )


class ThingsResourceWithRawResponse:
    """The operations of ``ThingsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ThingsResource) -> None:
        self.get_id = to_raw_response_wrapper(resource.get_id)


class AsyncThingsResourceWithRawResponse:
    """The operations of ``AsyncThingsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.get_id = async_to_raw_response_wrapper(resource.get_id)
