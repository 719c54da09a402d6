"""Comparing two schemas in one direction (what the client sends, or what it receives).

``compare`` returns ``Finding``s whose ``path`` is relative to the schemas compared; callers prefix it with where the
schema sits (``request body``, ``response 200 body``, ``query parameter `limit```). Results are memoised by the
identity of the two (dereferenced) nodes and the direction, so a component used by a hundred operations is compared
once; recursion through ``$ref`` cycles stops when it meets a pair already being compared.
"""

from __future__ import annotations

from typing import Any

from generator.diff import keywords
from generator.diff.finding import Direction, Finding, display_path, is_docs, scalar_change
from generator.diff.view import EMPTY, SUBSCHEMA_KEYWORDS, Document, Slot, View, Views
from generator.normalize.schema import MAX_SCHEMA_DEPTH

__all__ = ["Direction", "Finding", "SchemaComparer", "display_path", "is_docs"]


class SchemaComparer:
    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new
        self.old_views = Views(old)
        self.new_views = Views(new)
        self._memo: dict[tuple[int, int, str], tuple[Finding, ...]] = {}
        self._active: set[tuple[int, int, str]] = set()

    def compare(self, old: Slot, new: Slot, direction: Direction) -> tuple[Finding, ...]:
        o_node, o_ptr = self.old.deref(*old)
        n_node, n_ptr = self.new.deref(*new)
        key = (id(o_node), id(n_node), direction)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        if key in self._active:
            return ()
        if len(self._active) >= MAX_SCHEMA_DEPTH:
            if o_node == n_node:   # nothing changes down there (plain JSON equality needs no recursion budget)
                return ()
            return (Finding("comparison-truncated", (), n_ptr,
                            f"schemas nest deeper than {MAX_SCHEMA_DEPTH} levels and differ below; what lies "
                            "deeper was not compared"),)
        self._active.add(key)
        try:
            found = tuple(self._compare(self.old_views.get(o_node, o_ptr), self.new_views.get(n_node, n_ptr),
                                        direction))
        finally:
            self._active.discard(key)
        self._memo[key] = found
        return found

    def same(self, old: Slot, new: Slot, direction: Direction) -> bool:
        return not any(not is_docs(f) for f in self.compare(old, new, direction))

    # -- one pair of views ----------------------------------------------------------------------------------------

    def _compare(self, o: View, n: View, d: Direction) -> list[Finding]:
        out: list[Finding] = []
        # A plain schema against a union: the union's own (absent) type says nothing; the branches are compared.
        union_vs_plain = bool(o.variants) != bool(n.variants) and (o.types is None or n.types is None)
        type_changed = False if union_vs_plain else self._types(o, n, d, out)
        self._nullable(o, n, d, out)
        if not type_changed and not union_vs_plain:
            keywords.format_change(o, n, d, out)
            keywords.enum_change(o, n, d, out)
        keywords.bounds(o, n, d, out)
        keywords.patterns(o, n, d, out)
        keywords.extensible_enum(o, n, d, out)
        keywords.default(o, n, d, out)
        keywords.lifecycle(o, n, d, out)
        self._properties(o, n, d, out)
        self._items(o, n, d, out)
        self._applicators(o, n, d, out)
        self._all_of(o, n, d, out)
        self._variants(o, n, d, out)
        keywords.discriminator(o, n, d, out)
        for key in sorted(set(o.docs) | set(n.docs)):
            if o.docs.get(key) != n.docs.get(key):
                out.append(Finding("docs-changed", (), n.pointer, key))
        return out

    def _types(self, o: View, n: View, d: Direction, out: list[Finding]) -> bool:
        if _expand(o.types) == _expand(n.types):
            return False
        wider = _covers(n.types, o.types)
        narrower = _covers(o.types, n.types)
        change = f"from {_show_types(o.types)} to {_show_types(n.types)}"
        several = any(t is not None and len(t) > 1 for t in (o.types, n.types))
        widened = "list-of-types-widened" if several else "type-generalized"
        narrowed = "list-of-types-narrowed" if several else "type-specialized"
        scalar = scalar_change(o.types, n.types, o.format)
        if d == "request":
            if wider:
                out.append(Finding("request-type-widened", (), n.pointer, f"type widened {change}", widened, scalar))
            else:
                verb = "narrowed" if narrower else "changed"
                out.append(Finding("request-type-changed", (), n.pointer, f"type {verb} {change}",
                                   narrowed if narrower and several else "type-changed", scalar))
        else:
            if narrower:
                out.append(Finding("response-type-narrowed", (), n.pointer, f"type narrowed {change}", narrowed,
                                   scalar))
            else:
                verb = "widened" if wider else "changed"
                out.append(Finding("response-type-changed", (), n.pointer, f"type {verb} {change}",
                                   widened if wider else "type-changed", scalar))
        return not (wider or narrower)

    def _nullable(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if o.nullable == n.nullable:
            return
        if d == "request":
            rule = "request-nullable-added" if n.nullable else "request-nullable-removed"
        else:
            rule = "response-nullable-added" if n.nullable else "response-nullable-removed"
        out.append(Finding(rule, (), n.pointer, "now accepts null" if n.nullable and d == "request" else
                           "may now be null" if n.nullable else "no longer accepts null" if d == "request" else
                           "is no longer null", "became-nullable" if n.nullable else "became-not-nullable"))

    def _properties(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if not o.properties and not n.properties:
            return
        for name in sorted(set(o.properties) | set(n.properties)):
            os_, ns = o.properties.get(name), n.properties.get(name)
            if ns is None:
                assert os_ is not None
                if _visible(self.old_views.get(*os_), d):
                    out.append(_existence(d, False, name in o.required, name, os_[1]))
                continue
            nv = self.new_views.get(*ns)
            if os_ is None:
                if _visible(nv, d):
                    found = _existence(d, True, name in n.required, name, ns[1])
                    if found.aspect == "=new-required-request-property" and nv.default is not None:
                        found = found.as_rule(found.rule, "=new-required-request-property-with-default")
                    out.append(found)
                continue
            ov = self.old_views.get(*os_)
            if not _visible(ov, d) and not _visible(nv, d):
                continue
            self._access(name, ov, nv, d, ns[1], name in n.required, out)
            if not _visible(nv, d):
                continue
            was, now = name in o.required, name in n.required
            if was != now:
                # A default does not excuse a newly required request property: required means it must be sent.
                key = "property-became-required" if now else "property-became-optional"
                rule = _BY_DIRECTION[d][key]
                aspect = f"={rule}-with-default" if d == "request" and now and nv.default is not None else f"={rule}"
                text = "became required" if now else "became optional" if d == "request" else \
                    "became optional (may be missing)"
                out.append(Finding(rule, (name,), ns[1], text, aspect))
            out.extend(f.under(name) for f in self.compare(os_, ns, d))

    def _access(self, name: str, ov: View, nv: View, d: Direction, pointer: str, required: bool,
                out: list[Finding]) -> None:
        kind = "required" if required else "optional"
        if d == "request" and nv.read_only and not ov.read_only:
            out.append(Finding("request-property-became-read-only", (name,), pointer,
                               "became readOnly (the server ignores it in requests)",
                               f"=request-{kind}-property-became-read-only"))
        elif d == "response" and nv.write_only and not ov.write_only:
            out.append(Finding("response-property-became-write-only", (name,), pointer,
                               "became writeOnly (no longer returned)", f"=response-{kind}-property-became-write-only"))
        elif d == "request" and ov.read_only and not nv.read_only:
            out.append(Finding("property-access-changed", (name,), pointer, "no longer readOnly (may be sent)",
                               f"=request-{kind}-property-became-not-read-only"))
        elif d == "response" and ov.write_only and not nv.write_only:
            out.append(Finding("property-access-changed", (name,), pointer, "no longer writeOnly (now returned)",
                               f"=response-{kind}-property-became-not-write-only"))

    def _items(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if o.items is not None or n.items is not None:
            if o.items is None or n.items is None:
                # Only one side declares items: compare against "any value" so the change is classified.
                out.extend(f.under("[]") for f in self.compare(o.items or (EMPTY, o.pointer),
                                                                n.items or (EMPTY, n.pointer), d))
            else:
                out.extend(f.under("[]") for f in self.compare(o.items, n.items, d))
        for i, (a, b) in enumerate(zip(o.prefix_items, n.prefix_items)):
            out.extend(f.under(f"[{i}]") for f in self.compare(a, b, d))
        if len(o.prefix_items) != len(n.prefix_items):
            added = len(n.prefix_items) > len(o.prefix_items)
            verb = "added" if added else "removed"
            out.append(Finding(_BY_DIRECTION[d][f"prefix-items-{verb}"], (), n.pointer,
                               f"prefixItems entries {verb} ({len(o.prefix_items)} -> {len(n.prefix_items)})",
                               f"prefix-items-{verb}"))
        oa, na = o.additional, n.additional
        if isinstance(oa, tuple) or isinstance(na, tuple):
            a = oa if isinstance(oa, tuple) else (EMPTY, o.pointer)
            b = na if isinstance(na, tuple) else (EMPTY, n.pointer)
            if oa is not False and na is not False:
                out.extend(f.under("{}") for f in self.compare(a, b, d))

    def _applicators(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        """JSON Schema 2020-12 applicators and assertions: added narrows, removed widens, else compared inside."""
        for key in SUBSCHEMA_KEYWORDS:
            a, b = o.subschemas.get(key), n.subschemas.get(key)
            if a is None and b is None:
                continue
            aspect = _KEYWORD_ASPECT[key]
            if a is None or b is None:
                added = a is None
                keywords.constraint(d, "narrows" if added else "widens", n.pointer,
                                    f"`{key}` {'added' if added else 'removed'}",
                                    f"{aspect}-{'added' if added else 'removed'}", out)
            elif key == "not":
                # Inside ``not`` every effect is reversed; an edit there is judged incomparable.
                if not self.same(a, b, d):
                    keywords.constraint(d, "changes", n.pointer, "the `not` schema changed", "", out)
            else:
                out.extend(f.under(f"<{key}>") for f in self.compare(a, b, d))
        for key in sorted(set(o.schema_maps) | set(n.schema_maps)):
            old, new = o.schema_maps.get(key, {}), n.schema_maps.get(key, {})
            aspect = _KEYWORD_ASPECT[key]
            for name in sorted(set(old) | set(new)):
                if name not in old or name not in new:
                    added = name not in old
                    keywords.constraint(d, "narrows" if added else "widens", n.pointer,
                                        f"`{key}` entry `{name}` {'added' if added else 'removed'}",
                                        f"{aspect}-{'added' if added else 'removed'}", out)
                else:
                    out.extend(f.under(f"<{key} {name}>") for f in self.compare(old[name], new[name], d))
        for name in sorted(set(o.dependent_required) | set(n.dependent_required)):
            before, after = o.dependent_required.get(name), n.dependent_required.get(name)
            if before == after:
                continue
            if before is None or after is None:
                added = before is None
                keywords.constraint(d, "narrows" if added else "widens", n.pointer,
                                    f"dependentRequired for `{name}` {'added' if added else 'removed'}",
                                    f"dependent-required-{'added' if added else 'removed'}", out)
            else:
                keywords.constraint(d, "changes", n.pointer,
                                    f"dependentRequired for `{name}` changed to {', '.join(sorted(after))}",
                                    "dependent-required-changed", out)
        for key in ("contentMediaType", "contentEncoding"):
            if o.content.get(key) != n.content.get(key):
                keywords.constraint(d, "changes", n.pointer,
                                    f"{key} changed from {o.content.get(key) or 'none'} to {n.content.get(key) or 'none'}",
                                    _KEYWORD_ASPECT[key] + "-changed", out)

    def _all_of(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        """allOf members added or removed (their content is already merged into the views and compared)."""
        if not o.all_of or not n.all_of:
            return
        left = [a for a in o.all_of if not _annotation_only(self.old.deref(*a)[0])]
        right = [b for b in n.all_of if not _annotation_only(self.new.deref(*b)[0])]
        for a in list(left):
            twin = next((b for b in right if self.old.ref_name(a[0]) and
                         self.old.ref_name(a[0]) == self.new.ref_name(b[0]) or self.same(a, b, d)), None)
            if twin is not None:
                left.remove(a)
                right.remove(twin)
        for slot, added in [*((b, True) for b in right), *((a, False) for a in left)]:
            doc = self.new if added else self.old
            out.append(Finding(_BY_DIRECTION[d]["all-of-added" if added else "all-of-removed"], (), slot[1],
                               f"allOf member {self._label(slot, doc)} {'added' if added else 'removed'}",
                               f"all-of-{'added' if added else 'removed'}"))

    def _variants(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if o.variants == n.variants:
            return
        ov, nv = list(o.variants), list(n.variants)
        if not ov or not nv:
            # One side is a union, the other a plain schema: treat the plain side as a one-branch union when it
            # has no structure of its own (``string`` -> ``oneOf [string, integer]``).
            plain, view = (o, "old") if not ov else (n, "new")
            if plain.types is None and not plain.properties:
                return
            slot = (plain.node, plain.pointer)   # a view without variants: comparing it cannot loop
            if plain.properties:
                # An object wrapped into (or unwrapped from) a union: fine only when one alternative is the object.
                kept = any(self.same(slot, b, d) for b in nv) if view == "old" else \
                    any(self.same(a, slot, d) for a in ov)
                if not kept:
                    keywords.constraint(d, "changes", n.pointer,
                                        "restructured into a oneOf/anyOf none of whose alternatives is the old schema"
                                        if view == "old" else "a oneOf/anyOf became one schema unlike any alternative",
                                        "wrapped-in-one-of" if view == "old" else "", out)
                    return
            if view == "old":
                ov = [slot]
            else:
                nv = [slot]
        pairs, removed, added = self._pair(ov, nv, o, n, d)
        for (a, b), label in pairs:
            out.extend(f.under(label) for f in self.compare(a, b, d))
        kind = "any-of" if (n.variant_kind or o.variant_kind) == "anyOf" else "one-of"
        # Alternatives that are bare types come from a 3.1 type list (``type: [string, integer]``).
        types_only = all(_bare_type(self.old.deref(*x)[0]) for x in removed) and \
            all(_bare_type(self.new.deref(*x)[0]) for x in added)
        for slot in removed:
            out.append(Finding(_BY_DIRECTION[d]["variant-removed"], (), slot[1],
                               f"alternative {self._label(slot, self.old)} removed",
                               "list-of-types-narrowed" if types_only else f"{kind}-removed"))
        for slot in added:
            out.append(Finding(_BY_DIRECTION[d]["variant-added"], (), slot[1],
                               f"alternative {self._label(slot, self.new)} added",
                               "list-of-types-widened" if types_only else f"{kind}-added"))

    def _pair(self, ov: list[Slot], nv: list[Slot], o: View, n: View, d: Direction
              ) -> tuple[list[tuple[tuple[Slot, Slot], str]], list[Slot], list[Slot]]:
        pairs: list[tuple[tuple[Slot, Slot], str]] = []
        left, right = list(ov), list(nv)
        # 1. unchanged alternatives (structurally equal, whatever their component names)
        for a in list(left):
            for b in right:
                if self.same(a, b, d):
                    pairs.append(((a, b), self._label(b, self.new, bare=True)))
                    left.remove(a)
                    right.remove(b)
                    break
        # 2. the same discriminator value, or the same component name
        old_tags = _tags(o)
        new_tags = _tags(n)
        for a in list(left):
            match = None
            tag = old_tags.get(_ref_of(a))
            name = self.old.ref_name(a[0])
            for b in right:
                if tag is not None and new_tags.get(_ref_of(b)) == tag or name and self.new.ref_name(b[0]) == name:
                    match = b
                    break
            if match is not None:
                pairs.append(((a, match), self._label(match, self.new, bare=True)))
                left.remove(a)
                right.remove(match)
        # 3. exactly one changed alternative on each side: the same alternative, edited
        if len(left) == 1 and len(right) == 1:
            pairs.append(((left[0], right[0]), self._label(right[0], self.new, bare=True)))
            left, right = [], []
        return pairs, left, right

    def _label(self, slot: Slot, doc: Document, *, bare: bool = False) -> str:
        name = doc.ref_name(slot[0])
        if not name:
            node, _ = doc.deref(*slot)
            if isinstance(node, dict) and isinstance(node.get("title"), str):
                name = node["title"]
            elif isinstance(node, dict) and isinstance(node.get("type"), str):
                name = node["type"]
        if bare:
            return f"<{name}>" if name else "<alternative>"
        return f"`{name}`" if name else "(inline schema)"


def _ref_of(slot: Slot) -> str:
    node = slot[0]
    return node["$ref"] if isinstance(node, dict) and isinstance(node.get("$ref"), str) else ""


def _tags(v: View) -> dict[str, str]:
    """``$ref`` -> discriminator value, from an explicit mapping (implicit values are the component names)."""
    if v.discriminator is None:
        return {}
    return {ref: tag for tag, ref in v.discriminator[1].items()}


_KEYWORD_ASPECT = {
    "contains": "contains", "propertyNames": "property-names", "if": "if", "then": "then", "else": "else",
    "not": "not", "unevaluatedItems": "unevaluated-items", "unevaluatedProperties": "unevaluated-properties",
    "contentSchema": "content-schema", "patternProperties": "pattern-property",
    "dependentSchemas": "dependent-schema", "contentMediaType": "content-media-type",
    "contentEncoding": "content-encoding",
}


# Rule ids by direction, spelled out so every id stays a literal the registry test can find.
_BY_DIRECTION: dict[str, dict[str, str]] = {
    "request": {
        "property-became-required": "request-property-became-required",
        "property-became-optional": "request-property-became-optional",
        "prefix-items-added": "request-prefix-items-added", "prefix-items-removed": "request-prefix-items-removed",
        "all-of-added": "request-all-of-added", "all-of-removed": "request-all-of-removed",
        "variant-added": "request-variant-added", "variant-removed": "request-variant-removed",
    },
    "response": {
        "property-became-required": "response-property-became-required",
        "property-became-optional": "response-property-became-optional",
        "prefix-items-added": "response-prefix-items-added", "prefix-items-removed": "response-prefix-items-removed",
        "all-of-added": "response-all-of-added", "all-of-removed": "response-all-of-removed",
        "variant-added": "response-variant-added", "variant-removed": "response-variant-removed",
    },
}
_ANNOTATIONS = frozenset({"title", "description", "example", "examples", "default", "externalDocs", "$comment",
                          "deprecated", "readOnly", "writeOnly"})


def _bare_type(node: Any) -> bool:
    return isinstance(node, dict) and set(node) == {"type"} and isinstance(node["type"], str)


def _annotation_only(node: Any) -> bool:
    return isinstance(node, dict) and all(k in _ANNOTATIONS or str(k).startswith("x-") for k in node)


def _existence(d: Direction, added: bool, required: bool, name: str, pointer: str) -> Finding:
    """A property added to or removed from a request or a response."""
    if d == "request":
        if added and required:
            return Finding("request-property-added-required", (name,), pointer, "added as required",
                           "=new-required-request-property")
        if added:
            return Finding("request-property-added", (name,), pointer, "added (optional)",
                           "=new-optional-request-property")
        return Finding("request-property-removed", (name,), pointer, "removed", "=request-property-removed")
    kind = "required" if required else "optional"
    if added:
        return Finding("response-property-added", (name,), pointer, "added", f"=response-{kind}-property-added")
    return Finding("response-required-property-removed" if required else "response-optional-property-removed",
                   (name,), pointer,
                   "removed (was required)" if required else "removed", f"=response-{kind}-property-removed")


def _visible(v: View, d: Direction) -> bool:
    """readOnly properties are not sent; writeOnly properties are not received."""
    return not (v.read_only if d == "request" else v.write_only)


def _expand(types: frozenset[str] | None) -> frozenset[str] | None:
    if types is None:
        return None
    return types | {"integer"} if "number" in types else types


def _covers(big: frozenset[str] | None, small: frozenset[str] | None) -> bool:
    if big is None:
        return True
    if small is None:
        return False
    eb, es = _expand(big), _expand(small)
    assert eb is not None and es is not None
    return es <= eb


def _show_types(types: frozenset[str] | None) -> str:
    if types is None:
        return "any"
    if not types:
        return "null"
    return " | ".join(sorted(types))
