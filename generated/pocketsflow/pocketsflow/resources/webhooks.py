"""Set up webhooks to receive real-time event notifications."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._events import UnknownWebhookEvent
from .._runtime._events import unwrap_event as _unwrap_event
from .._runtime._events import verify_event_signature as _verify_event_signature
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_webhook_request import CreateWebhookRequest
from ..types.message_response import MessageResponse
from ..types.update_webhook_request import UpdateWebhookRequest
from ..types.webhook import Webhook
from ..types.webhook_event_type import WebhookEventType
from ..webhook_events import EVENT_TYPES, SIGNATURE_HEADER, TYPE_FIELDS, TYPE_HEADER, WebhookEvent

__all__ = [
    "AsyncWebhooksResource",
    "AsyncWebhooksResourceWithRawResponse",
    "WebhooksResource",
    "WebhooksResourceWithRawResponse",
]


class WebhooksResource(SyncResource):
    """Set up webhooks to receive real-time event notifications."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        url: str,
        events: list[
            WebhookEventType
            | Literal[
                "order.completed",
                "order.refunded",
                "customer.created",
                "customer.subscription.created",
                "customer.subscription.updated",
                "customer.subscription.deleted",
                "customer.subscription.pause",
                "customer.subscription.resumed",
                "customer.subscription.trial_will_end",
                "invoice.created",
                "invoice.upcoming",
                "invoice.paid",
                "invoice.payment_succeeded",
                "invoice.payment_failed",
                "payment_intent.succeeded",
                "payment_intent.payment_failed",
                "product.created",
                "product.updated",
                "product.deleted",
                "review.created",
                "identity.verification_session.verified",
                "identity.verification_session.processing",
                "identity.verification_session.requires_input",
            ]
        ],
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    @overload
    def create(
        self,
        *,
        body: CreateWebhookRequest,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    def create(
        self,
        *,
        body: CreateWebhookRequest | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            list[
                WebhookEventType
                | Literal[
                    "order.completed",
                    "order.refunded",
                    "customer.created",
                    "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.pause",
                    "customer.subscription.resumed",
                    "customer.subscription.trial_will_end",
                    "invoice.created",
                    "invoice.upcoming",
                    "invoice.paid",
                    "invoice.payment_succeeded",
                    "invoice.payment_failed",
                    "payment_intent.succeeded",
                    "payment_intent.payment_failed",
                    "product.created",
                    "product.updated",
                    "product.deleted",
                    "review.created",
                    "identity.verification_session.verified",
                    "identity.verification_session.processing",
                    "identity.verification_session.requires_input",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook:
        """Create a webhook.

        Registers an HTTPS endpoint. The response includes the signing `secret`, shown only once.

        Args:
            url: Endpoint URL; must be HTTPS and publicly reachable.
            body: the whole request body as a ``CreateWebhookRequest`` instead of the arguments above

        ``POST /webhooks``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/webhooks",
                body=_merge_body(
                    body,
                    {"url": url, "events": events, "description": description, "active": active},
                    ("url", "events"),
                ),
                **options,
            ),
            cast_to=Webhook,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a webhook.

        Args:
            id: Webhook ID.

        ``DELETE /webhooks/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/webhooks/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Webhook:
        """Get a webhook.

        Args:
            id: Webhook ID.

        ``GET /webhooks/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/webhooks/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Webhook,
        )

    @overload
    def update(
        self,
        id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            list[
                WebhookEventType
                | Literal[
                    "order.completed",
                    "order.refunded",
                    "customer.created",
                    "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.pause",
                    "customer.subscription.resumed",
                    "customer.subscription.trial_will_end",
                    "invoice.created",
                    "invoice.upcoming",
                    "invoice.paid",
                    "invoice.payment_succeeded",
                    "invoice.payment_failed",
                    "payment_intent.succeeded",
                    "payment_intent.payment_failed",
                    "product.created",
                    "product.updated",
                    "product.deleted",
                    "review.created",
                    "identity.verification_session.verified",
                    "identity.verification_session.processing",
                    "identity.verification_session.requires_input",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    @overload
    def update(
        self,
        id: str,
        *,
        body: UpdateWebhookRequest,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    def update(
        self,
        id: str,
        *,
        body: UpdateWebhookRequest | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            list[
                WebhookEventType
                | Literal[
                    "order.completed",
                    "order.refunded",
                    "customer.created",
                    "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.pause",
                    "customer.subscription.resumed",
                    "customer.subscription.trial_will_end",
                    "invoice.created",
                    "invoice.upcoming",
                    "invoice.paid",
                    "invoice.payment_succeeded",
                    "invoice.payment_failed",
                    "payment_intent.succeeded",
                    "payment_intent.payment_failed",
                    "product.created",
                    "product.updated",
                    "product.deleted",
                    "review.created",
                    "identity.verification_session.verified",
                    "identity.verification_session.processing",
                    "identity.verification_session.requires_input",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook:
        """Update a webhook.

        The only resource updated with PUT (partial body accepted).

        Args:
            id: Webhook ID.
            body: the whole request body as a ``UpdateWebhookRequest`` instead of the arguments above

        ``PUT /webhooks/{id}``"""
        return self._client.request(
            RequestOptions(
                "PUT",
                "/webhooks/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {"url": url, "events": events, "description": description, "active": active},
                ),
                **options,
            ),
            cast_to=Webhook,
        )

    def test(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Send a test event.

        Sends a test delivery to the endpoint.

        Args:
            id: Webhook ID.

        ``POST /webhooks/{id}/test``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/webhooks/{id}/test",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Webhook]:
        """List webhooks.

        ``GET /webhooks``"""
        return _cast(
            list[Webhook],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/webhooks",
                    **options,
                ),
                cast_to=_cast(Any, list[Webhook]),
            ),
        )

    def unwrap(
        self,
        payload: bytes | bytearray | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
    ) -> WebhookEvent | UnknownWebhookEvent:
        """Verify a webhook delivery's signature, then parse it into a typed event.

        Pass the raw request body exactly as received and its headers. The signing secret defaults to the
        client's ``webhook_secret``. Raises ``WebhookVerificationError`` on a missing or wrong signature.
        Event types this client does not know yet come back as ``UnknownWebhookEvent``.
        """
        client = self._client
        result: WebhookEvent | UnknownWebhookEvent = _unwrap_event(
            payload,
            headers,
            secret if secret is not None else client.webhook_secret,
            events=EVENT_TYPES,
            type_header=TYPE_HEADER,
            type_fields=TYPE_FIELDS,
            header_name=SIGNATURE_HEADER,
            secret_env=client._env_webhook_secret,
            errors=client._error_classes,
        )
        return result

    def verify_signature(
        self,
        payload: bytes | bytearray | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
    ) -> None:
        """Raise ``WebhookVerificationError`` unless the delivery carries a valid signature."""
        client = self._client
        _verify_event_signature(
            payload,
            headers,
            secret if secret is not None else client.webhook_secret,
            header_name=SIGNATURE_HEADER,
            secret_env=client._env_webhook_secret,
            errors=client._error_classes,
        )


class AsyncWebhooksResource(AsyncResource):
    """Set up webhooks to receive real-time event notifications."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        url: str,
        events: list[
            WebhookEventType
            | Literal[
                "order.completed",
                "order.refunded",
                "customer.created",
                "customer.subscription.created",
                "customer.subscription.updated",
                "customer.subscription.deleted",
                "customer.subscription.pause",
                "customer.subscription.resumed",
                "customer.subscription.trial_will_end",
                "invoice.created",
                "invoice.upcoming",
                "invoice.paid",
                "invoice.payment_succeeded",
                "invoice.payment_failed",
                "payment_intent.succeeded",
                "payment_intent.payment_failed",
                "product.created",
                "product.updated",
                "product.deleted",
                "review.created",
                "identity.verification_session.verified",
                "identity.verification_session.processing",
                "identity.verification_session.requires_input",
            ]
        ],
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    @overload
    async def create(
        self,
        *,
        body: CreateWebhookRequest,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    async def create(
        self,
        *,
        body: CreateWebhookRequest | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            list[
                WebhookEventType
                | Literal[
                    "order.completed",
                    "order.refunded",
                    "customer.created",
                    "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.pause",
                    "customer.subscription.resumed",
                    "customer.subscription.trial_will_end",
                    "invoice.created",
                    "invoice.upcoming",
                    "invoice.paid",
                    "invoice.payment_succeeded",
                    "invoice.payment_failed",
                    "payment_intent.succeeded",
                    "payment_intent.payment_failed",
                    "product.created",
                    "product.updated",
                    "product.deleted",
                    "review.created",
                    "identity.verification_session.verified",
                    "identity.verification_session.processing",
                    "identity.verification_session.requires_input",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook:
        """Create a webhook.

        Registers an HTTPS endpoint. The response includes the signing `secret`, shown only once.

        Args:
            url: Endpoint URL; must be HTTPS and publicly reachable.
            body: the whole request body as a ``CreateWebhookRequest`` instead of the arguments above

        ``POST /webhooks``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/webhooks",
                body=_merge_body(
                    body,
                    {"url": url, "events": events, "description": description, "active": active},
                    ("url", "events"),
                ),
                **options,
            ),
            cast_to=Webhook,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a webhook.

        Args:
            id: Webhook ID.

        ``DELETE /webhooks/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/webhooks/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Webhook:
        """Get a webhook.

        Args:
            id: Webhook ID.

        ``GET /webhooks/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/webhooks/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Webhook,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            list[
                WebhookEventType
                | Literal[
                    "order.completed",
                    "order.refunded",
                    "customer.created",
                    "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.pause",
                    "customer.subscription.resumed",
                    "customer.subscription.trial_will_end",
                    "invoice.created",
                    "invoice.upcoming",
                    "invoice.paid",
                    "invoice.payment_succeeded",
                    "invoice.payment_failed",
                    "payment_intent.succeeded",
                    "payment_intent.payment_failed",
                    "product.created",
                    "product.updated",
                    "product.deleted",
                    "review.created",
                    "identity.verification_session.verified",
                    "identity.verification_session.processing",
                    "identity.verification_session.requires_input",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: UpdateWebhookRequest,
        **options: Unpack[CallOptions],
    ) -> Webhook: ...

    async def update(
        self,
        id: str,
        *,
        body: UpdateWebhookRequest | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            list[
                WebhookEventType
                | Literal[
                    "order.completed",
                    "order.refunded",
                    "customer.created",
                    "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.pause",
                    "customer.subscription.resumed",
                    "customer.subscription.trial_will_end",
                    "invoice.created",
                    "invoice.upcoming",
                    "invoice.paid",
                    "invoice.payment_succeeded",
                    "invoice.payment_failed",
                    "payment_intent.succeeded",
                    "payment_intent.payment_failed",
                    "product.created",
                    "product.updated",
                    "product.deleted",
                    "review.created",
                    "identity.verification_session.verified",
                    "identity.verification_session.processing",
                    "identity.verification_session.requires_input",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Webhook:
        """Update a webhook.

        The only resource updated with PUT (partial body accepted).

        Args:
            id: Webhook ID.
            body: the whole request body as a ``UpdateWebhookRequest`` instead of the arguments above

        ``PUT /webhooks/{id}``"""
        return await self._client.request(
            RequestOptions(
                "PUT",
                "/webhooks/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {"url": url, "events": events, "description": description, "active": active},
                ),
                **options,
            ),
            cast_to=Webhook,
        )

    async def test(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Send a test event.

        Sends a test delivery to the endpoint.

        Args:
            id: Webhook ID.

        ``POST /webhooks/{id}/test``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/webhooks/{id}/test",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Webhook]:
        """List webhooks.

        ``GET /webhooks``"""
        return _cast(
            list[Webhook],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/webhooks",
                    **options,
                ),
                cast_to=_cast(Any, list[Webhook]),
            ),
        )

    def unwrap(
        self,
        payload: bytes | bytearray | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
    ) -> WebhookEvent | UnknownWebhookEvent:
        """Verify a webhook delivery's signature, then parse it into a typed event (see the sync client)."""
        client = self._client
        result: WebhookEvent | UnknownWebhookEvent = _unwrap_event(
            payload,
            headers,
            secret if secret is not None else client.webhook_secret,
            events=EVENT_TYPES,
            type_header=TYPE_HEADER,
            type_fields=TYPE_FIELDS,
            header_name=SIGNATURE_HEADER,
            secret_env=client._env_webhook_secret,
            errors=client._error_classes,
        )
        return result

    def verify_signature(
        self,
        payload: bytes | bytearray | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
    ) -> None:
        """Raise ``WebhookVerificationError`` unless the delivery carries a valid signature."""
        client = self._client
        _verify_event_signature(
            payload,
            headers,
            secret if secret is not None else client.webhook_secret,
            header_name=SIGNATURE_HEADER,
            secret_env=client._env_webhook_secret,
            errors=client._error_classes,
        )


class WebhooksResourceWithRawResponse:
    """The operations of ``WebhooksResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.test = to_raw_response_wrapper(resource.test)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncWebhooksResourceWithRawResponse:
    """The operations of ``AsyncWebhooksResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.test = async_to_raw_response_wrapper(resource.test)
        self.list = async_to_raw_response_wrapper(resource.list)
