"""The ``refunds`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from .._runtime._state import Store as _Store
from ..types.create_refund_request import CreateRefundRequest
from ..types.refund import Refund

__all__ = ["RefundsService", "StatefulRefundsService"]

_ListRefund: TypeAlias = list[Refund]


class RefundsService:
    """Operations of the ``refunds`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'refunds': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> _ListRefund:
        """List refunds

        ``GET /refunds`` (operation ``listRefunds``)."""
        result: _ListRefund = _example("listRefunds", _ListRefund)
        return result

    def create(self, body: CreateRefundRequest) -> Refund:
        """Create a refund

        Omit `amount` for a full refund.

        ``POST /refunds`` (operation ``createRefund``)."""
        result: Refund = _example("createRefund", Refund)
        return result

    def get(self, id: str) -> Refund:
        """Get a refund

        ``GET /refunds/{id}`` (operation ``getRefund``)."""
        result: Refund = _example("getRefund", Refund)
        return result


class StatefulRefundsService(RefundsService):
    """``RefundsService`` keeping created refunds in memory (``create_app(stateful=True)`` / ``--stateful``).

    Objects are stored under their ``_id``; unknown ids answer 404."""

    def __init__(self, store: _Store | None = None) -> None:
        self._items = (store if store is not None else _Store()).collection(
            "refunds",
            id_field="_id",
            id_type="str",
            items_path=(),
        )

    def create(self, body: CreateRefundRequest) -> Refund:
        """Create in memory (``POST /refunds``)."""
        result: Refund = self._items.create(body, "createRefund", Refund)
        return result

    def list(self) -> _ListRefund:
        """List in memory (``GET /refunds``)."""
        result: _ListRefund = self._items.list("listRefunds", _ListRefund)
        return result

    def get(self, id: str) -> Refund:
        """Get in memory (``GET /refunds/{id}``)."""
        result: Refund = self._items.get(id, "getRefund", Refund)
        return result
