from __future__ import annotations

import hashlib
import hmac
import json
from typing import Annotated, Any, Literal

import pydantic
import pytest
from _runtime import APIModel, UnknownEvent, WebhookVerificationError, unwrap, verify_signature
from _runtime._webhooks import sign

SECRET = "whsec_test_123"


class OrderCompleted(APIModel):
    event: Literal["order.completed"]
    amount: float


class ProductCreated(APIModel):
    event: Literal["product.created"]
    product: dict[str, Any]


Event = Annotated[OrderCompleted | ProductCreated, pydantic.Field(discriminator="event")]
ADAPTER: pydantic.TypeAdapter[OrderCompleted | ProductCreated] = pydantic.TypeAdapter(Event)

PAYLOAD = json.dumps({"event": "order.completed", "amount": 64.99, "webhookId": "w1"}).encode()


def signature(payload: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def test_good_signature_passes_case_insensitive_header() -> None:
    verify_signature(PAYLOAD, {"x-pocketsflow-signature": signature(PAYLOAD)}, SECRET)
    verify_signature(PAYLOAD.decode(), {"X-POCKETSFLOW-SIGNATURE": signature(PAYLOAD)}, SECRET)
    assert sign(PAYLOAD, SECRET) == signature(PAYLOAD)


def test_sha256_prefix_and_uppercase_hex_are_accepted() -> None:
    verify_signature(PAYLOAD, {"X-Pocketsflow-Signature": "sha256=" + signature(PAYLOAD)}, SECRET)
    verify_signature(PAYLOAD, {"X-Pocketsflow-Signature": signature(PAYLOAD).upper()}, SECRET)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Pocketsflow-Signature": signature(PAYLOAD, "wrong")},
        {"X-Pocketsflow-Signature": "not-hex-é"},
        {"X-Pocketsflow-Signature": signature(PAYLOAD + b" ")},
    ],
)
def test_bad_signature_is_rejected_without_leaking_secret(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError, match="does not match") as info:
        verify_signature(PAYLOAD, headers, SECRET)
    assert SECRET not in str(info.value)


def test_missing_signature_header() -> None:
    with pytest.raises(
        WebhookVerificationError, match="Missing webhook signature header X-Pocketsflow-Signature"
    ):
        verify_signature(PAYLOAD, {}, SECRET)


def test_missing_secret_names_environment_variable() -> None:
    with pytest.raises(WebhookVerificationError, match="POCKETSFLOW_WEBHOOK_SECRET"):
        verify_signature(
            PAYLOAD, {"X-Pocketsflow-Signature": "x"}, None, secret_env="POCKETSFLOW_WEBHOOK_SECRET"
        )


def test_custom_header_name() -> None:
    verify_signature(PAYLOAD, {"X-Sig": signature(PAYLOAD)}, SECRET, header_name="X-Sig")


def test_unwrap_known_event() -> None:
    event = unwrap(
        PAYLOAD,
        {"X-Pocketsflow-Signature": signature(PAYLOAD)},
        SECRET,
        ADAPTER,
        type_field="event",
    )
    assert isinstance(event, OrderCompleted) and event.amount == 64.99
    assert event.model_extra == {"webhookId": "w1"}


def test_unwrap_unknown_event_keeps_raw_payload() -> None:
    payload = json.dumps({"event": "invoice.paid", "total": 3}).encode()
    event = unwrap(
        payload,
        {"X-Pocketsflow-Signature": signature(payload)},
        SECRET,
        ADAPTER,
        type_field="event",
    )
    assert isinstance(event, UnknownEvent)
    assert event.type == "invoice.paid" and event.data == {"event": "invoice.paid", "total": 3}
    assert event.raw == payload


def test_unwrap_single_model_adapter_unknown_type() -> None:
    adapter = pydantic.TypeAdapter(OrderCompleted)
    payload = b'{"event": "something.new"}'
    event = unwrap(
        payload,
        {"X-Pocketsflow-Signature": signature(payload)},
        SECRET,
        adapter,
        type_field="event",
    )
    assert isinstance(event, UnknownEvent) and event.type == "something.new"


def test_unwrap_malformed_known_event_raises() -> None:
    payload = b'{"event": "order.completed", "amount": "lots"}'
    with pytest.raises(WebhookVerificationError, match="order.completed"):
        unwrap(
            payload,
            {"X-Pocketsflow-Signature": signature(payload)},
            SECRET,
            ADAPTER,
            type_field="event",
        )


def test_unwrap_verifies_before_parsing() -> None:
    with pytest.raises(WebhookVerificationError):
        unwrap(PAYLOAD, {"X-Pocketsflow-Signature": "00"}, SECRET, ADAPTER)
    bad_json = b"{not json"
    with pytest.raises(WebhookVerificationError, match="not valid JSON"):
        unwrap(bad_json, {"X-Pocketsflow-Signature": signature(bad_json)}, SECRET, ADAPTER)


def test_plain_union_adapter_unknown_vs_malformed() -> None:
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(OrderCompleted | ProductCreated)
    unknown = b'{"event": "x.y"}'
    event = unwrap(
        unknown,
        {"X-Pocketsflow-Signature": signature(unknown)},
        SECRET,
        adapter,
        type_field="event",
    )
    assert isinstance(event, UnknownEvent)
    bad = b'{"event": "order.completed"}'
    with pytest.raises(WebhookVerificationError):
        unwrap(
            bad, {"X-Pocketsflow-Signature": signature(bad)}, SECRET, adapter, type_field="event"
        )


def test_client_webhook_helpers(make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = make_client(None)
    with pytest.raises(WebhookVerificationError, match="DEMO_WEBHOOK_SECRET"):
        client.verify_webhook_signature(PAYLOAD, {"X-Pocketsflow-Signature": signature(PAYLOAD)})
    monkeypatch.setenv("DEMO_WEBHOOK_SECRET", SECRET)
    client, _ = make_client(None)
    client._webhook_type_field = "event"
    headers = {"x-pocketsflow-signature": signature(PAYLOAD)}
    client.verify_webhook_signature(PAYLOAD, headers)
    event = client.unwrap_webhook(PAYLOAD, headers, ADAPTER)
    assert isinstance(event, OrderCompleted)
    with pytest.raises(WebhookVerificationError):
        client.unwrap_webhook(PAYLOAD, headers, ADAPTER, secret="other")
