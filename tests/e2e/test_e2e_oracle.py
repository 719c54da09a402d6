"""The request oracle itself: it must reject what a strict server rejects, or the conformance suite proves nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.pipeline import SpecOptions, load_spec
from tests.conftest import REAL_SPECS, ROOT
from tests.e2e.oracle import OpRef, Oracle, response_example


def _oracle(path: str) -> Oracle:
    return Oracle(load_spec(path, SpecOptions(lenient=True)).resolved.data)


@pytest.fixture(scope="module")
def petstore() -> Oracle:
    return _oracle(str(REAL_SPECS / "oai-petstore-simple-2.0.yaml"))   # Swagger 2.0, normalised


@pytest.fixture(scope="module")
def video() -> Oracle:
    return _oracle(str(REAL_SPECS / "twilio-video-v1.json"))           # 3.0, form bodies, basic auth


@pytest.fixture(scope="module")
def features() -> Oracle:
    return _oracle(str(ROOT / "tests" / "golden" / "features" / "spec.yaml"))  # 3.1, server variables


PET = "http://petstore.swagger.io/api"
VIDEO = "https://video.twilio.com"
BASIC = {"Authorization": "Basic dTpw"}


def _kinds(violations: list[str]) -> list[str]:
    return sorted(v.split(":", 1)[0] for v in violations)


def test_conforming_requests_pass(petstore: Oracle, video: Oracle) -> None:
    assert petstore.check(httpx.Request("GET", f"{PET}/pets?tags=a&tags=b&limit=3"), OpRef("get", "/pets")) == []
    assert petstore.check(httpx.Request("POST", f"{PET}/pets", json={"name": "x"}), OpRef("post", "/pets")) == []
    assert petstore.check(httpx.Request("DELETE", f"{PET}/pets/7"), OpRef("delete", "/pets/{id}")) == []
    req = httpx.Request("POST", f"{VIDEO}/v1/Rooms", data={"EnableTurn": "true", "MaxParticipants": "5"}, headers=BASIC)
    assert video.check(req, OpRef("post", "/v1/Rooms")) == []


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "op", "kinds"),
    [
        ("GET", f"{PET}/pets?limit=ten", {}, ("get", "/pets"), ["invalid-parameter"]),
        ("GET", f"{PET}/pets/abc", {}, ("get", "/pets/{id}"), ["invalid-parameter"]),
        ("GET", "http://petstore.swagger.io/pets/1", {}, ("get", "/pets/{id}"), ["no-route"]),
        ("DELETE", f"{PET}/pets/1", {}, ("get", "/pets/{id}"), ["wrong-operation"]),
        ("POST", f"{PET}/pets", {}, ("post", "/pets"), ["missing-body"]),
        ("POST", f"{PET}/pets", {"json": {"tag": 1}}, ("post", "/pets"), ["invalid-json-body"] * 2),
        ("POST", f"{PET}/pets", {"content": b"name=x", "headers": {"Content-Type": "text/plain"}},
         ("post", "/pets"), ["content-type"]),
        ("DELETE", f"{PET}/pets/1", {"json": {}}, ("delete", "/pets/{id}"), ["unexpected-body"]),
    ],
)
def test_petstore_violations(
    petstore: Oracle, method: str, url: str, kwargs: dict[str, Any], op: tuple[str, str], kinds: list[str]
) -> None:
    assert _kinds(petstore.check(httpx.Request(method, url, **kwargs), OpRef(*op))) == kinds


def test_form_bodies_query_enums_and_auth(video: Oracle) -> None:
    rooms = OpRef("post", "/v1/Rooms")
    req = httpx.Request("POST", f"{VIDEO}/v1/Rooms", data={"EnableTurn": "True", "Type": "nope"}, headers=BASIC)
    assert _kinds(video.check(req, rooms)) == ["invalid-form-field", "invalid-form-field"]
    req = httpx.Request("POST", f"{VIDEO}/v1/Rooms", data={"EnableTurn": "true"})
    assert _kinds(video.check(req, rooms)) == ["missing-auth"]
    req = httpx.Request("GET", f"{VIDEO}/v1/Rooms?Status=bogus&PageSize=0", headers=BASIC)
    assert _kinds(video.check(req, OpRef("get", "/v1/Rooms"))) == ["invalid-parameter", "invalid-parameter"]


def test_server_variables_and_response_examples(features: Oracle, petstore: Oracle) -> None:
    hits = features.route("GET", "/v1/things")
    assert [ref.label for ref, _ in hits] == ["GET /things"]
    ex = response_example(petstore, ("delete", "/pets/{id}"))
    assert ex is not None and ex.status == 204 and ex.media_type is None
