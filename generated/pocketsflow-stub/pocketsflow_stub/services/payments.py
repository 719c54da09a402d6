"""The ``payments`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from ..types.payment import Payment

__all__ = ["PaymentsService"]

_ListPayment: TypeAlias = list[Payment]


class PaymentsService:
    """Operations of the ``payments`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'payments': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self, *, type: str | None = None) -> _ListPayment:
        """List payments

        Named by Pocketsflow's official subscriptions example (`GET /payments?type=subscription`) for reconciliation. Only the `type=subscription` filter is documented; the response shape is a guess.

        ``GET /payments`` (operation ``listPayments``)."""
        result: _ListPayment = _example("listPayments", _ListPayment)
        return result
