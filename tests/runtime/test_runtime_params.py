from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import httpx
import pytest
from _runtime import NOT_GIVEN, APIModel, NotGiven, QueryParam, RequestOptions
from _runtime._params import encode_headers, encode_path, encode_query


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


def test_path_params_are_fully_encoded() -> None:
    assert encode_path("/items/{id}", {"id": "a/b"}) == "/items/a%2Fb"
    assert encode_path("/items/{id}/x/{n}", {"id": "a b?c#d", "n": 3}) == "/items/a%20b%3Fc%23d/x/3"
    assert encode_path("/c/{color}", {"color": Color.RED}) == "/c/red"
    assert encode_path("/m/{ids}", {"ids": ["a,b", "c"]}) == "/m/a%2Cb,c"


def test_path_param_encoding_on_the_wire(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(200, json={}))
    client.request(
        RequestOptions("GET", "/orders/{id}", path_params={"id": "a/../b"}), cast_to=dict
    )
    assert rec.requests[0].url.raw_path == b"/v1/orders/a%2F..%2Fb"


def test_missing_path_param_is_an_error() -> None:
    with pytest.raises(ValueError, match="'id'"):
        encode_path("/x/{id}", {"id": NOT_GIVEN})


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        (QueryParam("ids", [3, 4, 5]), [("ids", "3"), ("ids", "4"), ("ids", "5")]),
        (QueryParam("ids", [3, 4, 5], explode=False), [("ids", "3,4,5")]),
        (QueryParam("ids", [3, 4], "spaceDelimited", False), [("ids", "3 4")]),
        (QueryParam("ids", [3, 4], "pipeDelimited", False), [("ids", "3|4")]),
        (QueryParam("ids", [3, 4], "pipeDelimited", True), [("ids", "3"), ("ids", "4")]),
        (QueryParam("o", {"role": "admin", "n": 2}), [("role", "admin"), ("n", "2")]),
        (QueryParam("o", {"role": "admin", "n": 2}, explode=False), [("o", "role,admin,n,2")]),
        (
            QueryParam("o", {"role": "admin", "f": {"a": 1}, "t": ["x", "y"]}, "deepObject"),
            [("o[role]", "admin"), ("o[f][a]", "1"), ("o[t]", "x"), ("o[t]", "y")],
        ),
        (QueryParam("flag", True), [("flag", "true")]),
        (QueryParam("flag", False), [("flag", "false")]),
        (QueryParam("c", Color.BLUE), [("c", "blue")]),
        (QueryParam("cs", [Color.RED, Color.BLUE], explode=False), [("cs", "red,blue")]),
        (
            QueryParam("at", dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)),
            [("at", "2024-01-02T03:04:05+00:00")],
        ),
        (QueryParam("d", dt.date(2024, 1, 2)), [("d", "2024-01-02")]),
        (QueryParam("gone", NOT_GIVEN), []),
        (QueryParam("none", None), []),
        (QueryParam("empty", [], explode=False), []),
        (QueryParam("n", 1.5), [("n", "1.5")]),
    ],
)
def test_query_styles(param: QueryParam, expected: list[tuple[str, str]]) -> None:
    assert encode_query([param]) == expected


def test_query_model_value_uses_wire_names() -> None:
    class Filter(APIModel):
        min_price: int | None = None
        max_price: int | None = None

    import pydantic

    class F(Filter):
        model_config = pydantic.ConfigDict(alias_generator=lambda n: n.replace("_p", "P"))

    assert encode_query([QueryParam("f", F(min_price=3), "deepObject")]) == [("f[minPrice]", "3")]


def test_query_precedence_default_operation_extra() -> None:
    result = encode_query({"a": "1", "b": "1"}, {"b": "2", "c": "2"}, {"c": "3"})
    assert result == [("a", "1"), ("b", "2"), ("c", "3")]


def test_query_on_the_wire(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(200, json={}), default_query={"v": "1"})
    options = RequestOptions(
        "GET",
        "/x",
        query=[QueryParam("ids", ["a", "b"], "pipeDelimited", False), QueryParam("p", NOT_GIVEN)],
        extra_query={"x": True},
    )
    client.request(options, cast_to=dict)
    assert rec.requests[0].url.params.multi_items() == [("v", "1"), ("ids", "a|b"), ("x", "true")]


def test_headers_and_cookies(make_client: Any) -> None:
    assert encode_headers({"X-A": [1, 2], "X-B": NOT_GIVEN, "X-C": None, "X-D": True}) == {
        "X-A": "1,2",
        "X-D": "true",
    }
    client, rec = make_client(httpx.Response(200, json={}))
    client.request(
        RequestOptions("GET", "/x", headers={"X-Trace": "t1"}, cookies={"c1": "v 1", "c2": 2}),
        cast_to=dict,
    )
    request = rec.requests[0]
    assert request.headers["X-Trace"] == "t1"
    assert request.headers["Cookie"] == "c1=v%201; c2=2"


def test_not_given_sentinel() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    import copy
    import pickle

    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


def test_not_given_vs_none_in_json_body(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(200, json={}))
    body = {"name": "x", "price": NOT_GIVEN, "note": None, "nested": {"a": NOT_GIVEN, "b": None}}
    client.request(RequestOptions("POST", "/x", body=body), cast_to=dict)
    assert rec.requests[0].content == b'{"name":"x","note":null,"nested":{"b":null}}'
