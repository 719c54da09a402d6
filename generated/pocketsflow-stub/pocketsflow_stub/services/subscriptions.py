"""The ``subscriptions`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from ..types.list_subscriptions_request import ListSubscriptionsRequest
from ..types.message_response import MessageResponse
from ..types.subscription import Subscription
from ..types.subscription_customer import SubscriptionCustomer
from ..types.subscription_list import SubscriptionList

__all__ = ["SubscriptionsService"]

_ListSubscriptionCustomer: TypeAlias = list[SubscriptionCustomer]


class SubscriptionsService:
    """Operations of the ``subscriptions`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'subscriptions': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self, *, body: ListSubscriptionsRequest | None = None) -> SubscriptionList:
        """List subscription customers

        A *list* operation that uses POST with a JSON body of filters (page, pageSize, startDate, endDate, status).

        ``POST /orders/subscriptions`` (operation ``listSubscriptionCustomers``)."""
        result: SubscriptionList = _example("listSubscriptionCustomers", SubscriptionList)
        return result

    def cancel(self, stripe_subscription_id: str) -> MessageResponse:
        """Cancel a subscription

        No request body.

        ``POST /orders/subscriptions/cancel/{stripeSubscriptionId}`` (operation ``cancelSubscription``).
        """
        result: MessageResponse = _example("cancelSubscription", MessageResponse)
        return result

    def refund(self, stripe_subscription_id: str) -> MessageResponse:
        """Refund a subscription

        No request body.

        ``POST /orders/subscriptions/refund/{stripeSubscriptionId}`` (operation ``refundSubscription``).
        """
        result: MessageResponse = _example("refundSubscription", MessageResponse)
        return result

    def get(self, id: str) -> Subscription:
        """Get subscription details

        ``GET /orders/subscriptions/{id}`` (operation ``getSubscription``)."""
        result: Subscription = _example("getSubscription", Subscription)
        return result

    def list_subscribers(self) -> _ListSubscriptionCustomer:
        """List subscribers

        Named by Pocketsflow's official subscriptions example as a reconciliation endpoint (webhooks are at-most-once). Parameters and response shape are not documented.

        ``GET /subscriptions/subscribers`` (operation ``listSubscriptionSubscribers``)."""
        result: _ListSubscriptionCustomer = _example(
            "listSubscriptionSubscribers", _ListSubscriptionCustomer
        )
        return result
