"""Comparing an operation's effective security requirements.

Requirements are alternatives (OR) of scheme sets (AND). Schemes are matched by what they *are* (type, location,
parameter name, HTTP scheme), not by their component key, so renaming a scheme key is not a wire change.
"""

from __future__ import annotations

from typing import Any

from generator.diff.endpoints import Endpoint
from generator.diff.sink import Sink
from generator.diff.view import Document, canon, child

Alternative = frozenset[tuple[str, frozenset[str]]]   # {(scheme descriptor, scopes)}


def describe_scheme(doc: Document, name: str) -> str:
    """A stable descriptor of a security scheme; unknown names describe themselves."""
    comps = doc.data.get("components")
    schemes = comps.get("securitySchemes") if isinstance(comps, dict) else None
    node = schemes.get(name) if isinstance(schemes, dict) else None
    if isinstance(node, dict):
        node, _ = doc.deref(node, "")
    if not isinstance(node, dict):
        return canon(["undefined", name])
    scheme = node.get("scheme")
    return canon([node.get("type"), scheme.lower() if isinstance(scheme, str) else None,
                  node.get("in"), node.get("name") if node.get("type") == "apiKey" else None,
                  node.get("openIdConnectUrl")])


def _effective(doc: Document, e: Endpoint) -> tuple[Any, str]:
    if "security" in e.node:
        return e.node["security"], child(e.pointer, "security")
    return doc.data.get("security"), "/security"


def _alternatives(doc: Document, raw: Any) -> tuple[bool, dict[Alternative, dict[str, str]]]:
    """(anonymous access allowed, {alternative: descriptor -> scheme name for messages})."""
    if not isinstance(raw, list) or not raw:
        return True, {}
    open_ = False
    out: dict[Alternative, dict[str, str]] = {}
    for req in raw:
        if not isinstance(req, dict) or not req:
            open_ = True
            continue
        names: dict[str, str] = {}
        items = []
        for name, scopes in req.items():
            desc = describe_scheme(doc, str(name))
            names[desc] = str(name)
            items.append((desc, frozenset(s for s in scopes if isinstance(s, str)) if isinstance(scopes, list)
                          else frozenset()))
        out[frozenset(items)] = names
    return open_, out


def _show(alt: Alternative, names: dict[str, str]) -> str:
    parts = []
    for desc, scopes in sorted(alt):
        text = f"`{names.get(desc, desc)}`"
        if scopes:
            text += f" (scopes: {', '.join(sorted(scopes))})"
        parts.append(text)
    return " + ".join(parts)


def compare_security(old: Document, new: Document, o: Endpoint, n: Endpoint, sink: Sink) -> None:
    o_raw, _ = _effective(old, o)
    n_raw, n_ptr = _effective(new, n)
    o_open, o_alts = _alternatives(old, o_raw)
    n_open, n_alts = _alternatives(new, n_raw)
    op = n.label
    scope = "api" if "security" in n.node or "security" in o.node else "api-global"
    if o_open and not n_open:
        shown = " or ".join(_show(a, names) for a, names in sorted(n_alts.items(), key=lambda x: sorted(x[0])))
        sink.emit("security-added", op, n_ptr, f"Authentication is now required ({shown}).",
                  f"{scope}-security-added")
    elif n_open and not o_open:
        sink.emit("security-removed", op, n_ptr, "Authentication is no longer required.",
                  f"{scope}-security-removed")
    if set(o_alts) == set(n_alts):
        return
    new_by_schemes = {frozenset(d for d, _ in alt): alt for alt in n_alts if alt not in o_alts}
    old_by_schemes = {frozenset(d for d, _ in alt) for alt in o_alts if alt not in n_alts}
    for alt in sorted(set(o_alts) - set(n_alts), key=sorted):
        key = frozenset(d for d, _ in alt)
        twin = new_by_schemes.get(key)
        if twin is not None:
            before, after = dict(alt), dict(twin)
            for desc in sorted(key):
                name = n_alts[twin].get(desc, desc)
                added, removed = after[desc] - before[desc], before[desc] - after[desc]
                if added:
                    sink.emit("security-scopes-added", op, n_ptr,
                              f"Security scheme `{name}` now needs scope{'s' if len(added) > 1 else ''} "
                              f"{', '.join(sorted(added))}.", f"{scope}-security-scope-added")
                if removed:
                    sink.emit("security-scopes-removed", op, n_ptr,
                              f"Security scheme `{name}` no longer needs scope{'s' if len(removed) > 1 else ''} "
                              f"{', '.join(sorted(removed))}.", f"{scope}-security-scope-removed")
        elif not (n_open and not n_alts):
            sink.emit("security-alternative-removed", op, n_ptr,
                      f"Authenticating with {_show(alt, o_alts[alt])} is no longer accepted.",
                      f"{scope}-security-removed")
    for alt in sorted(set(n_alts) - set(o_alts), key=sorted):
        if frozenset(d for d, _ in alt) in old_by_schemes:
            continue
        if not (o_open and not o_alts):
            sink.emit("security-alternative-added", op, n_ptr,
                      f"Authenticating with {_show(alt, n_alts[alt])} is now accepted.",
                      f"{scope}-security-added")
