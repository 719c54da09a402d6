"""``$ref`` inside specification extensions (``x-...``) is the extension's data, not an OpenAPI reference.

It is passed through untouched (not checked, not followed, not bundled), while an ``x-`` key that is a *name*
(a property, a header, a component) keeps its refs resolved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import InputError
from generator.load import load_document, parse_bytes
from generator.resolve import resolve
from generator.pointer import Token
from generator.resolve.walk import find_refs

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
SAMPLES = HEAD + """\
x-foo: {$ref: '#/does/not/exist'}
x-tagGroups: [{name: all, tags: [{$ref: 'tags.yaml'}]}]
paths:
  /pets:
    x-path-note: {$ref: '#/nowhere'}
    get:
      x-codeSamples:
        - lang: js
          source: {$ref: ./samples/foo.js}
      responses:
        '200':
          description: ok
          x-r: {$ref: '#/nope'}
          content:
            application/json:
              schema:
                type: object
                x-meta: {$ref: '#/nowhere'}
components:
  schemas:
    Pet: {type: object, x-d: [{$ref: 'missing.yaml'}]}
"""


def _refs(data: Any) -> list[str]:
    return [ref for _path, _holder, ref in find_refs(data)]


def test_refs_in_extensions_are_not_found() -> None:
    doc = parse_bytes(SAMPLES.encode(), "openapi.yaml")
    assert _refs(doc.data) == []


def test_refs_in_extensions_pass_through_untouched() -> None:
    doc = parse_bytes(SAMPLES.encode(), "openapi.yaml")
    spec = resolve(doc)
    assert spec.bundled is doc.data  # nothing to bundle, nothing copied
    sample = spec.data["paths"]["/pets"]["get"]["x-codeSamples"][0]
    assert sample == {"lang": "js", "source": {"$ref": "./samples/foo.js"}}
    assert spec.data["x-foo"] == {"$ref": "#/does/not/exist"}


def test_swagger_2_extensions_pass_through_normalisation() -> None:
    text = """\
swagger: '2.0'
info: {title: t, version: '1'}
x-foo: {$ref: '#/does/not/exist'}
paths:
  /pets:
    get:
      x-codeSamples: [{lang: js, source: {$ref: ./samples/foo.js}}]
      parameters: [{name: q, in: query, type: string, x-p: {$ref: '#/nope'}}]
      responses:
        '200': {description: ok, x-r: {$ref: '#/nope'}, schema: {$ref: '#/definitions/Rate'}}
definitions:
  Rate: {type: integer, x-d: {$ref: '#/nope'}}
"""
    spec = resolve(parse_bytes(text.encode(), "swagger.yaml"))
    assert spec.data["paths"]["/pets"]["get"]["x-codeSamples"][0]["source"] == {"$ref": "./samples/foo.js"}
    assert _refs(spec.data) == ["#/components/schemas/Rate"]


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root / next(iter(files))


def test_extensions_in_external_documents_are_copied_as_they_are(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths:\n  /pets: {$ref: 'paths/pets.yaml'}\n",
        "paths/pets.yaml": "get:\n  x-codeSamples: [{lang: js, source: {$ref: ../samples/foo.js}}]\n"
                           "  responses:\n    '200': {description: ok}\n",
    })
    spec = resolve(load_document(root))
    get = spec.bundled["paths"]["/pets"]["get"]
    assert get["x-codeSamples"] == [{"lang": "js", "source": {"$ref": "../samples/foo.js"}}]
    assert [d.uri for d in spec.documents[1:]] == [str(tmp_path / "paths/pets.yaml")]


NAMES = HEAD + """\
paths:
  /rates:
    get:
      responses:
        '200':
          description: ok
          headers:
            x-rate-limit: {$ref: 'common.yaml#/RateLimit'}
          content:
            application/json:
              schema:
                type: object
                properties:
                  x-rate: {$ref: 'common.yaml#/Rate'}
                patternProperties:
                  x-.*: {$ref: '#/components/schemas/x-thing'}
components:
  schemas:
    x-thing: {$ref: 'common.yaml#/Thing'}
"""
COMMON = "Rate: {type: number}\nThing: {type: string}\nRateLimit: {schema: {type: integer}}\n"


def test_x_names_are_not_extensions(tmp_path: Path) -> None:
    root = _write(tmp_path, {"openapi.yaml": NAMES, "common.yaml": COMMON})
    spec = resolve(load_document(root))
    bundled = spec.bundled
    response = bundled["paths"]["/rates"]["get"]["responses"]["200"]
    schema = response["content"]["application/json"]["schema"]
    assert schema["properties"]["x-rate"] == {"$ref": "#/components/schemas/Rate"}
    assert bundled["components"]["schemas"]["Rate"] == {"type": "number"}
    assert bundled["components"]["schemas"]["x-thing"] == {"type": "string"}
    assert response["headers"]["x-rate-limit"] == {"$ref": "#/components/headers/RateLimit"}
    assert sorted(_refs(bundled)) == sorted([
        "#/components/headers/RateLimit", "#/components/schemas/Rate", "#/components/schemas/x-thing",
    ])


def test_a_broken_ref_under_an_x_name_is_still_an_error() -> None:
    text = HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n        x-rate: {$ref: '#/nope'}\n"
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(text.encode(), "openapi.yaml"))
    assert err.value.code == "ref-not-found"
    assert err.value.location.pointer == "/components/schemas/A/properties/x-rate"


def test_a_part_of_an_extension_that_a_ref_names_is_resolved(tmp_path: Path) -> None:
    # Shared definitions kept under an extension: once a real ref names one, it is an OpenAPI object.
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + """\
x-shared:
  Pet:
    type: object
    properties:
      tag: {$ref: 'tag.yaml'}
      x-sample: {$ref: '#/x-shared/Sample'}
  Sample: {type: string}
  Unused: {$ref: 'nowhere.yaml'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/x-shared/Pet'}
""",
        "tag.yaml": "type: string\nenum: [a, b]\n",
    })
    spec = resolve(load_document(root))
    pet = spec.bundled["x-shared"]["Pet"]
    assert pet["properties"]["tag"] == {"$ref": "#/components/schemas/tag"}
    assert spec.bundled["components"]["schemas"]["tag"]["enum"] == ["a", "b"]
    assert spec.bundled["x-shared"]["Unused"] == {"$ref": "nowhere.yaml"}  # named by nothing: left alone


def test_a_broken_ref_in_a_named_part_of_an_extension_is_an_error() -> None:
    text = HEAD + """\
x-shared:
  - {type: object, properties: {a: {$ref: '#/nope'}}}
paths:
  /a:
    get:
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/x-shared/0'}}}}}
"""
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(text.encode(), "openapi.yaml"))
    assert err.value.code == "ref-not-found"
    assert err.value.location.pointer == "/x-shared/0/properties/a"


def test_find_refs_reports_the_extensions_it_leaves_out() -> None:
    doc = parse_bytes(SAMPLES.encode(), "openapi.yaml")
    left_out: list[tuple[Token, ...]] = []
    assert list(find_refs(doc.data, left_out)) == []
    assert ("x-foo",) in left_out
    assert ("paths", "/pets", "get", "x-codeSamples") in left_out
    assert ("components", "schemas", "Pet", "x-d") in left_out
