from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from _runtime import NOT_GIVEN, APIModel, RequestOptions
from _runtime._body import encode_body, merge_body


class Product(APIModel):
    name: str
    unit_price: float | None = pydantic.Field(default=None, alias="unitPrice")
    tags: list[str] | None = None


def sent(make_client: Any, **options: Any) -> httpx.Request:
    client, rec = make_client(httpx.Response(200, json={}))
    client.request(RequestOptions("POST", "/x", **options), cast_to=dict)
    return rec.requests[0]  # type: ignore[no-any-return]


def test_json_model_body_uses_aliases_and_only_set_fields(make_client: Any) -> None:
    request = sent(make_client, body=Product(name="A", unitPrice=2.5))
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"name": "A", "unitPrice": 2.5}


def test_json_dict_with_models_and_extra_body(make_client: Any) -> None:
    request = sent(
        make_client,
        body={"product": Product(name="A"), "qty": 2, "skip": NOT_GIVEN},
        extra_body={"debug": True},
    )
    assert json.loads(request.content) == {"product": {"name": "A"}, "qty": 2, "debug": True}


def test_json_model_with_extra_body(make_client: Any) -> None:
    request = sent(make_client, body=Product(name="A"), extra_body={"x": 1})
    assert json.loads(request.content) == {"name": "A", "x": 1}


def test_form_urlencoded(make_client: Any) -> None:
    request = sent(
        make_client,
        body={"a": "1 2", "flag": True, "many": ["x", "y"], "skip": NOT_GIVEN, "none": None},
        body_type="form",
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == b"a=1+2&flag=true&many=x&many=y"


def _parts(request: httpx.Request) -> dict[str, list[tuple[str | None, str | None, bytes]]]:
    """Parse a multipart body into name -> [(filename, content type, data)]."""
    ctype = request.headers["Content-Type"]
    assert ctype.startswith("multipart/form-data; boundary=")
    boundary = ctype.split("boundary=", 1)[1].encode()
    result: dict[str, list[tuple[str | None, str | None, bytes]]] = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, data = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        headers = head.decode().split("\r\n")
        disposition = next(h for h in headers if h.lower().startswith("content-disposition"))
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = (
            disposition.split('filename="', 1)[1].split('"', 1)[0]
            if "filename=" in disposition
            else None
        )
        part_type = next(
            (h.split(":", 1)[1].strip() for h in headers if h.lower().startswith("content-type")),
            None,
        )
        result.setdefault(name, []).append((filename, part_type, data))
    return result


def test_multipart_files_from_bytes_fileobj_path_and_tuple(
    make_client: Any, tmp_path: Path
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"PNGDATA")
    request = sent(
        make_client,
        body={
            "raw": b"BYTES",
            "handle": io.BytesIO(b"HANDLE"),
            "path": path,
            "tuple": ("report.csv", b"a,b", "text/csv"),
            "title": "hello",
            "meta": {"k": 1},
            "flag": False,
            "skip": NOT_GIVEN,
        },
        body_type="multipart",
    )
    parts = _parts(request)
    assert parts["raw"] == [("upload", "application/octet-stream", b"BYTES")]
    assert parts["handle"][0][2] == b"HANDLE"
    assert parts["path"] == [("photo.png", "image/png", b"PNGDATA")]
    assert parts["tuple"] == [("report.csv", "text/csv", b"a,b")]
    assert parts["title"] == [(None, None, b"hello")]
    assert parts["meta"] == [(None, None, b'{"k":1}')]
    assert parts["flag"] == [(None, None, b"false")]
    assert "skip" not in parts


def test_multipart_list_of_files_and_named_file_object(make_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"DOC")
    with path.open("rb") as handle:
        request = sent(make_client, body={"files": [b"one", handle]}, body_type="multipart")
    parts = _parts(request)
    assert [p[2] for p in parts["files"]] == [b"one", b"DOC"]
    assert parts["files"][1][0] == "doc.txt"


def test_multipart_without_files_is_still_multipart(make_client: Any) -> None:
    request = sent(make_client, body={"a": "1", "tags": ["x", "y"]}, body_type="multipart")
    assert _parts(request) == {
        "a": [(None, None, b"1")],
        "tags": [(None, None, b"x"), (None, None, b"y")],
    }


def test_multipart_file_object_is_resent_on_retry(make_client: Any) -> None:
    client, rec = make_client(httpx.Response(500), httpx.Response(200, json={}))
    client.request(
        RequestOptions("POST", "/x", body={"f": io.BytesIO(b"DATA")}, body_type="multipart"),
        cast_to=dict,
    )
    assert [_parts(r)["f"][0][2] for r in rec.requests] == [b"DATA", b"DATA"]


def test_binary_body_from_bytes_file_and_path(make_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"\x00\x01")
    r1 = sent(make_client, body=b"\xff", body_type="binary")
    assert r1.content == b"\xff" and r1.headers["Content-Type"] == "application/octet-stream"
    r2 = sent(make_client, body=io.BytesIO(b"abc"), body_type="binary", content_type="image/png")
    assert r2.content == b"abc" and r2.headers["Content-Type"] == "image/png"
    r3 = sent(make_client, body=path, body_type="binary")
    assert r3.content == b"\x00\x01"


def test_text_body(make_client: Any) -> None:
    request = sent(make_client, body="héllo", body_type="text")
    assert request.content == "héllo".encode()
    assert request.headers["Content-Type"] == "text/plain; charset=utf-8"


def test_no_body_sends_nothing(make_client: Any) -> None:
    request = sent(make_client)
    assert request.content == b""
    assert "Content-Type" not in request.headers


def test_json_null_body_when_none_given_explicitly() -> None:
    assert encode_body(None, "json").content == b"null"


def test_unserialisable_values_fail_clearly() -> None:
    with pytest.raises(TypeError, match="object"):
        encode_body({"x": object()}, None)
    with pytest.raises(TypeError, match="extra_body"):
        encode_body([1, 2], None, extra_body={"a": 1})


def test_an_optional_flattened_body_given_nothing_is_not_sent() -> None:
    assert merge_body(NOT_GIVEN, {"name": NOT_GIVEN}, optional=True) is NOT_GIVEN
    assert encode_body(merge_body(NOT_GIVEN, {"name": NOT_GIVEN}, optional=True), None).content is None
    # A body the operation requires is sent even when empty; an optional one as soon as one argument is given.
    assert merge_body(NOT_GIVEN, {"name": NOT_GIVEN}) == {"name": NOT_GIVEN}
    assert merge_body(NOT_GIVEN, {"name": "x", "n": NOT_GIVEN}, optional=True) == {"name": "x", "n": NOT_GIVEN}
    assert merge_body({"name": "m"}, {"name": NOT_GIVEN}, optional=True) == {"name": "m"}
