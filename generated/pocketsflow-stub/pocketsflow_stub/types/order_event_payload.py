"""The ``OrderEventPayload`` model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .order_event_payload_customer import OrderEventPayloadCustomer
from .order_event_payload_order import OrderEventPayloadOrder
from .order_event_payload_product import OrderEventPayloadProduct
from .webhook_refund import WebhookRefund
from .webhook_tax import WebhookTax

__all__ = ["OrderEventPayload"]


class OrderEventPayload(_APIModel):
    """Body of `order.completed`, `order.refunded` and `customer.created` deliveries. Amounts here are in major units (64.99 = $64.99). `event` appears in the Events-page example but not in the help-centre examples — route on the `X-Pocketsflow-Event` header instead. `refund` is present on `order.refunded`."""

    webhook_id: str | None = Field(default=None, alias="webhookId")
    """ID of this delivery; injected into the body before signing."""

    event: str | None = None
    """Event name (not always present)."""

    product: OrderEventPayloadProduct | None = None
    order: OrderEventPayloadOrder | None = None
    currency: str | None = None
    """Lower-case ISO currency code."""

    customer: OrderEventPayloadCustomer | None = None
    tax: WebhookTax | None = None
    amount: float | None = None
    """Total including tax."""

    amount_before_tax: float | None = Field(default=None, alias="amountBeforeTax")
    """Subtotal before tax."""

    refund: WebhookRefund | None = None
    metadata: dict[str, Any] | None = None
    """Checkout-session metadata."""
