"""The ``subscription_offers`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from .._runtime._state import Store as _Store
from ..types.create_subscription_offer_request import CreateSubscriptionOfferRequest
from ..types.subscription_offer import SubscriptionOffer

__all__ = ["StatefulSubscriptionOffersService", "SubscriptionOffersService"]

_ListSubscriptionOffer: TypeAlias = list[SubscriptionOffer]


class SubscriptionOffersService:
    """Operations of the ``subscription_offers`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'subscription_offers': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> _ListSubscriptionOffer:
        """List subscription offers

        Subscription offers are the recurring products you sell (SDK `subscriptionOffers`), distinct from buyer subscriptions under `/orders/subscriptions`.

        ``GET /subscriptions`` (operation ``listSubscriptionOffers``)."""
        result: _ListSubscriptionOffer = _example("listSubscriptionOffers", _ListSubscriptionOffer)
        return result

    def create(self, body: CreateSubscriptionOfferRequest) -> SubscriptionOffer:
        """Create a subscription offer

        ``POST /subscriptions`` (operation ``createSubscriptionOffer``)."""
        result: SubscriptionOffer = _example("createSubscriptionOffer", SubscriptionOffer)
        return result

    def get(self, id: str) -> SubscriptionOffer:
        """Get a subscription offer

        ``GET /subscriptions/{id}`` (operation ``getSubscriptionOffer``)."""
        result: SubscriptionOffer = _example("getSubscriptionOffer", SubscriptionOffer)
        return result


class StatefulSubscriptionOffersService(SubscriptionOffersService):
    """``SubscriptionOffersService`` keeping created subscription_offers in memory (``create_app(stateful=True)`` / ``--stateful``).

    Objects are stored under their ``_id``; unknown ids answer 404."""

    def __init__(self, store: _Store | None = None) -> None:
        self._items = (store if store is not None else _Store()).collection(
            "subscription_offers",
            id_field="_id",
            id_type="str",
            items_path=(),
        )

    def create(self, body: CreateSubscriptionOfferRequest) -> SubscriptionOffer:
        """Create in memory (``POST /subscriptions``)."""
        result: SubscriptionOffer = self._items.create(
            body, "createSubscriptionOffer", SubscriptionOffer
        )
        return result

    def list(self) -> _ListSubscriptionOffer:
        """List in memory (``GET /subscriptions``)."""
        result: _ListSubscriptionOffer = self._items.list(
            "listSubscriptionOffers", _ListSubscriptionOffer
        )
        return result

    def get(self, id: str) -> SubscriptionOffer:
        """Get in memory (``GET /subscriptions/{id}``)."""
        result: SubscriptionOffer = self._items.get(id, "getSubscriptionOffer", SubscriptionOffer)
        return result
