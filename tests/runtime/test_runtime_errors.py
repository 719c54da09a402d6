from __future__ import annotations

from typing import Any

import httpx
import pydantic
import pytest
from _runtime import APIModel, RequestOptions
from _runtime import _exceptions as rt


class ErrorBody(APIModel):
    message: str | None = None
    code: str | None = None


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, rt.BadRequestError),
        (401, rt.AuthenticationError),
        (403, rt.PermissionDeniedError),
        (404, rt.NotFoundError),
        (409, rt.ConflictError),
        (422, rt.UnprocessableEntityError),
        (429, rt.RateLimitError),
        (500, rt.InternalServerError),
        (503, rt.InternalServerError),
        (418, rt.APIStatusError),
    ],
)
def test_status_maps_to_error_class(make_client: Any, status: int, cls: type) -> None:
    body = {"message": "bad thing", "code": "E1"}
    client, _ = make_client(
        httpx.Response(status, json=body, headers={"x-request-id": "req_123"}), max_retries=0
    )
    client._error_type = ErrorBody  # instance override of the class attribute
    with pytest.raises(rt.APIStatusError) as info:
        client.request(RequestOptions("GET", "/things/1"), cast_to=dict)
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.request_id == "req_123"
    assert err.headers["x-request-id"] == "req_123"
    assert isinstance(err.body, ErrorBody) and err.body.code == "E1"
    assert err.body_text == '{"message":"bad thing","code":"E1"}'
    assert "bad thing" in err.message and f"{status}" in err.message
    assert isinstance(err, rt.APIError) and isinstance(err, rt.ClientError)


def test_error_body_falls_back_to_json_or_text(make_client: Any) -> None:
    client, _ = make_client(
        httpx.Response(400, json=["not", "an", "object"]),
        httpx.Response(400, text="plain failure"),
        httpx.Response(400),
    )
    client._error_type = ErrorBody
    bodies = []
    for _ in range(3):
        with pytest.raises(rt.BadRequestError) as info:
            client.request(RequestOptions("GET", "/x"), cast_to=dict)
        bodies.append(info.value.body)
    assert bodies == [["not", "an", "object"], "plain failure", None]


def test_per_operation_error_types(make_client: Any) -> None:
    class NotFoundBody(APIModel):
        missing: str

    client, _ = make_client(httpx.Response(404, json={"missing": "order"}))
    options = RequestOptions("GET", "/x", error_types={404: NotFoundBody, "default": ErrorBody})
    with pytest.raises(rt.NotFoundError) as info:
        client.request(options, cast_to=dict)
    assert isinstance(info.value.body, NotFoundBody)


# --- the generated-package hook ----------------------------------------------------------
class DemoError(rt.ClientError): ...


class MissingCredentialsError(DemoError, rt.MissingCredentialsError): ...


class WebhookVerificationError(DemoError, rt.WebhookVerificationError): ...


class APIError(DemoError, rt.APIError): ...


class APIConnectionError(APIError, rt.APIConnectionError): ...


class APITimeoutError(APIConnectionError, rt.APITimeoutError): ...


class APIResponseValidationError(APIError, rt.APIResponseValidationError): ...


class APIStatusError(APIError, rt.APIStatusError): ...


class BadRequestError(APIStatusError, rt.BadRequestError): ...


class AuthenticationError(APIStatusError, rt.AuthenticationError): ...


class PermissionDeniedError(APIStatusError, rt.PermissionDeniedError): ...


class NotFoundError(APIStatusError, rt.NotFoundError): ...


class ConflictError(APIStatusError, rt.ConflictError): ...


class UnprocessableEntityError(APIStatusError, rt.UnprocessableEntityError): ...


class RateLimitError(APIStatusError, rt.RateLimitError): ...


class InternalServerError(APIStatusError, rt.InternalServerError): ...


GENERATED = (
    DemoError,
    MissingCredentialsError,
    WebhookVerificationError,
    APIError,
    APIConnectionError,
    APITimeoutError,
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
)
ERROR_CLASSES = rt.ErrorClasses.collect(*GENERATED)


def test_collect_maps_every_runtime_class() -> None:
    assert ERROR_CLASSES.get(rt.NotFoundError) is NotFoundError
    assert ERROR_CLASSES.get(rt.ClientError) is DemoError
    assert ERROR_CLASSES.for_status(502) is InternalServerError
    assert ERROR_CLASSES.for_status(418) is APIStatusError


def test_collect_rejects_incomplete_or_inconsistent_trees() -> None:
    with pytest.raises(TypeError, match="missing generated error classes"):
        rt.ErrorClasses.collect(DemoError, APIError)
    with pytest.raises(TypeError, match="both map to"):
        rt.ErrorClasses.collect(*GENERATED, type("Dup", (rt.NotFoundError,), {}))

    class Stray(rt.NotFoundError): ...

    others = [c for c in GENERATED if c is not NotFoundError]
    with pytest.raises(TypeError, match="not derived from DemoError"):
        rt.ErrorClasses.collect(*others, Stray)


@pytest.mark.parametrize(
    ("response", "generated", "runtime"),
    [
        (httpx.Response(404), NotFoundError, rt.NotFoundError),
        (httpx.Response(500), InternalServerError, rt.InternalServerError),
        (httpx.ConnectError("x"), APIConnectionError, rt.APIConnectionError),
        (httpx.ConnectTimeout("x"), APITimeoutError, rt.APITimeoutError),
        (httpx.Response(200, json={"id": "x"}), APIResponseValidationError, rt.APIError),
    ],
)
def test_generated_classes_are_raised_and_catchable_both_ways(
    make_client: Any, response: Any, generated: type, runtime: type
) -> None:
    class Thing(APIModel):
        id: int

    client, _ = make_client(response, max_retries=0)
    client._error_classes = ERROR_CLASSES
    with pytest.raises(DemoError) as info:
        client.request(RequestOptions("GET", "/x"), cast_to=Thing)
    assert type(info.value) is generated
    assert isinstance(info.value, runtime) and isinstance(info.value, APIError)


def test_missing_credentials_raise_generated_class(make_client: Any) -> None:
    client, _ = make_client(httpx.Response(200), api_key=None)
    client._error_classes = ERROR_CLASSES
    with pytest.raises(MissingCredentialsError):
        client.request(RequestOptions("GET", "/x"), cast_to=dict)


def test_response_validation_error_carries_response(make_client: Any) -> None:
    class Thing(pydantic.BaseModel):
        id: int

    client, _ = make_client(httpx.Response(200, json={"id": "abc"}))
    with pytest.raises(rt.APIResponseValidationError) as info:
        client.request(RequestOptions("GET", "/x"), cast_to=Thing)
    assert info.value.status_code == 200
    assert info.value.body == {"id": "abc"}
    assert "id:" in str(info.value)
