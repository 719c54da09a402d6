"""Operations on webhooks."""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime._events import UnknownWebhookEvent
from .._runtime._events import unwrap_event as _unwrap_event
from .._runtime._events import verify_event_signature as _verify_event_signature
from .._runtime._options import AsyncResource, SyncResource
from ..webhook_events import EVENT_TYPES, SIGNATURE_HEADER, TYPE_FIELDS, TYPE_HEADER, WebhookEvent

__all__ = [
    "AsyncWebhooksResource",
    "AsyncWebhooksResourceWithRawResponse",
    "WebhooksResource",
    "WebhooksResourceWithRawResponse",
]


class WebhooksResource(SyncResource):
    """Operations on webhooks."""

    __slots__ = ()

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
    """Operations on webhooks."""

    __slots__ = ()

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
        self._resource = resource


class AsyncWebhooksResourceWithRawResponse:
    """The operations of ``AsyncWebhooksResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self._resource = resource
