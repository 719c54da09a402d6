"""Deterministic example values generated from the catalog's schemas.

``generate(schema)`` respects types and formats (date-time, date, time, uuid, email, uri, ...), ``enum`` and
``const``, required properties, numeric and length bounds, simple patterns (by trying a few candidates), nested
references up to a depth limit (recursive references stop early), the first variant of ``oneOf``/``anyOf`` (with its
discriminator value set), and arrays of one item (or ``minItems``). The same schema always gives the same value.

Three styles, tried in order by the callers until a value validates: ``rich`` (spec examples and defaults, optional
properties near the top), ``plain`` (no spec examples), ``minimal`` (required properties only).
"""

from __future__ import annotations

import copy
import importlib
import math
import re
from collections.abc import Mapping
from typing import Any, Literal

__all__ = ["STYLES", "Style", "generate"]

Style = Literal["rich", "plain", "minimal"]
STYLES: tuple[Style, ...] = ("rich", "plain", "minimal")

# Optional properties are filled down to this nesting depth; below it only required ones.
OPTIONAL_DEPTH = 3
# Past this depth objects, arrays and strings are cut short (a reference cycle of required properties ends here).
MAX_DEPTH = 12

_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "duration": "P1D",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "iri": "https://example.com",
    "iri-reference": "https://example.com",
    "uri-template": "https://example.com/{id}",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "binary": "example",
    "password": "secret",
    "json-pointer": "/example",
    "regex": "^example$",
    "decimal": "1.5",
    "phone": "+15555550100",
}
_PATTERN_CANDIDATES = (
    "example",
    "a",
    "A",
    "1",
    "abc",
    "ABC",
    "123",
    "a1",
    "A1",
    "abc123",
    "ABC123",
    "ab_cd",
    "ab-cd",
    "AB12",
    "12345678",
    "ABCDEFGH",
    "abcdefgh",
    "0",
    "x",
    "user@example.com",
    "https://example.com",
)


def generate(
    schema: Mapping[str, Any] | None, schemas: Mapping[str, Any], style: Style = "rich"
) -> Any:
    """A value for ``schema`` (catalog dialect); ``schemas`` resolves ``{"$ref": name}``."""
    return _Generator(schemas, style).value(schema or {}, 0, ())


class _Generator:
    def __init__(self, schemas: Mapping[str, Any], style: Style) -> None:
        self.schemas = schemas
        self.style = style

    def value(self, schema: Mapping[str, Any], depth: int, trail: tuple[str, ...]) -> Any:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.schemas.get(ref, {})
            if ref in trail or depth > MAX_DEPTH:
                return self.cut(target, schema)
            merged = dict(target)
            for key in ("examples", "default"):
                if key in schema:
                    merged[key] = schema[key]
            return self.value(merged, depth, (*trail, ref))
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if self.style == "rich":
            examples = schema.get("examples")
            if isinstance(examples, list) and examples and examples[0] is not None:
                return copy.deepcopy(examples[0])
            if "default" in schema and schema["default"] is not None:
                return copy.deepcopy(schema["default"])
        enum = schema.get("enum")
        if isinstance(enum, list):
            values = [v for v in enum if v is not None]
            return copy.deepcopy(values[0]) if values else None
        for key in ("oneOf", "anyOf"):
            variants = schema.get(key)
            if isinstance(variants, list):
                return self.variant(schema, variants, depth, trail)
        kind = schema.get("type")
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema or "prefixItems" in schema:
                kind = "array"
        if kind == "object":
            return self.object(schema, depth, trail)
        if kind == "array":
            return self.array(schema, depth, trail)
        if kind == "string":
            return string_value(schema)
        if kind == "integer":
            return int(number_value(schema, integer=True))
        if kind == "number":
            return number_value(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return {}

    def cut(self, target: Mapping[str, Any], site: Mapping[str, Any]) -> Any:
        """A value that ends a recursion: null where allowed, else the emptiest value of the type."""
        if site.get("nullable") or target.get("nullable"):
            return None
        kind = target.get("type")
        if kind == "array":
            return []
        if kind == "string":
            return string_value(target)
        if kind in ("integer", "number"):
            return 0
        if kind == "boolean":
            return False
        if target.get("enum"):
            return copy.deepcopy(target["enum"][0])
        return {}

    def variant(
        self, schema: Mapping[str, Any], variants: list[Any], depth: int, trail: tuple[str, ...]
    ) -> Any:
        usable = [v for v in variants if isinstance(v, Mapping) and v.get("type") != "null"]
        if not usable:
            return None
        chosen = usable[0]
        value = self.value(chosen, depth, trail)
        disc = schema.get("discriminator")
        if (
            isinstance(disc, Mapping)
            and isinstance(value, dict)
            and isinstance(chosen.get("$ref"), str)
        ):
            prop = disc.get("propertyName")
            mapping = disc.get("mapping") or {}
            tags = sorted(tag for tag, name in mapping.items() if name == chosen["$ref"])
            if isinstance(prop, str):
                value[prop] = tags[0] if tags else chosen["$ref"]
        return value

    def object(
        self, schema: Mapping[str, Any], depth: int, trail: tuple[str, ...]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        props = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        full = self.style != "minimal" and depth < OPTIONAL_DEPTH
        for name, prop in props.items():
            if not isinstance(prop, Mapping):
                continue
            if name in required or (full and not prop.get("writeOnly")):
                out[name] = self.value(prop, depth + 1, trail)
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, Mapping) and full:
            out["key"] = self.value(extra, depth + 1, trail)
        minimum = schema.get("minProperties")
        if isinstance(minimum, int) and len(out) < minimum:
            for name, prop in props.items():
                if len(out) >= minimum:
                    break
                if name not in out and isinstance(prop, Mapping):
                    out[name] = self.value(prop, depth + 1, trail)
            n = 1
            while len(out) < minimum and extra is not False:
                out[f"key{n}"] = (
                    self.value(extra, depth + 1, trail) if isinstance(extra, Mapping) else "value"
                )
                n += 1
        return out

    def array(self, schema: Mapping[str, Any], depth: int, trail: tuple[str, ...]) -> list[Any]:
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            return [self.value(p, depth + 1, trail) for p in prefix if isinstance(p, Mapping)]
        items = schema.get("items")
        if not isinstance(items, Mapping):
            items = {}
        low = schema.get("minItems")
        high = schema.get("maxItems")
        count = low if isinstance(low, int) and low > 0 else 1
        if isinstance(high, int):
            count = min(count, high)
        if depth > MAX_DEPTH and not low:
            count = 0
        out = [self.value(items, depth + 1, trail) for _ in range(count)]
        if schema.get("uniqueItems") and count > 1:
            out = [_distinct(v, i) for i, v in enumerate(out)]
        return out


def _distinct(value: Any, index: int) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value + index
    if isinstance(value, str):
        return f"{value}{index}" if index else value
    if isinstance(value, dict):
        return {**value, "_n": index} if index else value
    return value


def string_value(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    base = _FORMATS.get(fmt, "string") if isinstance(fmt, str) else "string"
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            compiled = re.compile(pattern)
        except re.error:
            compiled = None
        if compiled is not None and not compiled.search(base):
            made = _from_pattern(pattern)
            if made is not None and compiled.search(made):
                base = made
            else:
                for candidate in _PATTERN_CANDIDATES:
                    if compiled.search(candidate):
                        base = candidate
                        break
    low = schema.get("minLength")
    high = schema.get("maxLength")
    if isinstance(low, int) and len(base) < low:
        base = base + "x" * (low - len(base))
    if isinstance(high, int) and len(base) > high:
        base = base[:high]
    return base


def _from_pattern(pattern: str) -> str | None:
    """The shortest simple string the regular expression's syntax tree describes (None when it cannot tell)."""
    try:
        parser: Any = importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        parser = importlib.import_module("sre_parse")
    try:
        tree = parser.parse(pattern)
        return _walk(list(tree), 0)
    except (ValueError, TypeError, IndexError, StopIteration, re.error, RecursionError):
        return None  # an unusual pattern only means no generated match


_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _char_in(items: list[Any]) -> str:
    if items and str(items[0][0]) == "NEGATE":
        banned = set()
        for op, arg in items[1:]:
            if str(op) == "LITERAL":
                banned.add(chr(arg))
            elif str(op) == "RANGE":
                banned.update(chr(c) for c in range(arg[0], min(arg[1], arg[0] + 256) + 1))
        return next(c for c in "aA0_-x" if c not in banned)
    op, arg = items[0]
    if str(op) == "LITERAL":
        return chr(arg)
    if str(op) == "RANGE":
        return chr(arg[0])
    if str(op) == "CATEGORY":
        return _CATEGORY_CHARS.get(str(arg), "a")
    raise ValueError(op)


def _walk(nodes: list[Any], depth: int) -> str:
    if depth > 50:
        raise ValueError("too deep")
    out: list[str] = []
    for op, arg in nodes:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_char_in(list(arg)))
        elif name == "CATEGORY":
            out.append(_CATEGORY_CHARS.get(str(arg), "a"))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            out.append(_walk(list(sub), depth + 1) * int(low))
        elif name == "SUBPATTERN":
            out.append(_walk(list(arg[-1]), depth + 1))
        elif name == "ATOMIC_GROUP":
            out.append(_walk(list(arg), depth + 1))
        elif name == "BRANCH":
            out.append(_walk(list(arg[1][0]), depth + 1))
        elif name in ("AT", "ASSERT", "ASSERT_NOT", "GROUPREF"):
            continue
        else:
            raise ValueError(name)
    return "".join(out)


def number_value(schema: Mapping[str, Any], *, integer: bool) -> float | int:
    value: float = 1
    low = _num(schema.get("minimum"))
    high = _num(schema.get("maximum"))
    xlow = _num(schema.get("exclusiveMinimum"))
    xhigh = _num(schema.get("exclusiveMaximum"))
    step = 1.0 if integer else 0.5
    if low is not None and value < low:
        value = low
    if xlow is not None and value <= xlow:
        value = xlow + step
    if high is not None and value > high:
        value = high
    if xhigh is not None and value >= xhigh:
        value = xhigh - step
        if xlow is not None and value <= xlow:
            value = (xlow + xhigh) / 2
    multiple = _num(schema.get("multipleOf"))
    if multiple:
        value = math.ceil(value / multiple) * multiple
        top = high if high is not None else xhigh
        if top is not None and value > top:
            value = math.floor(top / multiple) * multiple
    if integer:
        return math.ceil(value) if low is not None or xlow is not None else int(value)
    return float(value)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)
