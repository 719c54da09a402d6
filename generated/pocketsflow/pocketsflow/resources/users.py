"""The authenticated account and its settings."""

from __future__ import annotations

from typing import overload

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.update_user_request import UpdateUserRequest
from ..types.user import User

__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
]


class UsersResource(SyncResource):
    """The authenticated account and its settings."""

    __slots__ = ()

    def me(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """Get current user.

        ``GET /users/me``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/users/me",
                **options,
            ),
            cast_to=User,
        )

    @overload
    def update(
        self,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        subdomain: str | NotGiven = NOT_GIVEN,
        contact_email: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> User: ...

    @overload
    def update(
        self,
        *,
        body: UpdateUserRequest,
        **options: Unpack[CallOptions],
    ) -> User: ...

    def update(
        self,
        *,
        body: UpdateUserRequest | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        subdomain: str | NotGiven = NOT_GIVEN,
        contact_email: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> User:
        """Update user settings.

        Args:
            body: the whole request body as a ``UpdateUserRequest`` instead of the arguments above

        ``POST /users/update``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/users/update",
                body=_merge_body(
                    body,
                    {
                        "firstName": first_name,
                        "lastName": last_name,
                        "currency": currency,
                        "country": country,
                        "subdomain": subdomain,
                        "contactEmail": contact_email,
                    },
                ),
                **options,
            ),
            cast_to=User,
        )


class AsyncUsersResource(AsyncResource):
    """The authenticated account and its settings."""

    __slots__ = ()

    async def me(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """Get current user.

        ``GET /users/me``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/users/me",
                **options,
            ),
            cast_to=User,
        )

    @overload
    async def update(
        self,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        subdomain: str | NotGiven = NOT_GIVEN,
        contact_email: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> User: ...

    @overload
    async def update(
        self,
        *,
        body: UpdateUserRequest,
        **options: Unpack[CallOptions],
    ) -> User: ...

    async def update(
        self,
        *,
        body: UpdateUserRequest | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        subdomain: str | NotGiven = NOT_GIVEN,
        contact_email: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> User:
        """Update user settings.

        Args:
            body: the whole request body as a ``UpdateUserRequest`` instead of the arguments above

        ``POST /users/update``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/users/update",
                body=_merge_body(
                    body,
                    {
                        "firstName": first_name,
                        "lastName": last_name,
                        "currency": currency,
                        "country": country,
                        "subdomain": subdomain,
                        "contactEmail": contact_email,
                    },
                ),
                **options,
            ),
            cast_to=User,
        )


class UsersResourceWithRawResponse:
    """The operations of ``UsersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: UsersResource) -> None:
        self.me = to_raw_response_wrapper(resource.me)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncUsersResourceWithRawResponse:
    """The operations of ``AsyncUsersResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.me = async_to_raw_response_wrapper(resource.me)
        self.update = async_to_raw_response_wrapper(resource.update)
