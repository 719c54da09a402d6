"""Typed webhook events. ``client.webhooks.unwrap(body, headers)`` verifies a delivery's signature and returns one of these (or ``UnknownWebhookEvent`` for event types this version does not know)."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import Field

from ._runtime._models import APIModel as _APIModel
from .types.generic_event_payload import GenericEventPayload
from .types.order_event_payload import OrderEventPayload
from .types.subscription_event_payload import SubscriptionEventPayload

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "TYPE_FIELDS",
    "TYPE_HEADER",
    "CustomerCreatedWebhook",
    "CustomerSubscriptionCreatedWebhook",
    "CustomerSubscriptionDeletedWebhook",
    "CustomerSubscriptionPauseWebhook",
    "CustomerSubscriptionResumedWebhook",
    "CustomerSubscriptionTrialWillEndWebhook",
    "CustomerSubscriptionUpdatedWebhook",
    "IdentityVerificationSessionProcessingWebhook",
    "IdentityVerificationSessionRequiresInputWebhook",
    "IdentityVerificationSessionVerifiedWebhook",
    "InvoiceCreatedWebhook",
    "InvoicePaidWebhook",
    "InvoicePaymentFailedWebhook",
    "InvoicePaymentSucceededWebhook",
    "InvoiceUpcomingWebhook",
    "OrderCompletedWebhook",
    "OrderRefundedWebhook",
    "PaymentIntentPaymentFailedWebhook",
    "PaymentIntentSucceededWebhook",
    "ProductCreatedWebhook",
    "ProductDeletedWebhook",
    "ProductUpdatedWebhook",
    "ReviewCreatedWebhook",
    "WebhookEvent",
]

SIGNATURE_HEADER = "X-Pocketsflow-Signature"
"""Header carrying the HMAC-SHA256 signature (hex) of the raw body."""

TYPE_HEADER = "X-Pocketsflow-Event"
"""Header naming the event type on each delivery ("" when the API declares none)."""

TYPE_FIELDS = ("type", "event", "event_type", "eventType")
"""Body fields that may carry the event type when the header is absent."""


class CustomerCreatedWebhook(_APIModel):
    """A new customer was created (first purchase). (Customer event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.created`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in major units."""

    type: Literal["customer.created"]
    data: OrderEventPayload


class CustomerSubscriptionCreatedWebhook(_APIModel):
    """A buyer started a new subscription (fires once, on activation). (Subscription event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.subscription.created`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["customer.subscription.created"]
    data: SubscriptionEventPayload


class CustomerSubscriptionDeletedWebhook(_APIModel):
    """A subscription was cancelled/ended (immediately or at period end) or expired. (Subscription event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.subscription.deleted`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["customer.subscription.deleted"]
    data: SubscriptionEventPayload


class CustomerSubscriptionPauseWebhook(_APIModel):
    """A subscription was paused (billing paused, access retained). Older docs spelled this `customer.subscription.paused`; current docs, SDK and examples use `customer.subscription.pause`. (Subscription event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.subscription.pause`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["customer.subscription.pause"]
    data: SubscriptionEventPayload


class CustomerSubscriptionResumedWebhook(_APIModel):
    """A paused subscription resumed. (Subscription event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.subscription.resumed`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["customer.subscription.resumed"]
    data: SubscriptionEventPayload


class CustomerSubscriptionTrialWillEndWebhook(_APIModel):
    """A free trial is about to end (3 days before). (Subscription event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.subscription.trial_will_end`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["customer.subscription.trial_will_end"]
    data: SubscriptionEventPayload


class CustomerSubscriptionUpdatedWebhook(_APIModel):
    """A subscription's plan or status changed (past_due, cancel scheduled, resumed, payment method updated, ...). (Subscription event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `customer.subscription.updated`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["customer.subscription.updated"]
    data: SubscriptionEventPayload


class IdentityVerificationSessionProcessingWebhook(_APIModel):
    """KYC verification is processing. (Identity event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `identity.verification_session.processing`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["identity.verification_session.processing"]
    data: GenericEventPayload


class IdentityVerificationSessionRequiresInputWebhook(_APIModel):
    """KYC verification needs more input. (Identity event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `identity.verification_session.requires_input`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["identity.verification_session.requires_input"]
    data: GenericEventPayload


class IdentityVerificationSessionVerifiedWebhook(_APIModel):
    """KYC verification succeeded. (Identity event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `identity.verification_session.verified`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["identity.verification_session.verified"]
    data: GenericEventPayload


class InvoiceCreatedWebhook(_APIModel):
    """A new invoice was generated. (Invoice event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `invoice.created`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["invoice.created"]
    data: SubscriptionEventPayload


class InvoicePaidWebhook(_APIModel):
    """An invoice was paid. (Invoice event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `invoice.paid`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["invoice.paid"]
    data: SubscriptionEventPayload


class InvoicePaymentFailedWebhook(_APIModel):
    """An invoice payment failed (e.g. card declined). (Invoice event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `invoice.payment_failed`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["invoice.payment_failed"]
    data: SubscriptionEventPayload


class InvoicePaymentSucceededWebhook(_APIModel):
    """An invoice payment succeeded (a renewal was charged). (Invoice event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `invoice.payment_succeeded`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["invoice.payment_succeeded"]
    data: SubscriptionEventPayload


class InvoiceUpcomingWebhook(_APIModel):
    """A recurring invoice is coming up. (Invoice event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `invoice.upcoming`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in the smallest currency unit (cents)."""

    type: Literal["invoice.upcoming"]
    data: SubscriptionEventPayload


class OrderCompletedWebhook(_APIModel):
    """A payment succeeded and the order is complete. (Order event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `order.completed`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in major units."""

    type: Literal["order.completed"]
    data: OrderEventPayload


class OrderRefundedWebhook(_APIModel):
    """An order was refunded (fully or partially). (Order event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `order.refunded`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Amounts are in major units."""

    type: Literal["order.refunded"]
    data: OrderEventPayload


class PaymentIntentPaymentFailedWebhook(_APIModel):
    """Low-level payment result: a payment failed. (Payment event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `payment_intent.payment_failed`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["payment_intent.payment_failed"]
    data: GenericEventPayload


class PaymentIntentSucceededWebhook(_APIModel):
    """Low-level payment result: a payment succeeded. (Payment event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `payment_intent.succeeded`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["payment_intent.succeeded"]
    data: GenericEventPayload


class ProductCreatedWebhook(_APIModel):
    """A product was created. (Product event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `product.created`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["product.created"]
    data: GenericEventPayload


class ProductDeletedWebhook(_APIModel):
    """A product was deleted. (Product event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `product.deleted`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["product.deleted"]
    data: GenericEventPayload


class ProductUpdatedWebhook(_APIModel):
    """A product was updated. (Product event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `product.updated`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["product.updated"]
    data: GenericEventPayload


class ReviewCreatedWebhook(_APIModel):
    """A new product review was posted. (Review event.) Delivered as an HTTP POST with a JSON body to every active endpoint subscribed to `review.created`. One attempt, 5-second timeout, no automatic retry — acknowledge with 2xx fast and reconcile via the API. Payload not shown in the docs."""

    type: Literal["review.created"]
    data: GenericEventPayload


WebhookEvent: TypeAlias = Annotated[
    CustomerCreatedWebhook
    | CustomerSubscriptionCreatedWebhook
    | CustomerSubscriptionDeletedWebhook
    | CustomerSubscriptionPauseWebhook
    | CustomerSubscriptionResumedWebhook
    | CustomerSubscriptionTrialWillEndWebhook
    | CustomerSubscriptionUpdatedWebhook
    | IdentityVerificationSessionProcessingWebhook
    | IdentityVerificationSessionRequiresInputWebhook
    | IdentityVerificationSessionVerifiedWebhook
    | InvoiceCreatedWebhook
    | InvoicePaidWebhook
    | InvoicePaymentFailedWebhook
    | InvoicePaymentSucceededWebhook
    | InvoiceUpcomingWebhook
    | OrderCompletedWebhook
    | OrderRefundedWebhook
    | PaymentIntentPaymentFailedWebhook
    | PaymentIntentSucceededWebhook
    | ProductCreatedWebhook
    | ProductDeletedWebhook
    | ProductUpdatedWebhook
    | ReviewCreatedWebhook,
    Field(discriminator="type"),
]
"""Every event type this client knows."""

EVENT_TYPES: dict[str, type[_APIModel]] = {
    "customer.created": CustomerCreatedWebhook,
    "customer.subscription.created": CustomerSubscriptionCreatedWebhook,
    "customer.subscription.deleted": CustomerSubscriptionDeletedWebhook,
    "customer.subscription.pause": CustomerSubscriptionPauseWebhook,
    "customer.subscription.resumed": CustomerSubscriptionResumedWebhook,
    "customer.subscription.trial_will_end": CustomerSubscriptionTrialWillEndWebhook,
    "customer.subscription.updated": CustomerSubscriptionUpdatedWebhook,
    "identity.verification_session.processing": IdentityVerificationSessionProcessingWebhook,
    "identity.verification_session.requires_input": IdentityVerificationSessionRequiresInputWebhook,
    "identity.verification_session.verified": IdentityVerificationSessionVerifiedWebhook,
    "invoice.created": InvoiceCreatedWebhook,
    "invoice.paid": InvoicePaidWebhook,
    "invoice.payment_failed": InvoicePaymentFailedWebhook,
    "invoice.payment_succeeded": InvoicePaymentSucceededWebhook,
    "invoice.upcoming": InvoiceUpcomingWebhook,
    "order.completed": OrderCompletedWebhook,
    "order.refunded": OrderRefundedWebhook,
    "payment_intent.payment_failed": PaymentIntentPaymentFailedWebhook,
    "payment_intent.succeeded": PaymentIntentSucceededWebhook,
    "product.created": ProductCreatedWebhook,
    "product.deleted": ProductDeletedWebhook,
    "product.updated": ProductUpdatedWebhook,
    "review.created": ReviewCreatedWebhook,
}
