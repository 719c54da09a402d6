"""A document that carries one hostile string in every position of an OpenAPI document that reaches output.

The string contains a call of ``pwned_canary``: if any generated file ever holds it as code rather than inside a
string constant, the syntax tree has a ``pwned_canary`` name, and importing or calling runs it. The builders below
put the string (with a short prefix per position, so names stay distinct) in names, values, texts, URLs and media
types of OpenAPI 3.0, 3.1 and Swagger 2.0 documents.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any
from urllib.parse import quote

CANARY = "pwned_canary"

# Text that ends or opens a context in one of the generated languages (Python, TOML, Markdown, Jinja, shell).
BREAKERS = (
    '"', "'", '"""', "'''", "\\", "\\\\", "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x00",
    "\t", "{", "}", "{{", "}}", "{%", "%}", "{#", "#}", "#", "]", "[", ")", "(", ",", ";", "`", "```", "$(", "*/",
    "<!--", "-->", "<script>", "[x]\nkey = 1\n", "\\N{BULLET}", "%s", "{0}", "\ufeff", "é", "名前", "'''\"\"\"",
)


def payload(prefix: str, middle: str, suffix: str) -> str:
    return f"{prefix}{middle}{CANARY}(){suffix}"


def _schema_name(h: str, tag: str) -> str:
    return f"{tag}{h}"


def ref(name: str, section: str = "components/schemas") -> str:
    """A ``$ref`` to ``name``: JSON Pointer escaped, then percent-encoded as a URI fragment."""
    return f"#/{section}/" + quote(name.replace("~", "~0").replace("/", "~1"), safe="")


def document_31(h: str) -> dict[str, Any]:
    """OpenAPI 3.1: webhooks, const, type arrays, prefixItems."""
    doc = _document_3(h, "3.1.0")
    doc["webhooks"] = {
        f"hook{h}": {
            "post": {
                "operationId": f"hookop{h}",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Cat"}}}},
                "responses": {"200": {"description": h}},
            }
        }
    }
    thing = doc["components"]["schemas"][_schema_name(h, "Thing")]
    thing["properties"]["multi"] = {"type": ["string", "null"], "enum": [h, "plain", None]}
    thing["properties"]["tuple"] = {"type": "array", "prefixItems": [{"const": h}, {"type": "integer"}]}
    return doc


def document_30(h: str) -> dict[str, Any]:
    """OpenAPI 3.0: nullable enums."""
    doc = _document_3(h, "3.0.3")
    thing = doc["components"]["schemas"][_schema_name(h, "Thing")]
    thing["properties"]["multi"] = {"type": "string", "nullable": True, "enum": [h, "plain", None]}
    return doc


def _document_3(h: str, version: str) -> dict[str, Any]:
    enum_schema = {"type": "string", "enum": [h, f"e2{h}"], "x-enum-varnames": [h, f"V{h}"], "description": h}
    thing_name = _schema_name(h, "Thing")
    return {
        "openapi": version,
        "info": {"title": f"T{h}", "version": h, "description": h, "summary": h} if version.startswith("3.1")
        else {"title": f"T{h}", "version": h, "description": h},
        "servers": [
            {
                "url": "https://api.example.test/{region}" + h.replace("{", "").replace("}", ""),
                "description": h,
                "variables": {"region": {"default": f"eu{h}".replace("{", "").replace("}", ""), "enum": [
                    f"eu{h}".replace("{", "").replace("}", ""), f"us{h}".replace("{", "").replace("}", "")
                ], "description": h}},
            }
        ],
        "tags": [{"name": f"tag{h}", "description": h}],
        "security": [{f"key{h}": []}, {f"basic{h}": []}],
        "paths": {
            "/things/{thing_id}": {
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "description": h,
                     "schema": {"type": "string", "pattern": h, "format": h, "example": h}},
                ],
                "get": {
                    "operationId": f"getThing{h}",
                    "summary": h,
                    "description": h,
                    "tags": [f"tag{h}"],
                    "parameters": [
                        {"name": f"q{h}", "in": "query", "description": h, "example": h,
                         "schema": {"type": "string", "enum": [h, f"e2{h}"], "default": h}},
                        {"name": f"X-H{h}", "in": "header", "schema": {"type": "string", "const": h}},
                        {"name": f"c{h}", "in": "cookie", "schema": {"type": "string", "default": h}},
                        {"name": "flag", "in": "query", "schema": enum_schema},
                    ],
                    "responses": {
                        "200": {
                            "description": h,
                            "headers": {f"X-R{h}": {"description": h, "schema": {"type": "string", "enum": [h]}}},
                            "content": {"application/json": {"schema": {"type": "string", "const": h}, "example": h}},
                        },
                        "404": {"description": h, "content": {"application/json": {
                            "schema": {"$ref": ref(thing_name)}}}},
                    },
                },
                "put": {
                    "operationId": f"putThing{h}",
                    "summary": h,
                    "tags": [f"tag{h}"],
                    "requestBody": {
                        "description": h,
                        "content": {"application/json": {"schema": {"$ref": ref(thing_name)},
                                                         "example": {f"prop{h}": h}}},
                    },
                    "responses": {
                        "200": {"description": h, "content": {"application/json": {"schema": {
                            "type": "array", "items": {"type": "string", "enum": [h, "b"]}}}}},
                    },
                    "callbacks": {f"cb{h}": {"{$request.body#/url}": {"post": {
                        "requestBody": {"content": {"application/json": {"schema": {"type": "string", "enum": [h]}}}},
                        "responses": {"200": {"description": h}}}}}},
                },
                "post": {
                    "operationId": f"postThing{h}",
                    "tags": [f"other{h}"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "responses": {
                        "201": {"description": h, "content": {"application/json": {"schema": {
                            "anyOf": [{"type": "string", "enum": [h, "x"]}, {"type": "integer"}]}}}},
                    },
                },
                "patch": {
                    "operationId": f"patchThing{h}",
                    "tags": [f"tag{h}"],
                    "requestBody": {"content": {f"application/vnd.pfgen+json; x={h}": {
                        "schema": {"type": "object", "properties": {"u": {"oneOf": [
                            {"type": "string", "const": h}, {"type": "integer", "default": 3}]}}}}}},
                    "responses": {"204": {"description": h}},
                },
            },
        },
        "components": {
            "schemas": {
                thing_name: {
                    "type": "object",
                    "title": h,
                    "description": h,
                    "required": [f"prop{h}"],
                    "properties": {
                        f"prop{h}": {"type": "string", "description": h, "default": h, "example": h,
                                     "pattern": h, "format": h, "title": h},
                        "kind": enum_schema,
                        "c": {"type": "string", "const": h},
                        "arr": {"type": "array", "items": {"type": "string", "enum": [h, "b"]}},
                        "nested": {"type": "object", "properties": {f"in{h}": {"type": "integer", "default": 1}},
                                   "additionalProperties": {"type": "string", "enum": [h]}},
                    },
                    "example": {f"prop{h}": h},
                },
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": f"pet{h}", "mapping": {
                        f"cat{h}": "#/components/schemas/Cat", f"dog{h}": "#/components/schemas/Dog"}},
                },
                "Cat": {"type": "object", "required": [f"pet{h}"], "properties": {
                    f"pet{h}": {"type": "string", "enum": [f"cat{h}"]}, "meow": {"type": "string", "default": h}}},
                "Dog": {"type": "object", "required": [f"pet{h}"], "properties": {
                    f"pet{h}": {"type": "string", "enum": [f"dog{h}"]}, "bark": {"type": "boolean"}}},
            },
            "securitySchemes": {
                f"key{h}": {"type": "apiKey", "in": "header", "name": f"X-Key{h}", "description": h},
                f"basic{h}": {"type": "http", "scheme": "basic", "description": h},
            },
        },
    }


def document_20(h: str) -> dict[str, Any]:
    """Swagger 2.0: definitions, body and formData parameters, produces/consumes."""
    return {
        "swagger": "2.0",
        "info": {"title": f"T{h}", "version": h, "description": h},
        "host": "api.example.test",
        "basePath": "/v1",
        "schemes": ["https"],
        "securityDefinitions": {f"key{h}": {"type": "apiKey", "in": "header", "name": f"X-Key{h}"}},
        "security": [{f"key{h}": []}],
        "paths": {
            "/items": {
                "get": {
                    "operationId": f"listItems{h}",
                    "summary": h,
                    "tags": [f"tag{h}"],
                    "parameters": [{"name": f"q{h}", "in": "query", "type": "string", "enum": [h, "x"],
                                    "default": h, "description": h}],
                    "responses": {"200": {"description": h, "schema": {"type": "array", "items": {
                        "$ref": ref(f"Item{h}", "definitions")}}}},
                },
                "post": {
                    "operationId": f"makeItem{h}",
                    "tags": [f"tag{h}"],
                    "parameters": [{"name": "body", "in": "body", "required": True, "schema": {
                        "$ref": ref(f"Item{h}", "definitions")}}],
                    "responses": {"200": {"description": h, "schema": {"type": "string", "enum": [h]}}},
                },
            }
        },
        "definitions": {
            f"Item{h}": {"type": "object", "description": h, "required": [f"name{h}"], "properties": {
                f"name{h}": {"type": "string", "enum": [h, "y"], "default": h},
                "kind": {"type": "string", "x-nullable": True, "enum": [h]},
            }},
        },
    }


def canary_nodes(path: Path, text: str) -> list[str]:
    """Where the canary stands as code (a name or attribute) in ``text``; parse errors raise."""
    tree = ast.parse(text, filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        # Exactly the canary: identifiers cleaned from spec text may contain its letters, never equal it alone
        # (every position carries a prefix or suffix).
        if isinstance(node, ast.Name) and node.id == CANARY:
            found.append(f"{path}:{node.lineno}: name {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr == CANARY:
            found.append(f"{path}:{node.lineno}: attribute {node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "__import__":
            found.append(f"{path}:{node.lineno}: __import__ call")
    return found
