"""One operation per security scheme."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NoneType
from ..types.health_response import HealthResponse

__all__ = [
    "AsyncAuthVariantsResource",
    "AsyncAuthVariantsResourceWithRawResponse",
    "AuthVariantsResource",
    "AuthVariantsResourceWithRawResponse",
]


class AuthVariantsResource(SyncResource):
    """One operation per security scheme."""

    __slots__ = ()

    def whoami_basic(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/basic``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/auth/basic",
                security=(("basic",),),
                **options,
            ),
            cast_to=NoneType,
        )

    def whoami_cookie_key(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/cookie-key``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/auth/cookie-key",
                security=(("cookieKey",),),
                **options,
            ),
            cast_to=NoneType,
        )

    def whoami_header_key(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/header-key``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/auth/header-key",
                security=(("headerKey",),),
                **options,
            ),
            cast_to=NoneType,
        )

    def whoami_oauth(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/oauth``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/auth/oauth",
                security=(
                    ("oauth",),
                    ("bearer",),
                ),
                **options,
            ),
            cast_to=NoneType,
        )

    def whoami_query_key(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/query-key``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/auth/query-key",
                security=(("queryKey",),),
                **options,
            ),
            cast_to=NoneType,
        )

    def health(
        self,
        **options: Unpack[CallOptions],
    ) -> HealthResponse:
        """``GET /health``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/health",
                security=(),
                **options,
            ),
            cast_to=HealthResponse,
        )


class AsyncAuthVariantsResource(AsyncResource):
    """One operation per security scheme."""

    __slots__ = ()

    async def whoami_basic(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/basic``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/auth/basic",
                security=(("basic",),),
                **options,
            ),
            cast_to=NoneType,
        )

    async def whoami_cookie_key(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/cookie-key``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/auth/cookie-key",
                security=(("cookieKey",),),
                **options,
            ),
            cast_to=NoneType,
        )

    async def whoami_header_key(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/header-key``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/auth/header-key",
                security=(("headerKey",),),
                **options,
            ),
            cast_to=NoneType,
        )

    async def whoami_oauth(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/oauth``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/auth/oauth",
                security=(
                    ("oauth",),
                    ("bearer",),
                ),
                **options,
            ),
            cast_to=NoneType,
        )

    async def whoami_query_key(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``GET /auth/query-key``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/auth/query-key",
                security=(("queryKey",),),
                **options,
            ),
            cast_to=NoneType,
        )

    async def health(
        self,
        **options: Unpack[CallOptions],
    ) -> HealthResponse:
        """``GET /health``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/health",
                security=(),
                **options,
            ),
            cast_to=HealthResponse,
        )


class AuthVariantsResourceWithRawResponse:
    """The operations of ``AuthVariantsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AuthVariantsResource) -> None:
        self.whoami_basic = to_raw_response_wrapper(resource.whoami_basic)
        self.whoami_cookie_key = to_raw_response_wrapper(resource.whoami_cookie_key)
        self.whoami_header_key = to_raw_response_wrapper(resource.whoami_header_key)
        self.whoami_oauth = to_raw_response_wrapper(resource.whoami_oauth)
        self.whoami_query_key = to_raw_response_wrapper(resource.whoami_query_key)
        self.health = to_raw_response_wrapper(resource.health)


class AsyncAuthVariantsResourceWithRawResponse:
    """The operations of ``AsyncAuthVariantsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncAuthVariantsResource) -> None:
        self.whoami_basic = async_to_raw_response_wrapper(resource.whoami_basic)
        self.whoami_cookie_key = async_to_raw_response_wrapper(resource.whoami_cookie_key)
        self.whoami_header_key = async_to_raw_response_wrapper(resource.whoami_header_key)
        self.whoami_oauth = async_to_raw_response_wrapper(resource.whoami_oauth)
        self.whoami_query_key = async_to_raw_response_wrapper(resource.whoami_query_key)
        self.health = async_to_raw_response_wrapper(resource.health)
