"""Routes of the ``subscriptions`` resource, delegating to ``SubscriptionsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.subscriptions import SubscriptionsService
from ..types.list_subscriptions_request import ListSubscriptionsRequest
from ..types.message_response import MessageResponse
from ..types.subscription import Subscription
from ..types.subscription_customer import SubscriptionCustomer
from ..types.subscription_list import SubscriptionList

__all__ = ["build_router"]


def build_router(_service: SubscriptionsService) -> APIRouter:
    """An ``APIRouter`` serving every ``subscriptions`` operation with ``_service``."""
    _router = APIRouter()

    @_router.post(
        "/orders/subscriptions",
        status_code=200,
        response_model=SubscriptionList,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listSubscriptionCustomers",
        name="subscriptions.list",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("listSubscriptionCustomers")),
        ],
    )
    def op_list(
        body: Annotated[ListSubscriptionsRequest | None, Body()] = None,
    ) -> SubscriptionList:
        """POST /orders/subscriptions: List subscription customers"""
        return _service.list(body=body)

    @_router.post(
        "/orders/subscriptions/cancel/{stripe_subscription_id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="cancelSubscription",
        name="subscriptions.cancel",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("cancelSubscription")),
        ],
    )
    def op_cancel(
        stripe_subscription_id: Annotated[str, Path()],
    ) -> MessageResponse:
        """POST /orders/subscriptions/cancel/{stripeSubscriptionId}: Cancel a subscription"""
        return _service.cancel(stripe_subscription_id)

    @_router.post(
        "/orders/subscriptions/refund/{stripe_subscription_id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="refundSubscription",
        name="subscriptions.refund",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("refundSubscription")),
        ],
    )
    def op_refund(
        stripe_subscription_id: Annotated[str, Path()],
    ) -> MessageResponse:
        """POST /orders/subscriptions/refund/{stripeSubscriptionId}: Refund a subscription"""
        return _service.refund(stripe_subscription_id)

    @_router.get(
        "/orders/subscriptions/{id}",
        status_code=200,
        response_model=Subscription,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getSubscription",
        name="subscriptions.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getSubscription"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Subscription:
        """GET /orders/subscriptions/{id}: Get subscription details"""
        return _service.get(id)

    @_router.get(
        "/subscriptions/subscribers",
        status_code=200,
        response_model=list[SubscriptionCustomer],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listSubscriptionSubscribers",
        name="subscriptions.list_subscribers",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list_subscribers() -> list[SubscriptionCustomer]:
        """GET /subscriptions/subscribers: List subscribers"""
        return _service.list_subscribers()

    return _router
