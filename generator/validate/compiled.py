"""Compiled (jsonschema-rs) answers to the yes/no questions openapi-spec-validator asks most often.

openapi-spec-validator stays the validator of record: every error message still comes from it. Two of its
checks are pure JSON Schema validation done in Python, which costs seconds on a large document:

- the whole document against the OpenAPI meta-schema; when that fails, the compiled validator names the
  entries (a path, a component) that hold errors, and only those are walked again in Python (``prune``);
- every schema object against its dialect's meta-schema (the keyword phase's ``schema`` check); a compiled
  ``is_valid`` answers for the schemas that pass, which is nearly all of them.

Both validators run with format checks off, like the Python ones, except ``regex``, which the keyword phase
checks with Python's own engine: ``schema_ok`` leaves any schema with a pattern Python rejects to the Python
path. Without jsonschema-rs (or on values it cannot take, such as YAML dates) everything goes the Python way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Maps whose entries the meta-schemas check independently of each other, per document family.
_SECTIONS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "2.0": (("paths",), ("definitions",), ("parameters",), ("responses",), ("securityDefinitions",)),
    "3.0": (("paths",), *(("components", kind) for kind in (
        "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks",
    ))),
    "3.1": (("paths",), ("webhooks",), *(("components", kind) for kind in (
        "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "pathItems",
    ))),
}


def _module() -> Any:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs


# Compiled validators by the identity of their schema (meta-schemas are module-level constants, kept alive by
# their modules, so an id is never reused while it is a key here).
_COMPILED: dict[int, Any] = {}


def _compile(schema: Mapping[str, Any]) -> Any:
    rs = _module()
    if rs is None:
        return None
    try:
        return rs.validator_for(schema, validate_formats=False, retriever=_retrieve)
    except Exception:  # noqa: BLE001 -- a meta-schema it cannot compile: the Python path answers
        return None


def _retrieve(uri: str) -> Any:
    """Meta-schemas referenced by the OpenAPI dialects, from the registry openapi-schema-validator ships (never
    the network)."""
    from openapi_schema_validator._specifications import REGISTRY

    return REGISTRY.contents(uri.rstrip("#"))


def compiled_for(schema: Mapping[str, Any]) -> Any:
    key = id(schema)
    if key not in _COMPILED:
        _COMPILED[key] = (_compile(schema), schema)  # the schema is held too, so its id stays unique
    return _COMPILED[key][0]


def is_valid(schema: Mapping[str, Any], value: Any) -> bool | None:
    """``value`` is valid against ``schema``: True, False, or None when the compiled validator cannot say."""
    validator = compiled_for(schema)
    if validator is None:
        return None
    try:
        return bool(validator.is_valid(value))
    except Exception:  # noqa: BLE001 -- a value it cannot convert (YAML dates, huge integers)
        return None


def error_paths(schema: Mapping[str, Any], value: Any) -> list[tuple[Any, ...]] | None:
    """Where ``value`` breaks ``schema`` (instance paths), or None when the compiled validator cannot say."""
    validator = compiled_for(schema)
    if validator is None:
        return None
    try:
        return [tuple(err.instance_path) for err in validator.iter_errors(value)]
    except Exception:  # noqa: BLE001
        return None


def prune(doc: Mapping[str, Any], family: str, paths: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    """``doc`` without the entries of its independent maps (paths, components, ...) that hold no error: the
    meta-schema reports exactly the same errors for what is left, and the Python walk only visits that."""
    keep: dict[tuple[str, ...], set[str] | None] = {section: set() for section in _SECTIONS.get(family, ())}
    for path in paths:
        for section, entries in keep.items():
            if tuple(path[: len(section)]) != section:
                continue
            if len(path) == len(section) or entries is None:
                keep[section] = None  # an error about the map itself: keep it whole
            else:
                entries.add(str(path[len(section)]))
    out = dict(doc)
    for section, entries in keep.items():
        if entries is None:
            continue
        parent: Any = out
        for part in section[:-1]:
            child = parent.get(part)
            if not isinstance(child, Mapping):
                break
            parent[part] = dict(child)  # copied along the way: the caller's document is never changed
            parent = parent[part]
        else:
            table = parent.get(section[-1])
            if isinstance(table, Mapping):
                parent[section[-1]] = {k: v for k, v in table.items() if k in entries}
    return out


def schema_ok(meta_schema: Mapping[str, Any], format_checker: Any, value: Any) -> bool:
    """True when ``value`` (a schema object) passes ``meta_schema`` for certain; False means "ask Python"."""
    if is_valid(meta_schema, value) is not True:
        return False
    if format_checker is None or "regex" not in getattr(format_checker, "checkers", {}):
        return True
    return all(format_checker.conforms(pattern, "regex") for pattern in _patterns(value))


def _patterns(value: Any) -> Iterable[str]:
    """Every string that might be a ``pattern`` (or a ``patternProperties`` key) anywhere in ``value``; a
    superset is fine: a false alarm only sends the schema to the Python check."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            for key, child in item.items():
                if key == "pattern" and isinstance(child, str):
                    yield child
                elif key == "patternProperties" and isinstance(child, Mapping):
                    yield from (k for k in child if isinstance(k, str))
                if isinstance(child, (Mapping, list)):
                    stack.append(child)
        elif isinstance(item, list):
            stack.extend(child for child in item if isinstance(child, (Mapping, list)))
