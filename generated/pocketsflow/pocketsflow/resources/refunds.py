"""Process customer refunds."""

from __future__ import annotations

from typing import Any, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_refund_request import CreateRefundRequest
from ..types.refund import Refund

__all__ = [
    "AsyncRefundsResource",
    "AsyncRefundsResourceWithRawResponse",
    "RefundsResource",
    "RefundsResourceWithRawResponse",
]


class RefundsResource(SyncResource):
    """Process customer refunds."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        order_id: str,
        amount: float | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Refund: ...

    @overload
    def create(
        self,
        *,
        body: CreateRefundRequest,
        **options: Unpack[CallOptions],
    ) -> Refund: ...

    def create(
        self,
        *,
        body: CreateRefundRequest | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        amount: float | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Refund:
        """Create a refund.

        Omit `amount` for a full refund.

        Args:
            amount: Amount to refund; omit for a full refund.
            body: the whole request body as a ``CreateRefundRequest`` instead of the arguments above

        ``POST /refunds``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/refunds",
                body=_merge_body(
                    body, {"orderId": order_id, "amount": amount, "reason": reason}, ("orderId",)
                ),
                **options,
            ),
            cast_to=Refund,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Refund:
        """Get a refund.

        Args:
            id: Refund ID.

        ``GET /refunds/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/refunds/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Refund,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Refund]:
        """List refunds.

        ``GET /refunds``"""
        return _cast(
            list[Refund],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/refunds",
                    **options,
                ),
                cast_to=_cast(Any, list[Refund]),
            ),
        )


class AsyncRefundsResource(AsyncResource):
    """Process customer refunds."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        order_id: str,
        amount: float | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Refund: ...

    @overload
    async def create(
        self,
        *,
        body: CreateRefundRequest,
        **options: Unpack[CallOptions],
    ) -> Refund: ...

    async def create(
        self,
        *,
        body: CreateRefundRequest | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        amount: float | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Refund:
        """Create a refund.

        Omit `amount` for a full refund.

        Args:
            amount: Amount to refund; omit for a full refund.
            body: the whole request body as a ``CreateRefundRequest`` instead of the arguments above

        ``POST /refunds``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/refunds",
                body=_merge_body(
                    body, {"orderId": order_id, "amount": amount, "reason": reason}, ("orderId",)
                ),
                **options,
            ),
            cast_to=Refund,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Refund:
        """Get a refund.

        Args:
            id: Refund ID.

        ``GET /refunds/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/refunds/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Refund,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Refund]:
        """List refunds.

        ``GET /refunds``"""
        return _cast(
            list[Refund],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/refunds",
                    **options,
                ),
                cast_to=_cast(Any, list[Refund]),
            ),
        )


class RefundsResourceWithRawResponse:
    """The operations of ``RefundsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: RefundsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncRefundsResourceWithRawResponse:
    """The operations of ``AsyncRefundsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncRefundsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
