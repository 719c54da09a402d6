"""Webhook signature verification and typed event parsing.

Signature scheme (Pocketsflow and many others): lower-case hex HMAC-SHA256 of the exact raw
request body, keyed with the endpoint's signing secret, in one header (``X-Pocketsflow-Signature``
by default; a ``sha256=`` prefix is accepted). Comparison is constant time. Always verify the
bytes you received, before any JSON re-encoding.

``unwrap`` verifies, then parses the JSON into a typed event with a (discriminated union)
``TypeAdapter`` supplied by the generated code. An event whose type the adapter does not know
becomes an :class:`UnknownEvent` keeping the raw payload, so new server events never crash a
receiver; a known event with a malformed payload raises ``WebhookVerificationError``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pydantic

from ._exceptions import DEFAULT_ERROR_CLASSES, ErrorClasses, WebhookVerificationError

__all__ = ["UnknownEvent", "sign", "unwrap", "verify_signature"]

_E = TypeVar("_E")

DEFAULT_SIGNATURE_HEADER = "X-Pocketsflow-Signature"


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """An event type this client version does not know; ``data`` is the decoded JSON."""

    type: str | None
    data: Any
    raw: bytes = field(repr=False)


def _as_bytes(payload: bytes | bytearray | str) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)


def sign(payload: bytes | bytearray | str, secret: str) -> str:
    """The hex signature a sender computes (handy for tests and local replays)."""
    return hmac.new(secret.encode("utf-8"), _as_bytes(payload), hashlib.sha256).hexdigest()


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def verify_signature(
    payload: bytes | bytearray | str,
    headers: Mapping[str, str],
    secret: str | None,
    header_name: str = DEFAULT_SIGNATURE_HEADER,
    *,
    secret_env: str | None = None,
    errors: ErrorClasses = DEFAULT_ERROR_CLASSES,
) -> None:
    """Raise ``WebhookVerificationError`` unless ``headers`` carry a valid signature."""
    error = errors.get(WebhookVerificationError)
    if not secret:
        where = f" or set the {secret_env} environment variable" if secret_env else ""
        raise error(f"No webhook secret configured: pass the signing secret{where}.")
    received = _header(headers, header_name)
    if not received:
        raise error(f"Missing webhook signature header {header_name}.")
    received = received.strip()
    if received[:7].lower() == "sha256=":
        received = received[7:]
    expected = sign(payload, secret)
    # compare_digest on ASCII str needs both ASCII; non-hex input simply fails the check.
    if not received.isascii() or not hmac.compare_digest(expected, received.lower()):
        raise error(f"Webhook signature in {header_name} does not match the payload.")


def unwrap(
    payload: bytes | bytearray | str,
    headers: Mapping[str, str],
    secret: str | None,
    event_type_adapter: pydantic.TypeAdapter[_E],
    *,
    header_name: str = DEFAULT_SIGNATURE_HEADER,
    type_field: str = "type",
    secret_env: str | None = None,
    errors: ErrorClasses = DEFAULT_ERROR_CLASSES,
) -> _E | UnknownEvent:
    """Verify the signature, then parse into the event union (or ``UnknownEvent``)."""
    verify_signature(payload, headers, secret, header_name, secret_env=secret_env, errors=errors)
    raw = _as_bytes(payload)
    error = errors.get(WebhookVerificationError)
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise error("Webhook payload is not valid JSON.") from exc
    try:
        return event_type_adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        event_type = data.get(type_field) if isinstance(data, dict) else None
        if _unknown_type(exc, type_field):
            return UnknownEvent(
                type=event_type if isinstance(event_type, str) else None, data=data, raw=raw
            )
        raise error(
            f"Webhook payload for event {event_type!r} does not match its schema "
            f"({exc.error_count()} errors)."
        ) from exc


def _unknown_type(exc: pydantic.ValidationError, type_field: str) -> bool:
    """True when validation failed only because the event type is not one the adapter knows.

    A discriminated union reports ``union_tag_invalid``/``union_tag_not_found`` at the top. A
    single model or a plain union reports ``literal_error`` on the type field of each model
    tried; the type is unknown when every error belongs to a model whose type did not match.
    """
    errors = exc.errors(include_url=False, include_input=False)
    if any(
        e["type"] in ("union_tag_invalid", "union_tag_not_found") and not e["loc"] for e in errors
    ):
        return True
    mismatched = {
        tuple(e["loc"][:-1])
        for e in errors
        if e["type"] == "literal_error" and e["loc"] and e["loc"][-1] == type_field
    }
    return bool(mismatched) and all(
        any(tuple(e["loc"][: len(prefix)]) == prefix for prefix in mismatched) for e in errors
    )
