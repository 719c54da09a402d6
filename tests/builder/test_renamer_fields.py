"""The naming pass rebuilds IR nodes field by field (``dataclasses.replace`` was too slow for thousands of nodes):
every field it does not rename must come through untouched. Each field in turn holds a marker object (frozen
dataclasses do not check types), and the renamed node must hold that very object, so a field added to the IR
and forgotten by the Renamer fails here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

import pytest

from generator.builder.naming import Renamer
from generator.ir.model import (
    Discriminator,
    Field,
    Header,
    MediaType,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    TypeRef,
    Webhook,
)

NAMES = {"#/tmp/Pet": "Pet", "#/tmp/Owner": "Owner"}
PET = TypeRef("ref", "#/tmp/Pet")
RENAMED_PET = TypeRef("ref", "Pet")


class Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<marker {self.name}>"


def _carried(base: Any, renamed_fields: set[str], rename: Callable[[Any], Any],
             read: Callable[[Any], Any] = lambda node: node) -> None:
    """Each field of ``base`` outside ``renamed_fields`` set to a marker comes back as that marker."""
    for f in fields(type(base)):
        if f.name in renamed_fields:
            continue
        marker = Marker(f.name)
        out = read(rename(replace(base, **{f.name: marker})))
        assert getattr(out, f.name) is marker, f"{type(base).__name__}.{f.name} was not carried over"


def test_a_reference_keeps_every_field_but_its_name() -> None:
    _carried(PET, {"kind", "name"}, lambda t: Renamer(NAMES).type(t))
    assert Renamer(NAMES).type(PET) == RENAMED_PET


@pytest.mark.parametrize("kind", ["array", "map", "union", "tuple"])
def test_a_composite_type_keeps_every_field_but_its_arguments(kind: str) -> None:
    base = TypeRef(kind, args=(PET,), rest=PET if kind == "tuple" else None)  # type: ignore[arg-type]
    _carried(base, {"kind", "args", "rest"}, lambda t: Renamer(NAMES).type(t))
    out = Renamer(NAMES).type(base)
    assert out.args == (RENAMED_PET,) and out.rest == (RENAMED_PET if kind == "tuple" else None)


def test_media_parameters_headers_and_responses_keep_every_field() -> None:
    media = MediaType("application/json", PET)
    _carried(media, {"type"}, lambda m: Renamer(NAMES).media(m))
    parameter = Parameter("pet", "pet", "query", True, PET, "/p")
    _carried(parameter, {"type"}, lambda p: Renamer(NAMES).parameter(p))
    response = Response("200", "ok", (media,), "/r", (Header("X-Pet", PET),))
    _carried(response, {"contents", "headers"}, lambda r: Renamer(NAMES).response(r))
    _carried(response.headers[0], {"type"},
             lambda h: Renamer(NAMES).response(replace(response, headers=(h,))), lambda r: r.headers[0])
    _carried(media, {"type"}, lambda m: Renamer(NAMES).response(replace(response, contents=(m,))),
             lambda r: r.contents[0])
    out = Renamer(NAMES).response(response)
    assert out.contents[0].type == RENAMED_PET and out.headers[0].type == RENAMED_PET


def test_operations_bodies_and_webhooks_keep_every_field() -> None:
    body = RequestBody(True, (MediaType("application/json", PET),), "/b")
    _carried(body, {"contents"}, lambda b: Renamer(NAMES).body(b))
    operation = Operation("op", "get", "/pets", "pets", "get", "/o", body=body)
    _carried(operation, {"parameters", "body", "responses"}, lambda o: Renamer(NAMES).operation(o))
    _carried(body, {"contents"}, lambda b: Renamer(NAMES).operation(replace(operation, body=b)), lambda o: o.body)
    webhook = Webhook("pet.created", "PetCreated", "post", "/w", "pet.created", PET)
    _carried(webhook, {"body"}, lambda w: Renamer(NAMES).webhook(w))


def test_schemas_and_their_fields_keep_every_field() -> None:
    field = Field("owner", "owner", PET, True, "/f", declared_in="#/tmp/Owner")
    schema = Schema("#/tmp/Owner", "object", "/s", fields=(field,), variants=(PET,),
                    discriminator=Discriminator("kind", (("pet", "#/tmp/Pet"),)))
    renamed = {"name", "fields", "bases", "additional", "pattern_properties", "variants", "discriminator", "target"}
    _carried(schema, renamed, lambda s: Renamer(NAMES).schema(s))
    _carried(field, {"type", "declared_in"}, lambda f: Renamer(NAMES).schema(replace(schema, fields=(f,))),
             lambda s: s.fields[0])
    out = Renamer(NAMES).schema(schema)
    assert (out.name, out.fields[0].declared_in, out.discriminator) == (
        "Owner", "Owner", Discriminator("kind", (("pet", "Pet"),)))
