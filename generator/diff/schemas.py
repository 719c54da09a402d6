"""Comparing two schemas in one direction (what the client sends, or what it receives).

``compare`` returns ``Finding``s whose ``path`` is relative to the schemas compared; callers prefix it with where the
schema sits (``request body``, ``response 200 body``, ``query parameter `limit```). Results are memoised by the
identity of the two (dereferenced) nodes and the direction, so a component used by a hundred operations is compared
once; recursion through ``$ref`` cycles stops when it meets a pair already being compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.diff.view import EMPTY, Bound, Document, Slot, View, Views, canon, compare_bounds

Direction = Literal["request", "response"]

# Format pairs where the second admits every value of the first (so first -> second relaxes).
_FORMAT_WIDENING = {("int32", "int64"), ("float", "double"), ("date", "date-time")}
_NUMBER_WIDENING = {("integer", "number")}
_MATCH_ANY_PATTERNS = {".*", "^.*$", "^.*", ".*$", "(.*)", "^(.*)$"}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    path: tuple[str, ...]      # display segments: property names, "[]" (items), "{}" (map values), "<X>" (variant)
    pointer: str               # where in NEW (in OLD for removals)
    text: str

    def under(self, segment: str) -> Finding:
        return Finding(self.rule, (segment, *self.path), self.pointer, self.text)


def display_path(path: tuple[str, ...]) -> str:
    out = ""
    for seg in path:
        if seg in ("[]", "{}") or seg.startswith("<"):
            out += seg
        else:
            out += ("." if out else "") + seg
    return out


def is_docs(f: Finding) -> bool:
    return f.rule == "docs-changed"


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
            self._format(o, n, d, out)
            self._enum(o, n, d, out)
        self._bounds(o, n, d, out)
        if o.default != n.default:
            rule = "request-default-changed" if d == "request" else "response-default-changed"
            out.append(Finding(rule, (), n.pointer, f"default changed from {_show_default(o)} to {_show_default(n)}"))
        if n.deprecated and not o.deprecated:
            out.append(Finding("property-deprecated", (), n.pointer, "deprecated"))
        elif o.deprecated and not n.deprecated:
            out.append(Finding("deprecation-removed", (), n.pointer, "no longer deprecated"))
        self._properties(o, n, d, out)
        self._items(o, n, d, out)
        self._variants(o, n, d, out)
        self._discriminator(o, n, out)
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
        if d == "request":
            if wider:
                out.append(Finding("request-type-widened", (), n.pointer, f"type widened {change}"))
            else:
                verb = "narrowed" if narrower else "changed"
                out.append(Finding("request-type-changed", (), n.pointer, f"type {verb} {change}"))
        else:
            if narrower:
                out.append(Finding("response-type-narrowed", (), n.pointer, f"type narrowed {change}"))
            else:
                verb = "widened" if wider else "changed"
                out.append(Finding("response-type-changed", (), n.pointer, f"type {verb} {change}"))
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
                           "is no longer null"))

    def _format(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if o.format == n.format:
            return
        if not o.format:
            self._constraint(d, True, n.pointer, f"format `{n.format}` added", out)
        elif not n.format:
            self._constraint(d, False, n.pointer, f"format `{o.format}` removed", out)
        elif (o.format, n.format) in _FORMAT_WIDENING:
            self._constraint(d, False, n.pointer, f"format widened from `{o.format}` to `{n.format}`", out)
        elif (n.format, o.format) in _FORMAT_WIDENING:
            self._constraint(d, True, n.pointer, f"format narrowed from `{o.format}` to `{n.format}`", out)
        else:
            rule = "request-format-changed" if d == "request" else "response-format-changed"
            out.append(Finding(rule, (), n.pointer, f"format changed from `{o.format}` to `{n.format}`"))

    def _constraint(self, d: Direction, tightened: bool, pointer: str, text: str, out: list[Finding]) -> None:
        if d == "request":
            rule = "request-constraint-tightened" if tightened else "request-constraint-relaxed"
        else:
            rule = "response-constraint-tightened" if tightened else "response-constraint-relaxed"
        out.append(Finding(rule, (), pointer, text))

    def _enum(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if o.enum == n.enum:
            return
        if o.enum is None and n.enum is not None:
            self._constraint(d, True, n.pointer, f"now restricted to {_show_values(n.enum)}", out)
            return
        if n.enum is None and o.enum is not None:
            self._constraint(d, False, n.pointer, f"no longer restricted to {_show_values(o.enum)}", out)
            return
        assert o.enum is not None and n.enum is not None
        removed = {k: v for k, v in o.enum.items() if k not in n.enum}
        added = {k: v for k, v in n.enum.items() if k not in o.enum}
        if removed:
            rule = "request-enum-value-removed" if d == "request" else "response-enum-value-removed"
            out.append(Finding(rule, (), n.pointer, f"enum value{_s(removed)} {_show_values(removed)} removed"))
        if added:
            rule = "request-enum-value-added" if d == "request" else "response-enum-value-added"
            out.append(Finding(rule, (), n.pointer, f"enum value{_s(added)} {_show_values(added)} added"))

    def _bounds(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        for name, a, b, lower in (("minimum", o.lower, n.lower, True), ("maximum", o.upper, n.upper, False)):
            if a == b:
                continue
            if a is None or b is None:
                tightened = a is None
            else:
                tightened = compare_bounds(b, a, lower=lower) > 0
            out_text = _bound_text(name, a, b)
            self._constraint(d, tightened, n.pointer, out_text, out)
        for key in ("minLength", "minItems", "minProperties", "maxLength", "maxItems", "maxProperties", "multipleOf"):
            a, b = o.bounds.get(key), n.bounds.get(key)
            if a == b:
                continue
            if a is None or b is None:
                tightened = a is None
            elif key == "multipleOf":
                tightened = not (b and (a / b).is_integer())
            elif key.startswith("min"):
                tightened = b > a
            else:
                tightened = b < a
            text = f"{key} {'set to ' + _num(b) if a is None else 'removed (was ' + _num(a) + ')' if b is None else f'changed from {_num(a)} to {_num(b)}'}"
            self._constraint(d, tightened, n.pointer, text, out)
        if o.unique_items != n.unique_items:
            self._constraint(d, n.unique_items, n.pointer,
                             "items must now be unique" if n.unique_items else "items no longer need to be unique", out)
        if o.patterns != n.patterns:
            relaxed = not n.patterns or n.patterns <= _MATCH_ANY_PATTERNS
            shown = ", ".join(f"`{p}`" for p in sorted(n.patterns)) or "none"
            self._constraint(d, not relaxed, n.pointer, f"pattern changed to {shown}", out)
        oa, na = o.additional is False, n.additional is False
        if oa != na:
            self._constraint(d, na, n.pointer, "additional properties are no longer allowed" if na else
                             "additional properties are now allowed", out)
        if o.empty != n.empty:
            self._constraint(d, n.empty, n.pointer, "no value is valid any more" if n.empty else "values are valid again", out)

    def _properties(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if not o.properties and not n.properties:
            return
        for name in sorted(set(o.properties) | set(n.properties)):
            os_, ns = o.properties.get(name), n.properties.get(name)
            if ns is None:
                assert os_ is not None
                ov = self.old_views.get(*os_)
                if not _visible(ov, d):
                    continue
                if d == "request":
                    out.append(Finding("request-property-removed", (name,), os_[1], "removed"))
                elif name in o.required:
                    out.append(Finding("response-required-property-removed", (name,), os_[1], "removed (was required)"))
                else:
                    out.append(Finding("response-optional-property-removed", (name,), os_[1], "removed"))
                continue
            nv = self.new_views.get(*ns)
            if os_ is None:
                if not _visible(nv, d):
                    continue
                if d == "response":
                    out.append(Finding("response-property-added", (name,), ns[1], "added"))
                elif name in n.required and nv.default is None:
                    out.append(Finding("request-property-added-required", (name,), ns[1], "added as required"))
                else:
                    out.append(Finding("request-property-added", (name,), ns[1], "added (optional)"))
                continue
            ov = self.old_views.get(*os_)
            if not _visible(ov, d) and not _visible(nv, d):
                continue
            self._access(name, ov, nv, d, ns[1], out)
            if not _visible(nv, d):
                continue
            was, now = name in o.required, name in n.required
            if was != now:
                if d == "request":
                    if now and nv.default is None:
                        out.append(Finding("request-property-became-required", (name,), ns[1], "became required"))
                    elif not now:
                        out.append(Finding("request-property-became-optional", (name,), ns[1], "became optional"))
                elif now:
                    out.append(Finding("response-property-became-required", (name,), ns[1], "became required"))
                else:
                    out.append(Finding("response-property-became-optional", (name,), ns[1],
                                       "became optional (may be missing)"))
            out.extend(f.under(name) for f in self.compare(os_, ns, d))

    def _access(self, name: str, ov: View, nv: View, d: Direction, pointer: str, out: list[Finding]) -> None:
        if d == "request" and nv.read_only and not ov.read_only:
            out.append(Finding("request-property-became-read-only", (name,), pointer,
                               "became readOnly (the server ignores it in requests)"))
        elif d == "response" and nv.write_only and not ov.write_only:
            out.append(Finding("response-property-became-write-only", (name,), pointer,
                               "became writeOnly (no longer returned)"))
        elif d == "request" and ov.read_only and not nv.read_only:
            out.append(Finding("property-access-changed", (name,), pointer, "no longer readOnly (may be sent)"))
        elif d == "response" and ov.write_only and not nv.write_only:
            out.append(Finding("property-access-changed", (name,), pointer, "no longer writeOnly (now returned)"))

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
        if len(o.prefix_items) != len(n.prefix_items) and o.prefix_items and n.prefix_items:
            self._constraint(d, len(n.prefix_items) > len(o.prefix_items), n.pointer,
                             f"tuple length changed from {len(o.prefix_items)} to {len(n.prefix_items)}", out)
        oa, na = o.additional, n.additional
        if isinstance(oa, tuple) or isinstance(na, tuple):
            a = oa if isinstance(oa, tuple) else (EMPTY, o.pointer)
            b = na if isinstance(na, tuple) else (EMPTY, n.pointer)
            if oa is not False and na is not False:
                out.extend(f.under("{}") for f in self.compare(a, b, d))

    def _variants(self, o: View, n: View, d: Direction, out: list[Finding]) -> None:
        if o.variants == n.variants:
            return
        ov, nv = list(o.variants), list(n.variants)
        if not ov or not nv:
            # One side is a union, the other a plain schema: treat the plain side as a one-branch union when it
            # has no structure of its own (``string`` -> ``oneOf [string, integer]``).
            plain, view = (o, "old") if not ov else (n, "new")
            if plain.properties or plain.types is None:
                return
            slot = (plain.node, plain.pointer)   # a view without variants: comparing it cannot loop
            if view == "old":
                ov = [slot]
            else:
                nv = [slot]
        pairs, removed, added = self._pair(ov, nv, o, n, d)
        for (a, b), label in pairs:
            out.extend(f.under(label) for f in self.compare(a, b, d))
        for slot in removed:
            rule = "request-variant-removed" if d == "request" else "response-variant-removed"
            out.append(Finding(rule, (), slot[1], f"alternative {self._label(slot, self.old)} removed"))
        for slot in added:
            rule = "request-variant-added" if d == "request" else "response-variant-added"
            out.append(Finding(rule, (), slot[1], f"alternative {self._label(slot, self.new)} added"))

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

    def _discriminator(self, o: View, n: View, out: list[Finding]) -> None:
        if o.discriminator == n.discriminator:
            return
        if o.discriminator is None or n.discriminator is None:
            out.append(Finding("discriminator-changed", (), n.pointer,
                               "discriminator added" if o.discriminator is None else "discriminator removed"))
            return
        if o.discriminator[0] != n.discriminator[0]:
            out.append(Finding("discriminator-property-changed", (), n.pointer,
                               f"discriminator property changed from `{o.discriminator[0]}` to `{n.discriminator[0]}`"))
        removed = sorted(set(o.discriminator[1]) - set(n.discriminator[1]))
        added = sorted(set(n.discriminator[1]) - set(o.discriminator[1]))
        if removed or added:
            parts = []
            if added:
                parts.append("added " + ", ".join(repr(x) for x in added))
            if removed:
                parts.append("removed " + ", ".join(repr(x) for x in removed))
            out.append(Finding("discriminator-changed", (), n.pointer, "discriminator mapping " + "; ".join(parts)))


def _ref_of(slot: Slot) -> str:
    node = slot[0]
    return node["$ref"] if isinstance(node, dict) and isinstance(node.get("$ref"), str) else ""


def _tags(v: View) -> dict[str, str]:
    """``$ref`` -> discriminator value, from an explicit mapping (implicit values are the component names)."""
    if v.discriminator is None:
        return {}
    return {ref: tag for tag, ref in v.discriminator[1].items()}


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


def _show_values(values: dict[str, Any]) -> str:
    shown = [canon(v) for _, v in sorted(values.items())]
    if len(shown) > 8:
        shown = shown[:8] + [f"... ({len(values) - 8} more)"]
    return ", ".join(shown)


def _show_default(v: View) -> str:
    return "none" if v.default is None else v.default[0]


def _s(values: dict[str, Any]) -> str:
    return "s" if len(values) != 1 else ""


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _bound_text(name: str, a: Bound | None, b: Bound | None) -> str:
    def show(x: Bound) -> str:
        return f"{'exclusive ' if x[1] else ''}{_num(x[0])}"

    if a is None and b is not None:
        return f"{name} {show(b)} added"
    if b is None and a is not None:
        return f"{name} {show(a)} removed"
    assert a is not None and b is not None
    return f"{name} changed from {show(a)} to {show(b)}"
