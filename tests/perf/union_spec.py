"""A generator of union-heavy OpenAPI 3.1 documents, for the format fast path's equality test and the benchmark.

The shared documents have few unions, so they cannot show whether the layout path covers what the templates
emit for them. ``union_document(seed, schemas)`` writes a document made of every union construct a real API
uses, with names whose lengths are drawn around black's line-length boundary:

- ``oneOf`` with a discriminator (with and without ``mapping``), whose members carry ``const``/``enum`` tags
  (``Literal`` in the client);
- ``oneOf``/``anyOf`` without a discriminator, of references, inline objects, primitives and mixtures;
- long unions (up to 14 members), nested unions (a ``oneOf`` inside an ``anyOf``), ``allOf`` wrappers;
- nullable unions: ``anyOf``/``oneOf`` with a ``{type: null}`` member, 3.1 type arrays (``[string, integer,
  null]``);
- arrays, maps (``additionalProperties``) and arrays of arrays of unions;
- unions as query parameters, request bodies (JSON and form) and responses, with defaults and descriptions.

Run as a script to write one: ``python tests/perf/union_spec.py OUT.json --schemas 400 --seed 1``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

_WORDS = (
    "account", "payment", "method", "instrument", "billing", "address", "line", "item", "subscription",
    "invoice", "refund", "dispute", "evidence", "shipping", "rate", "tax", "jurisdiction", "customer", "balance",
    "transaction", "settlement", "payout", "destination", "verification", "document", "identity", "check",
    "threshold", "schedule", "configuration", "override", "metadata", "webhook", "endpoint", "event", "delivery",
)

Schema = dict[str, Any]


def _words(rng: random.Random, low: int, high: int) -> list[str]:
    return [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]


def _pascal(rng: random.Random, low: int = 1, high: int = 6) -> str:
    return "".join(w.capitalize() for w in _words(rng, low, high))


def _snake(rng: random.Random, low: int = 1, high: int = 5) -> str:
    return "_".join(_words(rng, low, high))


class _Builder:
    def __init__(self, seed: int, schemas: int) -> None:
        self.rng = random.Random(seed)
        self.target = schemas
        self.components: dict[str, Schema] = {}
        self.objects: list[str] = []     # plain object schemas, union members
        self.unions: list[str] = []      # named unions, for nesting

    def name(self, low: int = 1, high: int = 6) -> str:
        while True:
            candidate = _pascal(self.rng, low, high)
            if candidate not in self.components:
                return candidate

    def ref(self, name: str) -> Schema:
        return {"$ref": f"#/components/schemas/{name}"}

    def primitive(self) -> Schema:
        rng = self.rng
        kind = rng.randrange(9)
        if kind == 0:
            return {"type": "string", "format": rng.choice(["date-time", "date", "uuid", "uri", "byte"])}
        if kind == 1:
            return {"type": "integer", "minimum": 0, "maximum": rng.randint(1, 10_000)}
        if kind == 2:
            return {"type": "number"}
        if kind == 3:
            return {"type": "boolean"}
        if kind == 4:
            return {"type": "string", "enum": list(dict.fromkeys(_snake(rng, 1, 3) for _ in range(rng.randint(1, 6))))}
        if kind == 5:
            return {"type": ["string", "integer", "null"][: rng.randint(2, 3)]}
        if kind == 6:
            return {"type": "array", "items": {"type": rng.choice(["string", "integer"])}}
        if kind == 7:
            return {"type": "object", "additionalProperties": {"type": "string"}}
        return {"type": "string", "maxLength": rng.randint(1, 500), "description": " ".join(_words(rng, 3, 12))}

    def property_schema(self, depth: int) -> Schema:
        rng = self.rng
        roll = rng.random()
        if roll < 0.25 or depth > 2:
            return self.primitive()
        if roll < 0.35 and self.objects:
            return self.ref(rng.choice(self.objects))
        if roll < 0.5 and self.unions:
            return self.nullable(self.ref(rng.choice(self.unions)))
        if roll < 0.6:
            return {"type": "array", "items": self.union(depth + 1)}
        if roll < 0.68:
            return {"type": "object", "additionalProperties": self.union(depth + 1)}
        if roll < 0.74:
            return {"type": "array", "items": {"type": "array", "items": self.union(depth + 1)}}
        if roll < 0.82:
            return self.nullable(self.union(depth + 1))
        return self.union(depth + 1)

    def nullable(self, schema: Schema) -> Schema:
        if self.rng.random() < 0.5:
            return {"anyOf": [schema, {"type": "null"}]}
        return {"oneOf": [schema, {"type": "null"}], "description": " ".join(_words(self.rng, 2, 8))}

    def union(self, depth: int) -> Schema:
        rng = self.rng
        keyword = rng.choice(["oneOf", "anyOf"])
        members: list[Schema] = []
        for _ in range(rng.choice([2, 2, 3, 3, 4, 5, 7, 10, 14])):
            roll = rng.random()
            if roll < 0.45 and self.objects:
                members.append(self.ref(rng.choice(self.objects)))
            elif roll < 0.55 and self.unions and depth < 3:
                members.append(self.ref(rng.choice(self.unions)))
            elif roll < 0.7 and depth < 3:
                members.append(self.inline_object(depth + 1))
            elif roll < 0.78 and depth < 3:
                members.append({"anyOf": [self.primitive(), self.primitive()]})
            else:
                members.append(self.primitive())
        schema: Schema = {keyword: members}
        if rng.random() < 0.3:
            schema["description"] = " ".join(_words(rng, 3, 20))
        if rng.random() < 0.15:
            schema[keyword].append({"type": "null"})
        return schema

    def inline_object(self, depth: int) -> Schema:
        props = {_snake(self.rng): self.property_schema(depth + 1) for _ in range(self.rng.randint(1, 4))}
        return {"type": "object", "properties": props, "required": list(props)[: self.rng.randint(0, len(props))]}

    def object_schema(self, depth: int = 0, tag: tuple[str, str] | None = None) -> Schema:
        rng = self.rng
        props: dict[str, Schema] = {}
        if tag is not None:
            field, value = tag
            props[field] = rng.choice([{"type": "string", "const": value}, {"type": "string", "enum": [value]}])
        for _ in range(rng.randint(1, 8)):
            props[_snake(rng, 1, 6)] = self.property_schema(depth)
        required = [key for key in props if rng.random() < 0.5 or (tag is not None and key == tag[0])]
        schema: Schema = {"type": "object", "properties": props}
        if required:
            schema["required"] = required
        if rng.random() < 0.5:
            schema["description"] = " ".join(_words(rng, 4, 30))
        return schema

    def discriminated(self) -> str:
        rng = self.rng
        field = rng.choice(["type", "kind", "object", "payment_method_type", "event_type_discriminator_value"])
        members: list[str] = []
        for _ in range(rng.choice([2, 3, 4, 6, 9, 12])):
            member = self.name()
            value = _snake(rng, 1, 4)
            self.components[member] = self.object_schema(tag=(field, value))
            members.append(member)
        union = self.name()
        body: Schema = {"oneOf": [self.ref(m) for m in members], "discriminator": {"propertyName": field}}
        if rng.random() < 0.6:
            tags = {
                self.components[m]["properties"][field].get("const") or self.components[m]["properties"][field]["enum"][0]: f"#/components/schemas/{m}"
                for m in members
            }
            body["discriminator"]["mapping"] = tags
        if rng.random() < 0.4:
            body["description"] = " ".join(_words(rng, 3, 16))
        self.components[union] = body
        return union

    def build(self) -> dict[str, Any]:
        rng = self.rng
        for _ in range(max(4, self.target // 10)):
            name = self.name()
            self.components[name] = self.object_schema()
            self.objects.append(name)
        while len(self.components) < self.target:
            roll = rng.random()
            if roll < 0.3:
                self.unions.append(self.discriminated())
            elif roll < 0.55:
                name = self.name()
                self.components[name] = self.union(0)
                self.unions.append(name)
            elif roll < 0.65:
                name = self.name()
                self.components[name] = {"allOf": [self.ref(rng.choice(self.objects)), self.object_schema(1)]}
                self.objects.append(name)
            else:
                name = self.name()
                self.components[name] = self.object_schema()
                self.objects.append(name)
        return {
            "openapi": "3.1.0",
            "info": {"title": "Union Heavy API", "version": f"{rng.randint(1, 9)}.0.0"},
            "servers": [{"url": "https://api.example.com"}],
            "paths": self.paths(),
            "components": {"schemas": self.components},
        }

    def paths(self) -> dict[str, Any]:
        rng = self.rng
        paths: dict[str, Any] = {}
        names = sorted(self.components)
        for index in range(max(4, self.target // 8)):
            resource = _snake(rng, 1, 3)
            path = f"/v1/{resource}_{index}/{{id}}"
            params: list[Schema] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
            for name in dict.fromkeys(_snake(rng, 1, 3) for _ in range(rng.randint(0, 3))):
                params.append({
                    "name": name,
                    "in": "query",
                    "required": rng.random() < 0.3,
                    "schema": rng.choice([self.primitive(), {"anyOf": [self.primitive(), self.primitive()]}]),
                })
            response = {"200": {"description": "OK", "content": {"application/json": {"schema": self.ref(rng.choice(names))}}}}
            operations: dict[str, Any] = {"get": {"operationId": f"get_{resource}_{index}", "parameters": params, "responses": response}}
            media = rng.choice(["application/json", "application/json", "application/x-www-form-urlencoded"])
            body_schema = self.ref(rng.choice(self.objects)) if media != "application/json" else self.ref(rng.choice(names))
            operations["post"] = {
                "operationId": f"create_{resource}_{index}",
                "parameters": params[:1],
                "requestBody": {"required": rng.random() < 0.7, "content": {media: {"schema": body_schema}}},
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {"schema": self.union(1)}}},
                    "default": {"description": "Error", "content": {"application/json": {"schema": self.ref(rng.choice(names))}}},
                },
            }
            paths[path] = operations
        return paths


def union_document(seed: int = 1, schemas: int = 300) -> dict[str, Any]:
    """A valid OpenAPI 3.1 document with about ``schemas`` component schemas, most of them unions."""
    return _Builder(seed, schemas).build()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--schemas", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.write_text(json.dumps(union_document(args.seed, args.schemas), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
