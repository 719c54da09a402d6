from __future__ import annotations

import hashlib
import json
import random
from typing import Any

import pytest
import yaml
from validate_support import SHARED

from generator.load.document import SourceDocument
from generator.load.locate import clear_cache, locate, parse_pointer, pointer_from_parts


def doc(text: str, media: str) -> SourceDocument:
    data = json.loads(text) if media == "json" else yaml.safe_load(text)
    return SourceDocument(f"x.{media}", media, text, data, hashlib.sha256(text.encode()).hexdigest())  # type: ignore[arg-type]


JSON_TEXT = """{
  "openapi": "3.0.0",
  "paths": {
    "/a/{id}": {
      "get": {"parameters": [ {"name": "id"}, 7, "x" ]}
    }
  },
  "we~ird/key": {"é\\"q": [true, null, {"deep": 1}]}
}"""

YAML_TEXT = """openapi: 3.0.0
paths:
  /a/{id}:
    get:
      parameters:
        - name: id
        - 7
        - x
we~ird/key:
  é"q: [true, null, {deep: 1}]
"""


@pytest.mark.parametrize(
    ("pointer", "json_pos", "yaml_pos"),
    [
        ("", (1, 1), (1, 1)),
        ("/openapi", (2, 3), (1, 1)),
        ("/paths", (3, 3), (2, 1)),
        ("/paths/~1a~1{id}", (4, 5), (3, 3)),
        ("/paths/~1a~1{id}/get", (5, 7), (4, 5)),
        ("/paths/~1a~1{id}/get/parameters/0", (5, 31), (6, 11)),
        ("/paths/~1a~1{id}/get/parameters/0/name", (5, 32), (6, 11)),
        ("/paths/~1a~1{id}/get/parameters/1", (5, 47), (7, 11)),
        ("/paths/~1a~1{id}/get/parameters/2", (5, 50), (8, 11)),
        ("/we~0ird~1key/é\"q/2/deep", (8, 40), (10, 22)),
    ],
)
def test_positions_of_keys_and_items(pointer: str, json_pos: tuple[int, int], yaml_pos: tuple[int, int]) -> None:
    assert locate(doc(JSON_TEXT, "json"), pointer) == json_pos
    assert locate(doc(YAML_TEXT, "yaml"), pointer) == yaml_pos


@pytest.mark.parametrize("media", ["json", "yaml"])
def test_missing_pointer_falls_back_to_closest_ancestor(media: str) -> None:
    d = doc(JSON_TEXT if media == "json" else YAML_TEXT, media)
    assert locate(d, "/paths/~1a~1{id}/get/nothing/here") == locate(d, "/paths/~1a~1{id}/get")
    assert locate(d, "/paths/~1a~1{id}/get/parameters/9") == locate(d, "/paths/~1a~1{id}/get/parameters")
    assert locate(d, "/paths/~1a~1{id}/get/parameters/01") == locate(d, "/paths/~1a~1{id}/get/parameters")
    assert locate(d, "/openapi/deeper") == locate(d, "/openapi")
    assert locate(d, "/nope") == (1, 1)


def test_columns_count_characters_not_bytes() -> None:
    text = '{"ééé": 1, "k": 2}'
    assert locate(doc(text, "json"), "/k") == (1, 12)


def test_json_duplicate_keys_point_at_the_last_one_like_the_parser() -> None:
    text = '{\n "a": 1,\n "a": 2\n}'
    assert locate(doc(text, "json"), "/a") == (3, 2)


def test_yaml_merge_keys_and_anchors() -> None:
    text = "base: &b\n  x: 1\nchild:\n  <<: *b\n  y: 2\n"
    d = doc(text, "yaml")
    assert locate(d, "/child/y") == (5, 3)
    assert locate(d, "/child/x") == (2, 3)  # the merged key lives in the anchored mapping


def test_json_with_strings_containing_brackets_and_escapes() -> None:
    text = '{"a": "[{\\"}", "b": ["]", {"c": "}"}], "d": 1}'
    d = doc(text, "json")
    assert locate(d, "/b/1/c") == (1, 28)
    assert locate(d, "/d") == (1, 40)


def test_unindexable_text_gives_none() -> None:
    broken = SourceDocument("x.yaml", "yaml", "a: [1, 2", None, "0")
    assert locate(broken, "/a") is None


def test_json_media_that_is_really_yaml_still_locates() -> None:
    text = "a:\n  b: 1\n"
    d = SourceDocument("x.json", "json", text, {"a": {"b": 1}}, "1")
    assert locate(d, "/a/b") == (2, 3)


def test_pointer_helpers_round_trip() -> None:
    parts = ["paths", "/a/{id}", "get", 0, "we~ird"]
    pointer = pointer_from_parts(parts)
    assert pointer == "/paths/~1a~1{id}/get/0/we~0ird"
    assert parse_pointer(pointer) == ["paths", "/a/{id}", "get", "0", "we~ird"]
    assert parse_pointer("#/a/b") == ["a", "b"]
    assert parse_pointer("") == []


def _all_pointers(value: Any, parts: list[object], out: list[list[object]]) -> None:
    out.append(parts)
    if isinstance(value, dict):
        for key, child in value.items():
            _all_pointers(child, [*parts, str(key)], out)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _all_pointers(child, [*parts, index], out)


@pytest.mark.parametrize(
    ("name", "media"),
    [("specs/twilio-taskrouter-v1.json", "json"), ("specs/oai-petstore-simple-2.0.yaml", "yaml"),
     ("pocketsflow/docs.json", "json")],
)
def test_every_sampled_key_position_shows_that_key(name: str, media: str) -> None:
    path = SHARED / name
    text = path.read_text(encoding="utf-8")
    d = doc(text, media)
    pointers: list[list[object]] = []
    _all_pointers(d.data, [], pointers)
    keyed = [p for p in pointers if p and isinstance(p[-1], str)]
    sample = random.Random(7).sample(keyed, min(400, len(keyed)))
    lines = text.split("\n")
    for parts in sample:
        position = locate(d, pointer_from_parts(parts))
        assert position is not None
        line, col = position
        at = lines[line - 1][col - 1:]
        key = str(parts[-1])
        assert at.startswith((json.dumps(key, ensure_ascii=False), key, f"'{key}'")), (parts, at[:40])


def test_index_is_cached_per_text() -> None:
    clear_cache()
    d = doc(JSON_TEXT, "json")
    assert locate(d, "/paths") == (3, 3)
    same_text = doc(JSON_TEXT, "json")
    assert locate(same_text, "/paths") == (3, 3)
    # A different text under the same (fake) sha256 is not confused with the first.
    other = SourceDocument("y.json", "json", '{"paths": 1}', {"paths": 1}, d.sha256)
    assert locate(other, "/paths") == (1, 2)
