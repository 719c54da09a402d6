"""The ``WebhookEventType`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["WebhookEventType"]


class WebhookEventType(_OpenStrEnum):
    """Event names a webhook endpoint can subscribe to (union of the Events page, the help centre and the SDK's `WebhookEvent` type)."""

    ORDER_COMPLETED = "order.completed"
    ORDER_REFUNDED = "order.refunded"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_SUBSCRIPTION_CREATED = "customer.subscription.created"
    CUSTOMER_SUBSCRIPTION_UPDATED = "customer.subscription.updated"
    CUSTOMER_SUBSCRIPTION_DELETED = "customer.subscription.deleted"
    CUSTOMER_SUBSCRIPTION_PAUSE = "customer.subscription.pause"
    CUSTOMER_SUBSCRIPTION_RESUMED = "customer.subscription.resumed"
    CUSTOMER_SUBSCRIPTION_TRIAL_WILL_END = "customer.subscription.trial_will_end"
    INVOICE_CREATED = "invoice.created"
    INVOICE_UPCOMING = "invoice.upcoming"
    INVOICE_PAID = "invoice.paid"
    INVOICE_PAYMENT_SUCCEEDED = "invoice.payment_succeeded"
    INVOICE_PAYMENT_FAILED = "invoice.payment_failed"
    PAYMENT_INTENT_SUCCEEDED = "payment_intent.succeeded"
    PAYMENT_INTENT_PAYMENT_FAILED = "payment_intent.payment_failed"
    PRODUCT_CREATED = "product.created"
    PRODUCT_UPDATED = "product.updated"
    PRODUCT_DELETED = "product.deleted"
    REVIEW_CREATED = "review.created"
    IDENTITY_VERIFICATION_SESSION_VERIFIED = "identity.verification_session.verified"
    IDENTITY_VERIFICATION_SESSION_PROCESSING = "identity.verification_session.processing"
    IDENTITY_VERIFICATION_SESSION_REQUIRES_INPUT = "identity.verification_session.requires_input"
