"""A small project (pyproject.toml with [tool.pfgen], a snapshot folder) and three versions of its API."""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from generator.cli import cli

PYPROJECT = """\
[project]
name = "my-app"
version = "0.0.1"

[tool.pfgen]
spec = "specs/petshop"
docs-url = "http://127.0.0.1:9/docs"
{extra_project}
[[tool.pfgen.targets]]
name = "petshop"
output = "generated/petshop"
package-name = "petshop"
{extra_target}"""

PET = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string", "description": "The pet's name."},
        "tag": {"type": "string"},
    },
}


def spec_v1() -> dict[str, Any]:
    pet_ref = {"$ref": "#/components/schemas/Pet"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Petshop API", "version": "1.0.0"},
        "servers": [{"url": "https://petshop.example.com/v1"}],
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "summary": "List pets",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "array", "items": pet_ref}}},
                        }
                    },
                },
                "post": {
                    "operationId": "createPet",
                    "tags": ["pets"],
                    "summary": "Create a pet",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}},
                    },
                    "responses": {
                        "201": {"description": "created", "content": {"application/json": {"schema": pet_ref}}}
                    },
                },
            },
            "/pets/{petId}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets"],
                    "summary": "Get a pet",
                    "parameters": [
                        {"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}
                    ],
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": pet_ref}}}
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Pet": copy.deepcopy(PET),
                "NewPet": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
                },
            }
        },
    }


def spec_v2() -> dict[str, Any]:
    """v1 plus an operation: a minor release."""
    spec = spec_v1()
    spec["info"]["version"] = "1.1.0"
    spec["paths"]["/pets/{petId}"]["delete"] = {
        "operationId": "deletePet",
        "tags": ["pets"],
        "summary": "Delete a pet",
        "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "responses": {"204": {"description": "deleted"}},
    }
    return spec


def spec_v3() -> dict[str, Any]:
    """v2 with a response field removed and an operationId renamed: a major release."""
    spec = spec_v2()
    spec["info"]["version"] = "2.0.0"
    del spec["components"]["schemas"]["Pet"]["properties"]["tag"]
    spec["paths"]["/pets/{petId}"]["get"]["operationId"] = "fetchPet"
    return spec


def dump(spec: dict[str, Any]) -> bytes:
    return (json.dumps(spec, indent=2) + "\n").encode("utf-8")


def make_project(root: Path, *, extra_project: str = "", extra_target: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / ".git").mkdir(exist_ok=True)  # config discovery stops here
    (root / "pyproject.toml").write_text(PYPROJECT.format(extra_project=extra_project, extra_target=extra_target))
    snapshots = root / "specs" / "petshop"
    snapshots.mkdir(parents=True, exist_ok=True)
    (snapshots / "1.0.0.json").write_bytes(dump(spec_v1()))
    return root


def run(*args: str, ok: bool = True) -> Result:
    """``pfgen ARGS`` in process, in the current folder; ``ok`` asserts exit code 0."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, f"pfgen {' '.join(args)} -> {result.exit_code}\n{result.output}"
    return result


def tree_state(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``root``: sha256 and mtime (ns)."""
    out: dict[str, tuple[str, int]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        out[path.relative_to(root).as_posix()] = (hashlib.sha256(path.read_bytes()).hexdigest(),
                                                  path.stat().st_mtime_ns)
    return out


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


@contextmanager
def serve(documents: dict[str, bytes]) -> Iterator[str]:
    """A loopback HTTP server (port 0, thread) serving ``documents`` by path; yields its base URL.

    ``documents`` may be changed while serving (the next request sees the new bytes).
    """

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = documents.get(self.path.split("?", 1)[0])
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
