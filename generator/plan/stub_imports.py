"""Import blocks of the stub's generated modules, in isort's order (ruff's default), as the formatter keeps them
(see ``generator.plan.stub``)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.plan.pytypes import Imports
from generator.plan.stub_ops import HandlerView

__all__ = ["import_lines", "member_key", "router_import_lines"]

_PARAM_CLASSES = ("Path", "Query", "Header", "Cookie", "Body")


def member_key(name: str) -> tuple[int, str, str]:
    """isort's order for imported names (ruff's default): CONSTANTS, Classes, others; case-insensitive."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)


def import_lines(imports: Imports, third_party: list[str]) -> tuple[str, ...]:
    """``Imports.lines()`` with third-party lines (fastapi) placed after the standard library, sorted."""
    lines = list(imports.lines())
    if not third_party:
        return tuple(lines)
    # The first ``from pydantic`` / relative import / end marks where third-party imports go.
    at = len(lines)
    for i, line in enumerate(lines):
        if line.startswith(("from pydantic", "from .")):
            at = i
            break
    block = sorted(third_party)
    if at == len(lines):
        lines.extend(["", *block])
    elif lines[at].startswith("from pydantic"):
        merged = sorted([*block, lines[at]])
        lines[at : at + 1] = merged
    else:
        lines[at:at] = [*block, ""]
    while lines and lines[-1] == "":
        lines.pop()
    # Collapse doubled blank lines introduced by the splice.
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return tuple(out)


def router_import_lines(
    handlers: Sequence[HandlerView], imports: Imports, service_module: str, service_class: str
) -> tuple[str, ...]:
    """A router module's imports: what its handlers' annotations named (already in ``imports``), the runtime
    helpers they call, their service class and FastAPI."""
    _add_runtime_helpers(handlers, imports)
    imports.add_local(service_module, service_class)
    return import_lines(imports, [f"from fastapi import {', '.join(sorted(_fastapi_names(handlers)))}"])


def _fastapi_names(handlers: Sequence[HandlerView]) -> set[str]:
    names = {"APIRouter"}
    for h in handlers:
        for arg in h.args:
            for cls in _PARAM_CLASSES:
                if f", {cls}(" in arg.annotation:
                    names.add(cls)
            if arg.annotation in ("Request", "Response"):
                names.add(arg.annotation)
        if h.returns == "Response":
            names.add("Response")
        if any(a.startswith("dependencies=") for a in h.decorator_args):
            names.add("Depends")
    return names


def _add_runtime_helpers(handlers: Sequence[HandlerView], imports: Imports) -> None:
    for h in handlers:
        if any("Depends(_require(" in a for a in h.decorator_args):
            imports.add_runtime("_security:require as _require")
        if any("Depends(_validate(" in a for a in h.decorator_args):
            imports.add_runtime("_validate:request_validator as _validate")
        if any("_json_response(" in a for a in h.decorator_args):
            imports.add_runtime("_responses:json_response as _json_response")
        if h.sets_headers:
            imports.add_runtime("_responses:set_headers as _set_headers")
        if h.kind == "empty":
            imports.add_runtime("_responses:empty_response as _empty_response")
        elif h.kind in ("text", "binary"):
            imports.add_runtime("_responses:raw_response as _raw_response")
