"""A normalised view of one schema, so that spellings that mean the same compare as equal.

``$ref`` is followed (with a cycle guard), ``allOf`` is merged, 3.0 ``nullable: true`` and a 3.1 ``type`` list
with ``"null"`` (or a ``{type: "null"}`` branch of ``oneOf``/``anyOf``) become the same ``nullable`` flag (decided
by ``generator.normalize.schema``, as the build stage decides it), ``const`` becomes a one-value enum, and 3.0 boolean ``exclusiveMinimum`` becomes the 3.1 numeric form. Views are cached per
document node (by identity: the documents live for the whole diff, so identities stay unique).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from generator.normalize.schema import (
    MAX_SCHEMA_DEPTH,
    allowed_values,
    declared_types,
    is_null_schema,
    marks_nullable,
)
from generator.pointer import PointerError, escape, from_fragment, lookup, split

Slot = tuple[Any, str]          # (schema node, JSON pointer of that node)
Bound = tuple[float, bool]      # (value, exclusive)

EMPTY: dict[str, Any] = {}      # the "any value" schema used when one side has no subschema
_DOC_KEYS = ("title", "description", "example", "examples", "externalDocs", "$comment")
_PRIMITIVES = ("string", "number", "integer", "boolean", "array", "object")
SUBSCHEMA_KEYWORDS = ("contains", "propertyNames", "if", "then", "else", "not", "unevaluatedItems",
                      "unevaluatedProperties", "contentSchema")
_MAX_REF_HOPS = 64
_PURE_SIBLINGS = frozenset({"$ref", "summary", "type", "format", "nullable", *_DOC_KEYS})
# Sizes that admit every value a Python int/float holds on the wire in practice: the same as no format.
_SIZE_ONLY_FORMATS = frozenset({"int64", "double"})


def child(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape(t) for t in tokens)


def canon(value: Any) -> str:
    """A stable, hashable spelling of a JSON value (enum values, defaults)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


class Document:
    """One normalised document: ``$ref`` lookups with a cycle guard and a cache."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self._refs: dict[str, Slot | None] = {}

    def target(self, ref: str) -> Slot | None:
        if ref in self._refs:
            return self._refs[ref]
        found: Slot | None = None
        if ref.startswith("#"):
            pointer = from_fragment(ref[1:])
            try:
                found = (lookup(self.data, split(pointer)), pointer)
            except (PointerError, ValueError):
                found = None
        self._refs[ref] = found
        return found

    def deref(self, node: Any, pointer: str) -> Slot:
        """Follow a chain of pure ``$ref`` nodes; a broken or cyclic chain yields the last node reached."""
        seen: set[str] = set()
        for _ in range(_MAX_REF_HOPS):
            if not isinstance(node, dict):
                return node, pointer
            ref = node.get("$ref")
            if not isinstance(ref, str) or ref in seen or not _pure_ref(node):
                return node, pointer
            seen.add(ref)
            found = self.target(ref)
            if found is None:
                return node, pointer
            node, pointer = found
        return node, pointer

    def ref_name(self, node: Any) -> str:
        """The component name a ``$ref`` node points at (last pointer segment), or ``""``."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return str(split(from_fragment(node["$ref"][1:]))[-1]) if node["$ref"].startswith("#/") else ""
        return ""


@dataclass(slots=True)
class View:
    """One schema in normalised form, so that spellings that mean the same compare as equal."""

    pointer: str
    node: Any = None                             # the schema node this view describes
    types: frozenset[str] | None = None          # None: any type; never contains "null"
    nullable: bool = False
    format: str = ""
    enum: dict[str, Any] | None = None           # canonical spelling -> value; None: unrestricted
    properties: dict[str, Slot] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    additional: Slot | bool | None = None        # None: not declared; False: forbidden; True: any; Slot: schema
    items: Slot | None = None
    prefix_items: tuple[Slot, ...] = ()
    lower: Bound | None = None
    upper: Bound | None = None
    bounds: dict[str, Any] = field(default_factory=dict)   # minLength, maxLength, minItems, ... multipleOf
    unique_items: bool = False
    patterns: frozenset[str] = frozenset()
    variants: tuple[Slot, ...] = ()
    variant_kind: str = ""                       # "oneOf" or "anyOf": where the variants came from
    all_of: tuple[Slot, ...] = ()                # the node's own allOf members (also merged into this view)
    discriminator: tuple[str, dict[str, str]] | None = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    default: tuple[str, Any] | None = None       # (canonical, value)
    docs: dict[str, str] = field(default_factory=dict)
    empty: bool = False                          # the ``false`` schema: nothing is valid
    const: bool = False                          # ``enum`` came from ``const`` (one value)
    # JSON Schema 2020-12 applicators with one subschema (contains, propertyNames, if, then, else, not,
    # unevaluatedItems, unevaluatedProperties, contentSchema) and with named subschemas (patternProperties,
    # dependentSchemas); dependentRequired; contentMediaType/contentEncoding.
    subschemas: dict[str, Slot] = field(default_factory=dict)
    schema_maps: dict[str, dict[str, Slot]] = field(default_factory=dict)
    dependent_required: dict[str, frozenset[str]] = field(default_factory=dict)
    content: dict[str, str] = field(default_factory=dict)
    extensible_enum: frozenset[str] = frozenset()   # ``x-extensible-enum`` values
    stability: str = ""                              # ``x-stability-level``
    sunset: str = ""                                 # ``x-sunset``


class Views:
    """Builds and caches ``View`` objects for one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._cache: dict[int, tuple[Any, View]] = {}   # keeps the node alive beside its view
        self._building: set[int] = set()
        self._kept: list[Any] = []

    def get(self, node: Any, pointer: str) -> View:
        node, pointer = self.doc.deref(node, pointer)
        key = id(node)
        hit = self._cache.get(key)
        if hit is not None:
            return hit[1]
        if key in self._building or len(self._building) >= MAX_SCHEMA_DEPTH:
            # An allOf cycle (the inner occurrence contributes nothing), or nesting too deep to merge further.
            return View(pointer)
        self._building.add(key)
        try:
            view = self._build(node, pointer)
        finally:
            self._building.discard(key)
        self._cache[key] = (node, view)
        return view

    def keep(self, node: Any) -> Any:
        """Hold a synthetic node for the lifetime of the cache so its identity is never reused.

        (It is only held: caching a placeholder view for it would make every merged property read as "any".)"""
        self._kept.append(node)
        return node

    # -- building -----------------------------------------------------------------------------------------------

    def _build(self, node: Any, pointer: str) -> View:
        if node is True or node is EMPTY:
            return View(pointer, node)
        if node is False:
            return View(pointer, node, types=frozenset(), empty=True)
        if not isinstance(node, dict):
            return View(pointer, node)
        v = View(pointer, node)
        self._own(v, node, pointer)
        parts: list[View] = []
        if isinstance(node.get("$ref"), str):   # a $ref with siblings (3.1): the target is one more allOf part
            parts.append(self._ref_part(node, pointer))
        for i, part in enumerate(_list(node.get("allOf"))):
            parts.append(self.get(part, child(pointer, "allOf", i)))
            v.all_of += ((part, child(pointer, "allOf", i)),)
        for key in ("oneOf", "anyOf"):
            branches = _list(node.get(key))
            if branches:
                self._union(v, node, pointer, key, branches, parts)
        if parts:
            self._merge(v, parts, node)
        return v

    def _ref_part(self, node: dict[str, Any], pointer: str) -> View:
        found = self.doc.target(node["$ref"])
        if found is None:
            return View(pointer)
        return self.get(found[0], found[1])

    def _own(self, v: View, node: dict[str, Any], pointer: str) -> None:
        names, _ = declared_types(node)
        if names is not None:
            v.types = frozenset(t for t in names if t in _PRIMITIVES)   # {} with nullable: only null
        elif "properties" in node or "additionalProperties" in node:
            v.types = frozenset({"object"})
        elif "items" in node or "prefixItems" in node:
            v.types = frozenset({"array"})
        v.nullable = marks_nullable(node)
        if isinstance(node.get("format"), str) and node["format"] not in _SIZE_ONLY_FORMATS:
            v.format = node["format"]
        allowed = allowed_values(node)
        if allowed is not None:
            values, with_null, v.const = allowed
            v.nullable = v.nullable or with_null
            v.enum = {canon(x): x for x in values}
        props = node.get("properties")
        if isinstance(props, dict):
            v.properties = {str(k): (s, child(pointer, "properties", k)) for k, s in props.items()}
        if isinstance(node.get("required"), list):
            v.required = frozenset(str(r) for r in node["required"] if isinstance(r, str))
        extra = node.get("additionalProperties")
        if extra is False:
            v.additional = False
        elif extra is True or extra == {}:
            v.additional = True
        elif isinstance(extra, dict):
            v.additional = (extra, child(pointer, "additionalProperties"))
        items = node.get("items")
        if isinstance(items, (dict, bool)):
            v.items = (items, child(pointer, "items"))
        elif isinstance(items, list):   # 2019 tuple form
            v.prefix_items = tuple((s, child(pointer, "items", i)) for i, s in enumerate(items))
        if isinstance(node.get("prefixItems"), list):
            v.prefix_items = tuple((s, child(pointer, "prefixItems", i)) for i, s in enumerate(node["prefixItems"]))
        v.lower = _bound(node, "minimum", "exclusiveMinimum")
        v.upper = _bound(node, "maximum", "exclusiveMaximum")
        for key in ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
                    "multipleOf", "minContains", "maxContains"):
            value = node.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                v.bounds[key] = value
        v.unique_items = node.get("uniqueItems") is True
        if isinstance(node.get("pattern"), str):
            v.patterns = frozenset({node["pattern"]})
        disc = node.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            mapping = disc.get("mapping")
            v.discriminator = (disc["propertyName"], {str(k): str(x) for k, x in mapping.items()}
                               if isinstance(mapping, dict) else {})
        v.read_only = node.get("readOnly") is True
        v.write_only = node.get("writeOnly") is True
        v.deprecated = node.get("deprecated") is True
        if "default" in node:
            v.default = (canon(node["default"]), node["default"])
        for key in _DOC_KEYS:
            if key in node:
                v.docs[key] = canon(node[key])
        self._applicators(v, node, pointer)

    def _applicators(self, v: View, node: dict[str, Any], pointer: str) -> None:
        for key in SUBSCHEMA_KEYWORDS:
            if isinstance(node.get(key), (dict, bool)):
                v.subschemas[key] = (node[key], child(pointer, key))
        for key in ("patternProperties", "dependentSchemas"):
            raw = node.get(key)
            if isinstance(raw, dict) and raw:
                v.schema_maps[key] = {str(k): (x, child(pointer, key, k)) for k, x in raw.items()}
        raw = node.get("dependentRequired")
        if isinstance(raw, dict):
            v.dependent_required = {str(k): frozenset(x for x in names if isinstance(x, str))
                                    for k, names in raw.items() if isinstance(names, list)}
        for key in ("contentMediaType", "contentEncoding"):
            if isinstance(node.get(key), str):
                v.content[key] = node[key]
        extensible = node.get("x-extensible-enum")
        if isinstance(extensible, list):
            v.extensible_enum = frozenset(canon(x) for x in extensible)
        for key, attr in (("x-stability-level", "stability"), ("x-sunset", "sunset")):
            if isinstance(node.get(key), str):
                setattr(v, attr, node[key])

    def _union(self, v: View, node: dict[str, Any], pointer: str, key: str, branches: list[Any],
               parts: list[View]) -> None:
        kept: list[Slot] = []
        for i, branch in enumerate(branches):
            slot = (branch, child(pointer, key, i))
            if is_null_schema(self.doc.deref(branch, slot[1])[0]):
                v.nullable = True
            else:
                kept.append(slot)
        own_shape = bool(v.properties) or v.items is not None or v.enum is not None
        if len(kept) == 1 and not own_shape and not v.variants:
            # ``anyOf: [X, {type: null}]`` is "X or null": the same as X with nullable.
            parts.append(self.get(*kept[0]))
        else:
            v.variants = v.variants + tuple(kept)
            v.variant_kind = v.variant_kind or key

    def _merge(self, v: View, parts: list[View], node: dict[str, Any]) -> None:
        own_typed = v.types is not None
        nullable_parts = all(p.nullable or p.types is None and not p.empty for p in parts)
        for p in parts:
            if p.types is not None:
                v.types = p.types if v.types is None else _intersect(v.types, p.types)
            if p.empty:
                v.empty = True
            if not v.format and p.format:
                v.format = p.format
            if p.enum is not None:
                v.enum = dict(p.enum) if v.enum is None else {k: x for k, x in v.enum.items() if k in p.enum}
            for name, slot in p.properties.items():
                mine = v.properties.get(name)
                if mine is None:
                    v.properties[name] = slot
                elif mine[0] is not slot[0]:
                    both = self.keep({"allOf": [mine[0], slot[0]]})
                    v.properties[name] = (both, mine[1])
            v.required = v.required | p.required
            if p.additional is False or v.additional is False:
                v.additional = False
            elif v.additional is None or v.additional is True:
                v.additional = p.additional if p.additional is not None else v.additional
            if v.items is None:
                v.items = p.items
            if not v.prefix_items:
                v.prefix_items = p.prefix_items
            v.lower = _tighter(v.lower, p.lower, lower=True)
            v.upper = _tighter(v.upper, p.upper, lower=False)
            for key, value in p.bounds.items():
                mine_b = v.bounds.get(key)
                if mine_b is None:
                    v.bounds[key] = value
                elif key.startswith("min"):
                    v.bounds[key] = max(mine_b, value)
                elif key.startswith("max"):
                    v.bounds[key] = min(mine_b, value)
            v.unique_items = v.unique_items or p.unique_items
            v.patterns = v.patterns | p.patterns
            if not v.variants:
                v.variants = p.variants
                v.variant_kind = p.variant_kind
            if v.discriminator is None:
                v.discriminator = p.discriminator
            v.read_only = v.read_only or p.read_only
            v.write_only = v.write_only or p.write_only
            v.deprecated = v.deprecated or p.deprecated
            if v.default is None:
                v.default = p.default
            v.const = v.const or p.const and v.enum is not None and len(v.enum) <= 1
            for key, slot in p.subschemas.items():
                v.subschemas.setdefault(key, slot)
            for key, named in p.schema_maps.items():
                v.schema_maps[key] = {**named, **v.schema_maps.get(key, {})}
            for key, names in p.dependent_required.items():
                v.dependent_required[key] = v.dependent_required.get(key, frozenset()) | names
            for key, text in p.content.items():
                v.content.setdefault(key, text)
            v.extensible_enum = v.extensible_enum or p.extensible_enum
            v.stability = v.stability or p.stability
            v.sunset = v.sunset or p.sunset
        # 3.0 habit: ``nullable: true`` beside ``allOf: [$ref]`` means "the referenced type, or null".
        if not v.nullable and not own_typed and nullable_parts and any(p.nullable for p in parts):
            v.nullable = True


def _pure_ref(node: dict[str, Any]) -> bool:
    """A ``$ref`` whose siblings (if any) do not change its meaning: it means exactly its target.

    Like ``build``, a ``nullable: true`` (or a type list with ``"null"``) beside a 3.0 ``$ref`` is honoured, since
    that is what authors mean and what the generated client does; other 3.0-ignored siblings (``type``) are not.
    """
    if marks_nullable(node):
        return False
    return all(k in _PURE_SIBLINGS or k.startswith("x-") for k in node)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _intersect(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    out = set(a & b)
    if "integer" in a and "number" in b or "number" in a and "integer" in b:
        out.add("integer")
    return frozenset(out)


def _float(value: float) -> float:
    """A bound as a float; an integer beyond the float range (10**400) is that infinity."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _bound(node: dict[str, Any], plain: str, exclusive: str) -> Bound | None:
    value = node.get(plain)
    ex = node.get(exclusive)
    out: Bound | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        out = (_float(value), ex is True)
    if isinstance(ex, (int, float)) and not isinstance(ex, bool):   # 3.1: the exclusive bound itself
        cand = (_float(ex), True)
        out = cand if out is None else _tighter(out, cand, lower=plain == "minimum")
    return out


def _tighter(a: Bound | None, b: Bound | None, *, lower: bool) -> Bound | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if compare_bounds(a, b, lower=lower) >= 0 else b


def compare_bounds(a: Bound, b: Bound, *, lower: bool) -> int:
    """>0 when ``a`` admits fewer values than ``b`` (is tighter), <0 when looser, 0 when equal."""
    if a == b:
        return 0
    if a[0] != b[0]:
        higher = 1 if a[0] > b[0] else -1
        return higher if lower else -higher
    return 1 if a[1] else -1
