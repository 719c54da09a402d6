"""Newsletter subscribers (Posts & Subscribers). No endpoint is documented; all paths are guesses."""

from __future__ import annotations

from typing import Any, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_subscriber_request import CreateSubscriberRequest
from ..types.message_response import MessageResponse
from ..types.subscriber import Subscriber

__all__ = [
    "AsyncSubscribersResource",
    "AsyncSubscribersResourceWithRawResponse",
    "SubscribersResource",
    "SubscribersResourceWithRawResponse",
]


class SubscribersResource(SyncResource):
    """Newsletter subscribers (Posts & Subscribers). No endpoint is documented; all paths are guesses."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        email: str,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Subscriber: ...

    @overload
    def create(
        self,
        *,
        body: CreateSubscriberRequest,
        **options: Unpack[CallOptions],
    ) -> Subscriber: ...

    def create(
        self,
        *,
        body: CreateSubscriberRequest | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Subscriber:
        """Add a newsletter subscriber.

        UNDOCUMENTED path.

        Args:
            body: the whole request body as a ``CreateSubscriberRequest`` instead of the arguments above

        ``POST /subscribers``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/subscribers",
                body=_merge_body(body, {"email": email, "name": name}, ("email",)),
                **options,
            ),
            cast_to=Subscriber,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Remove a newsletter subscriber.

        UNDOCUMENTED path.

        Args:
            id: Subscriber ID.

        ``DELETE /subscribers/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/subscribers/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Subscriber]:
        """List newsletter subscribers.

        UNDOCUMENTED path, guessed from 'manage subscribers'.

        Args:
            page: Page number (default: 1)
            page_size: Items per page (default: 20)

        ``GET /subscribers``"""
        return _cast(
            list[Subscriber],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/subscribers",
                    query=[QueryParam("page", page), QueryParam("pageSize", page_size)],
                    **options,
                ),
                cast_to=_cast(Any, list[Subscriber]),
            ),
        )


class AsyncSubscribersResource(AsyncResource):
    """Newsletter subscribers (Posts & Subscribers). No endpoint is documented; all paths are guesses."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        email: str,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Subscriber: ...

    @overload
    async def create(
        self,
        *,
        body: CreateSubscriberRequest,
        **options: Unpack[CallOptions],
    ) -> Subscriber: ...

    async def create(
        self,
        *,
        body: CreateSubscriberRequest | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Subscriber:
        """Add a newsletter subscriber.

        UNDOCUMENTED path.

        Args:
            body: the whole request body as a ``CreateSubscriberRequest`` instead of the arguments above

        ``POST /subscribers``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/subscribers",
                body=_merge_body(body, {"email": email, "name": name}, ("email",)),
                **options,
            ),
            cast_to=Subscriber,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Remove a newsletter subscriber.

        UNDOCUMENTED path.

        Args:
            id: Subscriber ID.

        ``DELETE /subscribers/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/subscribers/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Subscriber]:
        """List newsletter subscribers.

        UNDOCUMENTED path, guessed from 'manage subscribers'.

        Args:
            page: Page number (default: 1)
            page_size: Items per page (default: 20)

        ``GET /subscribers``"""
        return _cast(
            list[Subscriber],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/subscribers",
                    query=[QueryParam("page", page), QueryParam("pageSize", page_size)],
                    **options,
                ),
                cast_to=_cast(Any, list[Subscriber]),
            ),
        )


class SubscribersResourceWithRawResponse:
    """The operations of ``SubscribersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: SubscribersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncSubscribersResourceWithRawResponse:
    """The operations of ``AsyncSubscribersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncSubscribersResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
