"""Routes of the ``subscription_offers`` resource, delegating to ``SubscriptionOffersService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.subscription_offers import SubscriptionOffersService
from ..types.create_subscription_offer_request import CreateSubscriptionOfferRequest
from ..types.subscription_offer import SubscriptionOffer

__all__ = ["build_router"]


def build_router(_service: SubscriptionOffersService) -> APIRouter:
    """An ``APIRouter`` serving every ``subscription_offers`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/subscriptions",
        status_code=200,
        response_model=list[SubscriptionOffer],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listSubscriptionOffers",
        name="subscription_offers.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[SubscriptionOffer]:
        """GET /subscriptions: List subscription offers"""
        return _service.list()

    @_router.post(
        "/subscriptions",
        status_code=201,
        response_model=SubscriptionOffer,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createSubscriptionOffer",
        name="subscription_offers.create",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("createSubscriptionOffer")),
        ],
    )
    def op_create(
        body: Annotated[CreateSubscriptionOfferRequest, Body()],
    ) -> SubscriptionOffer:
        """POST /subscriptions: Create a subscription offer"""
        return _service.create(body)

    @_router.get(
        "/subscriptions/{id}",
        status_code=200,
        response_model=SubscriptionOffer,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getSubscriptionOffer",
        name="subscription_offers.get",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("getSubscriptionOffer")),
        ],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> SubscriptionOffer:
        """GET /subscriptions/{id}: Get a subscription offer"""
        return _service.get(id)

    return _router
