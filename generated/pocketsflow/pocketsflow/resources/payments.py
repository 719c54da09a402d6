"""Payment records, used to reconcile subscription renewals."""

from __future__ import annotations

from typing import Any
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.payment import Payment

__all__ = [
    "AsyncPaymentsResource",
    "AsyncPaymentsResourceWithRawResponse",
    "PaymentsResource",
    "PaymentsResourceWithRawResponse",
]


class PaymentsResource(SyncResource):
    """Payment records, used to reconcile subscription renewals."""

    __slots__ = ()

    def list(
        self,
        *,
        type: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Payment]:
        """List payments.

        Named by Pocketsflow's official subscriptions example (`GET /payments?type=subscription`) for reconciliation. Only the `type=subscription` filter is documented; the response shape is a guess.

        Args:
            type: Payment type filter; `subscription` is the only documented value.

        ``GET /payments``"""
        return _cast(
            list[Payment],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/payments",
                    query=[QueryParam("type", type)],
                    **options,
                ),
                cast_to=_cast(Any, list[Payment]),
            ),
        )


class AsyncPaymentsResource(AsyncResource):
    """Payment records, used to reconcile subscription renewals."""

    __slots__ = ()

    async def list(
        self,
        *,
        type: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Payment]:
        """List payments.

        Named by Pocketsflow's official subscriptions example (`GET /payments?type=subscription`) for reconciliation. Only the `type=subscription` filter is documented; the response shape is a guess.

        Args:
            type: Payment type filter; `subscription` is the only documented value.

        ``GET /payments``"""
        return _cast(
            list[Payment],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/payments",
                    query=[QueryParam("type", type)],
                    **options,
                ),
                cast_to=_cast(Any, list[Payment]),
            ),
        )


class PaymentsResourceWithRawResponse:
    """The operations of ``PaymentsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: PaymentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPaymentsResourceWithRawResponse:
    """The operations of ``AsyncPaymentsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncPaymentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
