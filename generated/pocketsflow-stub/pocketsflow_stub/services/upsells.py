"""The ``upsells`` operations: what the stub answers for each of them."""

from __future__ import annotations

from .._runtime._responses import example as _example
from ..types.create_upsell_request import CreateUpsellRequest
from ..types.message_response import MessageResponse
from ..types.update_upsell_request import UpdateUpsellRequest
from ..types.upsell import Upsell
from ..types.upsell_list import UpsellList

__all__ = ["UpsellsService"]


class UpsellsService:
    """Operations of the ``upsells`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'upsells': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> UpsellList:
        """List upsells

        Returns an object `{ upsells, salesWithUpsells }`, not an array.

        ``GET /upsells`` (operation ``listUpsells``)."""
        result: UpsellList = _example("listUpsells", UpsellList)
        return result

    def create(self, body: CreateUpsellRequest) -> Upsell:
        """Create an upsell

        ``POST /upsells`` (operation ``createUpsell``)."""
        result: Upsell = _example("createUpsell", Upsell)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete an upsell

        ``DELETE /upsells/{id}`` (operation ``deleteUpsell``)."""
        result: MessageResponse = _example("deleteUpsell", MessageResponse)
        return result

    def get(self, id: str) -> Upsell:
        """Get an upsell

        ``GET /upsells/{id}`` (operation ``getUpsell``)."""
        result: Upsell = _example("getUpsell", Upsell)
        return result

    def update(self, id: str, body: UpdateUpsellRequest) -> Upsell:
        """Update an upsell

        Updates use POST on the item path.

        ``POST /upsells/{id}`` (operation ``updateUpsell``)."""
        result: Upsell = _example("updateUpsell", Upsell)
        return result
