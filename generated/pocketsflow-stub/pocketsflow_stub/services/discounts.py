"""The ``discounts`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from .._runtime._state import Store as _Store
from ..types.create_discount_request import CreateDiscountRequest
from ..types.discount import Discount
from ..types.discount_validation import DiscountValidation
from ..types.message_response import MessageResponse
from ..types.update_discount_request import UpdateDiscountRequest
from ..types.validate_discount_request import ValidateDiscountRequest

__all__ = ["DiscountsService", "StatefulDiscountsService"]

_ListDiscount: TypeAlias = list[Discount]


class DiscountsService:
    """Operations of the ``discounts`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'discounts': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> _ListDiscount:
        """List discounts

        ``GET /discounts`` (operation ``listDiscounts``)."""
        result: _ListDiscount = _example("listDiscounts", _ListDiscount)
        return result

    def create(self, body: CreateDiscountRequest) -> Discount:
        """Create a discount

        ``POST /discounts`` (operation ``createDiscount``)."""
        result: Discount = _example("createDiscount", Discount)
        return result

    def validate(self, body: ValidateDiscountRequest) -> DiscountValidation:
        """Validate discount code

        Note: shares the `POST /discounts/{id}` shape; route matching must prefer this literal path.

        ``POST /discounts/validate`` (operation ``validateDiscount``)."""
        result: DiscountValidation = _example("validateDiscount", DiscountValidation)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete a discount

        ``DELETE /discounts/{id}`` (operation ``deleteDiscount``)."""
        result: MessageResponse = _example("deleteDiscount", MessageResponse)
        return result

    def get(self, id: str) -> Discount:
        """Get a discount

        ``GET /discounts/{id}`` (operation ``getDiscount``)."""
        result: Discount = _example("getDiscount", Discount)
        return result

    def update(self, id: str, body: UpdateDiscountRequest) -> Discount:
        """Update a discount

        Updates use POST on the item path (no PATCH/PUT).

        ``POST /discounts/{id}`` (operation ``updateDiscount``)."""
        result: Discount = _example("updateDiscount", Discount)
        return result


class StatefulDiscountsService(DiscountsService):
    """``DiscountsService`` keeping created discounts in memory (``create_app(stateful=True)`` / ``--stateful``).

    Objects are stored under their ``_id``; unknown ids answer 404."""

    def __init__(self, store: _Store | None = None) -> None:
        self._items = (store if store is not None else _Store()).collection(
            "discounts",
            id_field="_id",
            id_type="str",
            items_path=(),
        )

    def create(self, body: CreateDiscountRequest) -> Discount:
        """Create in memory (``POST /discounts``)."""
        result: Discount = self._items.create(body, "createDiscount", Discount)
        return result

    def list(self) -> _ListDiscount:
        """List in memory (``GET /discounts``)."""
        result: _ListDiscount = self._items.list("listDiscounts", _ListDiscount)
        return result

    def get(self, id: str) -> Discount:
        """Get in memory (``GET /discounts/{id}``)."""
        result: Discount = self._items.get(id, "getDiscount", Discount)
        return result

    def update(self, id: str, body: UpdateDiscountRequest) -> Discount:
        """Update in memory (``POST /discounts/{id}``)."""
        result: Discount = self._items.update(id, body, "updateDiscount", Discount)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete in memory (``DELETE /discounts/{id}``)."""
        result: MessageResponse = self._items.delete(id, "deleteDiscount", MessageResponse)
        return result
