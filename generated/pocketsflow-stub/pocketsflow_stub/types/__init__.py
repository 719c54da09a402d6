"""Models of the API's schemas, imported lazily: only the module of a name you use is loaded."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checkout_session import CheckoutSession as CheckoutSession
    from .create_checkout_session_request import (
        CreateCheckoutSessionRequest as CreateCheckoutSessionRequest,
    )
    from .create_discount_request import CreateDiscountRequest as CreateDiscountRequest
    from .create_discount_request_value_type import (
        CreateDiscountRequestValueType as CreateDiscountRequestValueType,
    )
    from .create_post_request import CreatePostRequest as CreatePostRequest
    from .create_product_request import CreateProductRequest as CreateProductRequest
    from .create_product_request_billing_interval import (
        CreateProductRequestBillingInterval as CreateProductRequestBillingInterval,
    )
    from .create_product_request_type import CreateProductRequestType as CreateProductRequestType
    from .create_product_variant_request import (
        CreateProductVariantRequest as CreateProductVariantRequest,
    )
    from .create_refund_request import CreateRefundRequest as CreateRefundRequest
    from .create_subscriber_request import CreateSubscriberRequest as CreateSubscriberRequest
    from .create_subscription_offer_request import (
        CreateSubscriptionOfferRequest as CreateSubscriptionOfferRequest,
    )
    from .create_subscription_offer_request_frequency import (
        CreateSubscriptionOfferRequestFrequency as CreateSubscriptionOfferRequestFrequency,
    )
    from .create_upsell_request import CreateUpsellRequest as CreateUpsellRequest
    from .create_webhook_request import CreateWebhookRequest as CreateWebhookRequest
    from .creator_page_products import CreatorPageProducts as CreatorPageProducts
    from .customer import Customer as Customer
    from .discount import Discount as Discount
    from .discount_validation import DiscountValidation as DiscountValidation
    from .discount_value_type import DiscountValueType as DiscountValueType
    from .error import Error as Error
    from .generic_event_payload import GenericEventPayload as GenericEventPayload
    from .image import Image as Image
    from .image_upload_request import ImageUploadRequest as ImageUploadRequest
    from .link_in_bio import LinkInBio as LinkInBio
    from .link_in_bio_link import LinkInBioLink as LinkInBioLink
    from .list_customers_sort_by import ListCustomersSortBy as ListCustomersSortBy
    from .list_customers_sort_order import ListCustomersSortOrder as ListCustomersSortOrder
    from .list_subscriptions_request import ListSubscriptionsRequest as ListSubscriptionsRequest
    from .list_subscriptions_request_status import (
        ListSubscriptionsRequestStatus as ListSubscriptionsRequestStatus,
    )
    from .message_response import MessageResponse as MessageResponse
    from .order import Order as Order
    from .order_customer import OrderCustomer as OrderCustomer
    from .order_event_payload import OrderEventPayload as OrderEventPayload
    from .order_event_payload_customer import OrderEventPayloadCustomer as OrderEventPayloadCustomer
    from .order_event_payload_order import OrderEventPayloadOrder as OrderEventPayloadOrder
    from .order_event_payload_product import OrderEventPayloadProduct as OrderEventPayloadProduct
    from .order_list import OrderList as OrderList
    from .pagination import Pagination as Pagination
    from .payment import Payment as Payment
    from .post import Post as Post
    from .product import Product as Product
    from .product_billing_interval import ProductBillingInterval as ProductBillingInterval
    from .product_file import ProductFile as ProductFile
    from .product_type import ProductType as ProductType
    from .product_variant import ProductVariant as ProductVariant
    from .refund import Refund as Refund
    from .refund_status import RefundStatus as RefundStatus
    from .review import Review as Review
    from .send_email_request import SendEmailRequest as SendEmailRequest
    from .send_email_response import SendEmailResponse as SendEmailResponse
    from .subscriber import Subscriber as Subscriber
    from .subscription import Subscription as Subscription
    from .subscription_customer import SubscriptionCustomer as SubscriptionCustomer
    from .subscription_event_payload import SubscriptionEventPayload as SubscriptionEventPayload
    from .subscription_event_payload_customer import (
        SubscriptionEventPayloadCustomer as SubscriptionEventPayloadCustomer,
    )
    from .subscription_event_payload_subscription import (
        SubscriptionEventPayloadSubscription as SubscriptionEventPayloadSubscription,
    )
    from .subscription_list import SubscriptionList as SubscriptionList
    from .subscription_offer import SubscriptionOffer as SubscriptionOffer
    from .subscription_offer_frequency import (
        SubscriptionOfferFrequency as SubscriptionOfferFrequency,
    )
    from .subscription_status import SubscriptionStatus as SubscriptionStatus
    from .update_discount_request import UpdateDiscountRequest as UpdateDiscountRequest
    from .update_discount_request_value_type import (
        UpdateDiscountRequestValueType as UpdateDiscountRequestValueType,
    )
    from .update_product_request import UpdateProductRequest as UpdateProductRequest
    from .update_upsell_request import UpdateUpsellRequest as UpdateUpsellRequest
    from .update_user_request import UpdateUserRequest as UpdateUserRequest
    from .update_webhook_request import UpdateWebhookRequest as UpdateWebhookRequest
    from .upsell import Upsell as Upsell
    from .upsell_list import UpsellList as UpsellList
    from .user import User as User
    from .validate_discount_request import ValidateDiscountRequest as ValidateDiscountRequest
    from .webhook import Webhook as Webhook
    from .webhook_event_type import WebhookEventType as WebhookEventType
    from .webhook_payment_method import WebhookPaymentMethod as WebhookPaymentMethod
    from .webhook_refund import WebhookRefund as WebhookRefund
    from .webhook_tax import WebhookTax as WebhookTax

__all__ = [
    "CheckoutSession",
    "CreateCheckoutSessionRequest",
    "CreateDiscountRequest",
    "CreateDiscountRequestValueType",
    "CreatePostRequest",
    "CreateProductRequest",
    "CreateProductRequestBillingInterval",
    "CreateProductRequestType",
    "CreateProductVariantRequest",
    "CreateRefundRequest",
    "CreateSubscriberRequest",
    "CreateSubscriptionOfferRequest",
    "CreateSubscriptionOfferRequestFrequency",
    "CreateUpsellRequest",
    "CreateWebhookRequest",
    "CreatorPageProducts",
    "Customer",
    "Discount",
    "DiscountValidation",
    "DiscountValueType",
    "Error",
    "GenericEventPayload",
    "Image",
    "ImageUploadRequest",
    "LinkInBio",
    "LinkInBioLink",
    "ListCustomersSortBy",
    "ListCustomersSortOrder",
    "ListSubscriptionsRequest",
    "ListSubscriptionsRequestStatus",
    "MessageResponse",
    "Order",
    "OrderCustomer",
    "OrderEventPayload",
    "OrderEventPayloadCustomer",
    "OrderEventPayloadOrder",
    "OrderEventPayloadProduct",
    "OrderList",
    "Pagination",
    "Payment",
    "Post",
    "Product",
    "ProductBillingInterval",
    "ProductFile",
    "ProductType",
    "ProductVariant",
    "Refund",
    "RefundStatus",
    "Review",
    "SendEmailRequest",
    "SendEmailResponse",
    "Subscriber",
    "Subscription",
    "SubscriptionCustomer",
    "SubscriptionEventPayload",
    "SubscriptionEventPayloadCustomer",
    "SubscriptionEventPayloadSubscription",
    "SubscriptionList",
    "SubscriptionOffer",
    "SubscriptionOfferFrequency",
    "SubscriptionStatus",
    "UpdateDiscountRequest",
    "UpdateDiscountRequestValueType",
    "UpdateProductRequest",
    "UpdateUpsellRequest",
    "UpdateUserRequest",
    "UpdateWebhookRequest",
    "Upsell",
    "UpsellList",
    "User",
    "ValidateDiscountRequest",
    "Webhook",
    "WebhookEventType",
    "WebhookPaymentMethod",
    "WebhookRefund",
    "WebhookTax",
]

_MODULES: dict[str, str] = {
    "CheckoutSession": "checkout_session",
    "CreateCheckoutSessionRequest": "create_checkout_session_request",
    "CreateDiscountRequest": "create_discount_request",
    "CreateDiscountRequestValueType": "create_discount_request_value_type",
    "CreatePostRequest": "create_post_request",
    "CreateProductRequest": "create_product_request",
    "CreateProductRequestBillingInterval": "create_product_request_billing_interval",
    "CreateProductRequestType": "create_product_request_type",
    "CreateProductVariantRequest": "create_product_variant_request",
    "CreateRefundRequest": "create_refund_request",
    "CreateSubscriberRequest": "create_subscriber_request",
    "CreateSubscriptionOfferRequest": "create_subscription_offer_request",
    "CreateSubscriptionOfferRequestFrequency": "create_subscription_offer_request_frequency",
    "CreateUpsellRequest": "create_upsell_request",
    "CreateWebhookRequest": "create_webhook_request",
    "CreatorPageProducts": "creator_page_products",
    "Customer": "customer",
    "Discount": "discount",
    "DiscountValidation": "discount_validation",
    "DiscountValueType": "discount_value_type",
    "Error": "error",
    "GenericEventPayload": "generic_event_payload",
    "Image": "image",
    "ImageUploadRequest": "image_upload_request",
    "LinkInBio": "link_in_bio",
    "LinkInBioLink": "link_in_bio_link",
    "ListCustomersSortBy": "list_customers_sort_by",
    "ListCustomersSortOrder": "list_customers_sort_order",
    "ListSubscriptionsRequest": "list_subscriptions_request",
    "ListSubscriptionsRequestStatus": "list_subscriptions_request_status",
    "MessageResponse": "message_response",
    "Order": "order",
    "OrderCustomer": "order_customer",
    "OrderEventPayload": "order_event_payload",
    "OrderEventPayloadCustomer": "order_event_payload_customer",
    "OrderEventPayloadOrder": "order_event_payload_order",
    "OrderEventPayloadProduct": "order_event_payload_product",
    "OrderList": "order_list",
    "Pagination": "pagination",
    "Payment": "payment",
    "Post": "post",
    "Product": "product",
    "ProductBillingInterval": "product_billing_interval",
    "ProductFile": "product_file",
    "ProductType": "product_type",
    "ProductVariant": "product_variant",
    "Refund": "refund",
    "RefundStatus": "refund_status",
    "Review": "review",
    "SendEmailRequest": "send_email_request",
    "SendEmailResponse": "send_email_response",
    "Subscriber": "subscriber",
    "Subscription": "subscription",
    "SubscriptionCustomer": "subscription_customer",
    "SubscriptionEventPayload": "subscription_event_payload",
    "SubscriptionEventPayloadCustomer": "subscription_event_payload_customer",
    "SubscriptionEventPayloadSubscription": "subscription_event_payload_subscription",
    "SubscriptionList": "subscription_list",
    "SubscriptionOffer": "subscription_offer",
    "SubscriptionOfferFrequency": "subscription_offer_frequency",
    "SubscriptionStatus": "subscription_status",
    "UpdateDiscountRequest": "update_discount_request",
    "UpdateDiscountRequestValueType": "update_discount_request_value_type",
    "UpdateProductRequest": "update_product_request",
    "UpdateUpsellRequest": "update_upsell_request",
    "UpdateUserRequest": "update_user_request",
    "UpdateWebhookRequest": "update_webhook_request",
    "Upsell": "upsell",
    "UpsellList": "upsell_list",
    "User": "user",
    "ValidateDiscountRequest": "validate_discount_request",
    "Webhook": "webhook",
    "WebhookEventType": "webhook_event_type",
    "WebhookPaymentMethod": "webhook_payment_method",
    "WebhookRefund": "webhook_refund",
    "WebhookTax": "webhook_tax",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
