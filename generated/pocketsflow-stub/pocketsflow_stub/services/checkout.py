"""The ``checkout`` operations: what the stub answers for each of them."""

from __future__ import annotations

from .._runtime._responses import example as _example
from ..types.checkout_session import CheckoutSession
from ..types.create_checkout_session_request import CreateCheckoutSessionRequest

__all__ = ["CheckoutService"]


class CheckoutService:
    """Operations of the ``checkout`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'checkout': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def create(self, body: CreateCheckoutSessionRequest) -> CheckoutSession:
        """Create checkout session

        Creates a hosted checkout; redirect the buyer to `url`. Put your own order/cart id in `metadata` — it is echoed back on the order and on the `order.completed` webhook.

        ``POST /checkout/sessions`` (operation ``createCheckoutSession``)."""
        result: CheckoutSession = _example("createCheckoutSession", CheckoutSession)
        return result
