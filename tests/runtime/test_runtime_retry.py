from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest
from _runtime import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestOptions,
)
from _runtime._retry import retry_after, retry_delay, should_retry_status


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True})


def test_backoff_sequence_without_jitter(make_client: Any, clock: Any) -> None:
    client, rec = make_client(httpx.Response(500), httpx.Response(503), httpx.Response(502), ok)
    result = client.request(RequestOptions("GET", "/x", max_retries=3), cast_to=dict)
    assert result == {"ok": True}
    assert len(rec.requests) == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_backoff_is_capped_at_eight_seconds() -> None:
    delays = [retry_delay(n, None, now=0.0, random=lambda: 0.0) for n in range(8)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize("r", [0.0, 0.3, 0.999999])
def test_jitter_stays_within_bounds(r: float) -> None:
    for n in range(6):
        base = min(0.5 * 2**n, 8.0)
        delay = retry_delay(n, None, now=0.0, random=lambda: r)
        assert base * 0.75 < delay <= base


def test_retry_after_seconds_is_honoured(make_client: Any, clock: Any) -> None:
    client, _ = make_client(httpx.Response(429, headers={"Retry-After": "7"}), ok)
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert clock.sleeps == [7.0]


def test_retry_after_ms_wins_over_retry_after(make_client: Any, clock: Any) -> None:
    resp = httpx.Response(429, headers={"retry-after-ms": "1500", "Retry-After": "9"})
    client, _ = make_client(resp, ok)
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert clock.sleeps == [1.5]


def test_retry_after_http_date(make_client: Any, clock: Any) -> None:
    date = email.utils.formatdate(clock.now + 12, usegmt=True)
    client, _ = make_client(httpx.Response(503, headers={"Retry-After": date}), ok)
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert clock.sleeps == [12.0]


def test_retry_after_is_capped(make_client: Any, clock: Any) -> None:
    client, _ = make_client(httpx.Response(429, headers={"Retry-After": "3600"}), ok)
    client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert clock.sleeps == [60.0]


@pytest.mark.parametrize("value", ["soon", "nan", "inf", ""])
def test_invalid_retry_after_falls_back_to_backoff(value: str) -> None:
    assert retry_after({"retry-after": value}, 0.0) is None
    assert retry_delay(1, {"retry-after": value}, now=0.0, random=lambda: 0.0) == 1.0


def test_past_http_date_means_no_wait() -> None:
    date = email.utils.formatdate(1000.0, usegmt=True)
    assert retry_after({"retry-after": date}, 5000.0) == 0.0


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    assert should_retry_status(status, {})


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_non_retryable_statuses(status: int) -> None:
    assert not should_retry_status(status, {})


def test_x_should_retry_header_overrides() -> None:
    assert should_retry_status(400, {"x-should-retry": "true"})
    assert not should_retry_status(503, {"x-should-retry": "false"})


@pytest.mark.parametrize(("status", "exc"), [(400, BadRequestError), (404, NotFoundError)])
def test_no_retry_on_client_errors(make_client: Any, clock: Any, status: int, exc: type) -> None:
    client, rec = make_client(httpx.Response(status, json={"message": "nope"}))
    with pytest.raises(exc):
        client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert len(rec.requests) == 1
    assert clock.sleeps == []


def test_x_should_retry_false_stops_retrying(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert len(rec.requests) == 1


def test_retries_exhausted_raise_last_status_error(make_client: Any, clock: Any) -> None:
    client, rec = make_client(httpx.Response(429, json={"message": "slow down"}))
    with pytest.raises(RateLimitError) as info:
        client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert len(rec.requests) == 3  # default: 2 retries
    assert info.value.status_code == 429
    assert "slow down" in str(info.value)
    assert clock.sleeps == [0.5, 1.0]


def test_max_retries_per_client_and_per_call(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(500), max_retries=0)
    with pytest.raises(InternalServerError):
        client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert len(rec.requests) == 1
    with pytest.raises(InternalServerError):
        client.request(RequestOptions("GET", "/x", max_retries=4), cast_to=dict)
    assert len(rec.requests) == 1 + 5


def test_connection_errors_are_retried_then_raised(make_client: Any, clock: Any) -> None:
    client, rec = make_client(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        client.request(RequestOptions("GET", "/x"), cast_to=dict)
    assert not isinstance(info.value, APITimeoutError)
    assert len(rec.requests) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_timeouts_raise_timeout_error(make_client: Any) -> None:
    client, _ = make_client(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), ok)
    assert client.request(RequestOptions("GET", "/x"), cast_to=dict) == {"ok": True}
    client2, _ = make_client(httpx.ReadTimeout("slow"), max_retries=0)
    with pytest.raises(APITimeoutError):
        client2.request(RequestOptions("GET", "/x"), cast_to=dict)


def test_idempotency_key_is_stable_across_attempts(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(500), httpx.Response(409), ok)
    options = RequestOptions("POST", "/orders", body={"a": 1}, idempotency_header="Idempotency-Key")
    client.request(options, cast_to=dict)
    keys = [r.headers.get("Idempotency-Key") for r in rec.requests]
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    # a new logical call gets a new key
    client.request(options, cast_to=dict)
    assert rec.requests[-1].headers["Idempotency-Key"] != keys[0]


def test_idempotency_key_absent_for_get_and_undeclared(make_client: Any) -> None:
    client, rec = make_client(ok)
    client.request(RequestOptions("GET", "/x", idempotency_header="Idempotency-Key"), cast_to=dict)
    client.request(RequestOptions("POST", "/x", body={}), cast_to=dict)
    assert all("Idempotency-Key" not in r.headers for r in rec.requests)


def test_caller_supplied_idempotency_key_is_kept(make_client: Any) -> None:
    client, rec = make_client(ok)
    options = RequestOptions(
        "POST",
        "/x",
        idempotency_header="Idempotency-Key",
        extra_headers={"idempotency-key": "mine"},
    )
    client.request(options, cast_to=dict)
    assert rec.requests[0].headers["Idempotency-Key"] == "mine"
