"""Verified, typed webhook deliveries.

A delivery is the raw body plus headers. ``unwrap_event`` first checks the HMAC-SHA256 signature over the exact
bytes received (constant-time compare, via ``_webhooks.verify_signature``), then finds the event type (from the
event-type header the API declares, else a ``type``/``event`` field in the body) and parses the body into that
event's model. Event types this client does not know become ``UnknownWebhookEvent`` with the raw payload, so an
API adding events never breaks a receiver.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pydantic

from ._exceptions import DEFAULT_ERROR_CLASSES, ErrorClasses, WebhookVerificationError
from ._webhooks import _header, verify_signature

__all__ = ["UnknownWebhookEvent", "unwrap_event", "verify_event_signature"]


@dataclass(frozen=True, slots=True)
class UnknownWebhookEvent:
    """An event type this client version does not know; ``data`` is the decoded JSON body."""

    type: str | None
    data: Any
    raw: bytes = field(repr=False)


def verify_event_signature(
    payload: bytes | bytearray | str,
    headers: Mapping[str, str],
    secret: str | None,
    *,
    header_name: str,
    secret_env: str | None = None,
    errors: ErrorClasses = DEFAULT_ERROR_CLASSES,
) -> None:
    verify_signature(payload, headers, secret, header_name, secret_env=secret_env, errors=errors)


def unwrap_event(
    payload: bytes | bytearray | str,
    headers: Mapping[str, str],
    secret: str | None,
    *,
    events: Mapping[str, type[pydantic.BaseModel]],
    type_header: str = "",
    type_fields: Sequence[str] = ("type", "event"),
    header_name: str,
    secret_env: str | None = None,
    errors: ErrorClasses = DEFAULT_ERROR_CLASSES,
) -> Any:
    verify_signature(payload, headers, secret, header_name, secret_env=secret_env, errors=errors)
    raw = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    error = errors.get(WebhookVerificationError)
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise error("Webhook payload is not valid JSON.") from exc
    event_type = _header(headers, type_header) if type_header else None
    if not event_type and isinstance(data, dict):
        for name in type_fields:
            value = data.get(name)
            if isinstance(value, str):
                event_type = value
                break
    model = events.get(event_type) if event_type else None
    if model is None:
        return UnknownWebhookEvent(type=event_type or None, data=data, raw=raw)
    try:
        return model.model_validate({"type": event_type, "data": data})
    except pydantic.ValidationError as exc:
        raise error(
            f"Webhook payload for event {event_type!r} does not match its schema ({exc.error_count()} errors)."
        ) from exc
