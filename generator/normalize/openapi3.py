"""OpenAPI 3.0/3.1 input: kept as written, with only the few repairs later stages rely on.

Copy-on-write: when nothing needs repair the input dict itself is returned, so a 3 MB document costs a walk
over its operations and nothing more.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Diagnostic, Location
from generator.ir.model import HTTP_METHODS
from generator.normalize.pointer import join


def normalize_openapi3(document: dict[str, Any]) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    diagnostics: list[Diagnostic] = []
    out = document
    paths = document.get("paths")
    if not isinstance(paths, dict):
        if paths is not None:
            diagnostics.append(
                Diagnostic(
                    "warning",
                    "normalize-paths-invalid",
                    "'paths' is not an object; no operations were kept",
                    Location(pointer="/paths"),
                    "make 'paths' an object keyed by path",
                )
            )
        out = {**out, "paths": {}}
    else:
        fixed = _fix_path_items(paths, "/paths", diagnostics)
        if fixed is not paths:
            out = {**out, "paths": fixed}
    webhooks = document.get("webhooks")
    if isinstance(webhooks, dict):
        fixed = _fix_path_items(webhooks, "/webhooks", diagnostics)
        if fixed is not webhooks:
            out = {**out, "webhooks": fixed}
    return out, tuple(diagnostics)


def _fix_path_items(
    items: dict[str, Any], pointer: str, diagnostics: list[Diagnostic]
) -> dict[str, Any]:
    out = items
    for path, item in items.items():
        if not isinstance(item, dict):
            continue
        fixed_item = item
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            responses = op.get("responses")
            if not isinstance(responses, dict) or all(isinstance(code, str) for code in responses):
                continue
            here = join(pointer, path, method, "responses")
            fixed_responses: dict[str, Any] = {}
            for code, response in responses.items():
                if not isinstance(code, str):
                    diagnostics.append(
                        Diagnostic(
                            "warning",
                            "normalize-response-code-not-string",
                            f"response code {code!r} is not a string; it was read as '{code}'",
                            Location(pointer=join(here, str(code))),
                            "quote status codes in YAML ('200':)",
                        )
                    )
                fixed_responses.setdefault(str(code), response)
            if fixed_item is item:
                fixed_item = dict(item)
            fixed_item[method] = {**op, "responses": fixed_responses}
        if fixed_item is not item:
            if out is items:
                out = dict(items)
            out[path] = fixed_item
    return out
