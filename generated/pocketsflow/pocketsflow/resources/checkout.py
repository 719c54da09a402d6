"""Create custom checkout sessions."""

from __future__ import annotations

from typing import Any, overload

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.checkout_session import CheckoutSession
from ..types.create_checkout_session_request import CreateCheckoutSessionRequest

__all__ = [
    "AsyncCheckoutResource",
    "AsyncCheckoutResourceWithRawResponse",
    "CheckoutResource",
    "CheckoutResourceWithRawResponse",
]


class CheckoutResource(SyncResource):
    """Create custom checkout sessions."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        product_id: str,
        success_url: str,
        cancel_url: str,
        customer_email: str | NotGiven = NOT_GIVEN,
        discount_code: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_reference_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CheckoutSession: ...

    @overload
    def create(
        self,
        *,
        body: CreateCheckoutSessionRequest,
        **options: Unpack[CallOptions],
    ) -> CheckoutSession: ...

    def create(
        self,
        *,
        body: CreateCheckoutSessionRequest | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        success_url: str | NotGiven = NOT_GIVEN,
        cancel_url: str | NotGiven = NOT_GIVEN,
        customer_email: str | NotGiven = NOT_GIVEN,
        discount_code: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_reference_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CheckoutSession:
        """Create checkout session.

        Creates a hosted checkout; redirect the buyer to `url`. Put your own order/cart id in `metadata` — it is echoed back on the order and on the `order.completed` webhook.

        Args:
            product_id: Product ID to purchase (a product owned by your account).
            success_url: Redirect URL after successful payment
            cancel_url: Redirect URL if payment is canceled
            customer_email: Pre-fill customer email
            discount_code: Discount code to apply
            metadata: Custom metadata for the checkout; echoed back on the order and on webhooks.
            client_reference_id: Your own reference ID. Not on the API reference page; seen in third-party integrations and in the `clientReferenceId` field of subscription webhooks.
            body: the whole request body as a ``CreateCheckoutSessionRequest`` instead of the arguments above

        ``POST /checkout/sessions``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/checkout/sessions",
                body=_merge_body(
                    body,
                    {
                        "productId": product_id,
                        "successUrl": success_url,
                        "cancelUrl": cancel_url,
                        "customerEmail": customer_email,
                        "discountCode": discount_code,
                        "metadata": metadata,
                        "clientReferenceId": client_reference_id,
                    },
                    ("productId", "successUrl", "cancelUrl"),
                ),
                **options,
            ),
            cast_to=CheckoutSession,
        )


class AsyncCheckoutResource(AsyncResource):
    """Create custom checkout sessions."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        product_id: str,
        success_url: str,
        cancel_url: str,
        customer_email: str | NotGiven = NOT_GIVEN,
        discount_code: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_reference_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CheckoutSession: ...

    @overload
    async def create(
        self,
        *,
        body: CreateCheckoutSessionRequest,
        **options: Unpack[CallOptions],
    ) -> CheckoutSession: ...

    async def create(
        self,
        *,
        body: CreateCheckoutSessionRequest | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        success_url: str | NotGiven = NOT_GIVEN,
        cancel_url: str | NotGiven = NOT_GIVEN,
        customer_email: str | NotGiven = NOT_GIVEN,
        discount_code: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        client_reference_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CheckoutSession:
        """Create checkout session.

        Creates a hosted checkout; redirect the buyer to `url`. Put your own order/cart id in `metadata` — it is echoed back on the order and on the `order.completed` webhook.

        Args:
            product_id: Product ID to purchase (a product owned by your account).
            success_url: Redirect URL after successful payment
            cancel_url: Redirect URL if payment is canceled
            customer_email: Pre-fill customer email
            discount_code: Discount code to apply
            metadata: Custom metadata for the checkout; echoed back on the order and on webhooks.
            client_reference_id: Your own reference ID. Not on the API reference page; seen in third-party integrations and in the `clientReferenceId` field of subscription webhooks.
            body: the whole request body as a ``CreateCheckoutSessionRequest`` instead of the arguments above

        ``POST /checkout/sessions``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/checkout/sessions",
                body=_merge_body(
                    body,
                    {
                        "productId": product_id,
                        "successUrl": success_url,
                        "cancelUrl": cancel_url,
                        "customerEmail": customer_email,
                        "discountCode": discount_code,
                        "metadata": metadata,
                        "clientReferenceId": client_reference_id,
                    },
                    ("productId", "successUrl", "cancelUrl"),
                ),
                **options,
            ),
            cast_to=CheckoutSession,
        )


class CheckoutResourceWithRawResponse:
    """The operations of ``CheckoutResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: CheckoutResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncCheckoutResourceWithRawResponse:
    """The operations of ``AsyncCheckoutResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncCheckoutResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
