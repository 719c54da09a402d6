"""Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""

from __future__ import annotations

from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.list_subscriptions_request import ListSubscriptionsRequest
from ..types.list_subscriptions_request_status import ListSubscriptionsRequestStatus
from ..types.message_response import MessageResponse
from ..types.subscription import Subscription
from ..types.subscription_customer import SubscriptionCustomer
from ..types.subscription_list import SubscriptionList

__all__ = [
    "AsyncSubscriptionsResource",
    "AsyncSubscriptionsResourceWithRawResponse",
    "SubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
]


class SubscriptionsResource(SyncResource):
    """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""

    __slots__ = ()

    def cancel(
        self,
        stripe_subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Cancel a subscription.

        No request body.

        Args:
            stripe_subscription_id: The payment-gateway subscription ID (`stripeSubscriptionId`), not the Pocketsflow `_id`.

        ``POST /orders/subscriptions/cancel/{stripeSubscriptionId}``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/orders/subscriptions/cancel/{stripeSubscriptionId}",
                path_params={"stripeSubscriptionId": stripe_subscription_id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def refund(
        self,
        stripe_subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Refund a subscription.

        No request body.

        Args:
            stripe_subscription_id: The payment-gateway subscription ID (`stripeSubscriptionId`).

        ``POST /orders/subscriptions/refund/{stripeSubscriptionId}``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/orders/subscriptions/refund/{stripeSubscriptionId}",
                path_params={"stripeSubscriptionId": stripe_subscription_id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Subscription:
        """Get subscription details.

        Args:
            id: Subscription ID.

        ``GET /orders/subscriptions/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/orders/subscriptions/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Subscription,
        )

    def list_subscribers(
        self,
        **options: Unpack[CallOptions],
    ) -> list[SubscriptionCustomer]:
        """List subscribers.

        Named by Pocketsflow's official subscriptions example as a reconciliation endpoint (webhooks are at-most-once). Parameters and response shape are not documented.

        ``GET /subscriptions/subscribers``"""
        return _cast(
            list[SubscriptionCustomer],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/subscriptions/subscribers",
                    **options,
                ),
                cast_to=_cast(Any, list[SubscriptionCustomer]),
            ),
        )

    @overload
    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        status: (
            ListSubscriptionsRequestStatus | Literal["active", "canceled", "paused"] | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionList: ...

    @overload
    def list(
        self,
        *,
        body: ListSubscriptionsRequest,
        **options: Unpack[CallOptions],
    ) -> SubscriptionList: ...

    def list(
        self,
        *,
        body: ListSubscriptionsRequest | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        status: (
            ListSubscriptionsRequestStatus | Literal["active", "canceled", "paused"] | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionList:
        """List subscription customers.

        A *list* operation that uses POST with a JSON body of filters (page, pageSize, startDate, endDate, status).

        Args:
            start_date: ISO 8601 date.
            end_date: ISO 8601 date.
            body: the whole request body as a ``ListSubscriptionsRequest`` instead of the arguments above

        ``POST /orders/subscriptions``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/orders/subscriptions",
                body=_merge_body(
                    body,
                    {
                        "page": page,
                        "pageSize": page_size,
                        "startDate": start_date,
                        "endDate": end_date,
                        "status": status,
                    },
                    optional=True,
                ),
                **options,
            ),
            cast_to=SubscriptionList,
        )


class AsyncSubscriptionsResource(AsyncResource):
    """Manage recurring subscriptions and billing: buyer subscriptions (`/orders/subscriptions`) and subscription offers (`/subscriptions`)."""

    __slots__ = ()

    async def cancel(
        self,
        stripe_subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Cancel a subscription.

        No request body.

        Args:
            stripe_subscription_id: The payment-gateway subscription ID (`stripeSubscriptionId`), not the Pocketsflow `_id`.

        ``POST /orders/subscriptions/cancel/{stripeSubscriptionId}``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/orders/subscriptions/cancel/{stripeSubscriptionId}",
                path_params={"stripeSubscriptionId": stripe_subscription_id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def refund(
        self,
        stripe_subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Refund a subscription.

        No request body.

        Args:
            stripe_subscription_id: The payment-gateway subscription ID (`stripeSubscriptionId`).

        ``POST /orders/subscriptions/refund/{stripeSubscriptionId}``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/orders/subscriptions/refund/{stripeSubscriptionId}",
                path_params={"stripeSubscriptionId": stripe_subscription_id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Subscription:
        """Get subscription details.

        Args:
            id: Subscription ID.

        ``GET /orders/subscriptions/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/orders/subscriptions/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Subscription,
        )

    async def list_subscribers(
        self,
        **options: Unpack[CallOptions],
    ) -> list[SubscriptionCustomer]:
        """List subscribers.

        Named by Pocketsflow's official subscriptions example as a reconciliation endpoint (webhooks are at-most-once). Parameters and response shape are not documented.

        ``GET /subscriptions/subscribers``"""
        return _cast(
            list[SubscriptionCustomer],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/subscriptions/subscribers",
                    **options,
                ),
                cast_to=_cast(Any, list[SubscriptionCustomer]),
            ),
        )

    @overload
    async def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        status: (
            ListSubscriptionsRequestStatus | Literal["active", "canceled", "paused"] | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionList: ...

    @overload
    async def list(
        self,
        *,
        body: ListSubscriptionsRequest,
        **options: Unpack[CallOptions],
    ) -> SubscriptionList: ...

    async def list(
        self,
        *,
        body: ListSubscriptionsRequest | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        start_date: str | NotGiven = NOT_GIVEN,
        end_date: str | NotGiven = NOT_GIVEN,
        status: (
            ListSubscriptionsRequestStatus | Literal["active", "canceled", "paused"] | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SubscriptionList:
        """List subscription customers.

        A *list* operation that uses POST with a JSON body of filters (page, pageSize, startDate, endDate, status).

        Args:
            start_date: ISO 8601 date.
            end_date: ISO 8601 date.
            body: the whole request body as a ``ListSubscriptionsRequest`` instead of the arguments above

        ``POST /orders/subscriptions``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/orders/subscriptions",
                body=_merge_body(
                    body,
                    {
                        "page": page,
                        "pageSize": page_size,
                        "startDate": start_date,
                        "endDate": end_date,
                        "status": status,
                    },
                    optional=True,
                ),
                **options,
            ),
            cast_to=SubscriptionList,
        )


class SubscriptionsResourceWithRawResponse:
    """The operations of ``SubscriptionsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.refund = to_raw_response_wrapper(resource.refund)
        self.get = to_raw_response_wrapper(resource.get)
        self.list_subscribers = to_raw_response_wrapper(resource.list_subscribers)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncSubscriptionsResourceWithRawResponse:
    """The operations of ``AsyncSubscriptionsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.refund = async_to_raw_response_wrapper(resource.refund)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list_subscribers = async_to_raw_response_wrapper(resource.list_subscribers)
        self.list = async_to_raw_response_wrapper(resource.list)
