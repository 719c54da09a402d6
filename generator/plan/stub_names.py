"""Python names in the server stub: the resources' modules and service classes, and the aliases hoisted out of a
service class (see ``generator.plan.stub``)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Collection, Iterable, Mapping

from generator.ir.model import Operation, Schema
from generator.ir.names import claim, to_pascal
from generator.plan.pytypes import TypeNamer
from generator.plan.stub_ops import service_annotations

__all__ = ["hoisted_aliases", "module_names", "service_class_names"]

_WORD = re.compile(r"(?<![.\w])([A-Za-z_]\w*)")


def module_names(resources: Iterable[str]) -> dict[str, str]:
    """resource -> module of its router and service; a name already taken gets ``_2``, ``_3``, ..."""
    modules: dict[str, str] = {}
    used: set[str] = set()
    for resource in resources:
        modules[resource] = claim(_module_name(resource), used, "_")
    return modules


def _module_name(resource: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z_]+", "_", resource).strip("_").lower() or "default"
    if name[0].isdigit():
        name = f"r_{name}"
    if keyword.iskeyword(name) or name.startswith("__"):
        name += "_"
    return name


def service_class_names(resource: str, schema_names: Collection[str]) -> tuple[str, str]:
    """(``<Resource>Service``, ``Stateful<Resource>Service``), or ``...Operations`` when a model has the name."""
    base = to_pascal(resource) or "Default"
    if base[0].isdigit():
        base = f"R{base}"
    name = f"{base}Service"
    stateful = f"Stateful{base}Service"
    if name in schema_names or stateful in schema_names:
        name, stateful = f"{base}Operations", f"Stateful{base}Operations"
    return name, stateful


def hoisted_aliases(ops: list[Operation], namer: TypeNamer, schemas: Mapping[str, Schema]) -> dict[str, str]:
    """Annotations naming one of the class's methods (``list``, ``dict``, ...) move to module-level aliases.

    Inside a class body a method called ``list`` shadows the builtin for the annotations that follow.
    """
    method_names = {op.name for op in ops} | {"self"}
    hoist: dict[str, str] = {}
    used: set[str] = set()
    for op in ops:
        for ann in service_annotations(op, namer, schemas):
            if ann in hoist:
                continue
            if set(_WORD.findall(ann)) & method_names:
                hoist[ann] = claim("_" + (to_pascal(re.sub(r"[^0-9A-Za-z]+", " ", ann)) or "Type"), used)
    return hoist
