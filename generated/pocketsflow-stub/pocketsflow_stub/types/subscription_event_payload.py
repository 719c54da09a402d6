"""The ``SubscriptionEventPayload`` model."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .subscription_customer import SubscriptionCustomer
from .subscription_event_payload_customer import SubscriptionEventPayloadCustomer
from .subscription_event_payload_subscription import SubscriptionEventPayloadSubscription
from .webhook_payment_method import WebhookPaymentMethod

__all__ = ["SubscriptionEventPayload"]


class SubscriptionEventPayload(_APIModel):
    """Body of `customer.subscription.*` and `invoice.*` deliveries (shape from Pocketsflow's official subscriptions example fixtures). Amounts in these payloads are in the smallest currency unit (cents)."""

    webhook_id: str | None = Field(default=None, alias="webhookId")
    subscription: SubscriptionEventPayloadSubscription | None = None
    subscription_customer: SubscriptionCustomer | None = Field(
        default=None, alias="subscriptionCustomer"
    )
    customer: SubscriptionEventPayloadCustomer | None = None
    status: str | None = None
    payment_method: WebhookPaymentMethod | None = Field(default=None, alias="paymentMethod")
    portal_url: str | None = Field(default=None, alias="portalUrl")
    """Customer self-service portal link."""

    subscription_customer_id: str | None = Field(default=None, alias="subscriptionCustomerId")
    """Stable subscriber ID; good idempotency key."""

    client_reference_id: str | None = Field(default=None, alias="clientReferenceId")
    metadata: dict[str, Any] | None = None
    amount: int | None = None
    """Invoice events: amount in cents."""

    currency: str | None = None
    """Invoice events: lower-case currency code."""
