"""Document-level comparisons: servers, security scheme definitions, and the API's own documentation."""

from __future__ import annotations

from typing import Any

from generator.diff.sink import Sink
from generator.diff.view import Document, canon, child


def _urls(raw: Any) -> list[str]:
    out: list[str] = []
    if isinstance(raw, list):
        for server in raw:
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                url = server["url"].rstrip("/") or "/"
                if url not in out:
                    out.append(url)
    return out


def compare_servers(old: Any, new: Any, operation: str, pointer: str, sink: Sink) -> None:
    o, n = _urls(old), _urls(new)
    for url in o:
        if url not in n:
            extra = ""
            if o and n and url == o[0]:
                extra = f"; the generated client's default base URL becomes {n[0]}"
            sink.emit("server-removed", operation, pointer, f"Server {url} was removed{extra}.")
    for url in n:
        if url not in o:
            sink.emit("server-added", operation, pointer, f"Server {url} was added.")


def compare_document(old: Document, new: Document, sink: Sink) -> None:
    compare_servers(old.data.get("servers"), new.data.get("servers"), "", "/servers", sink)
    _security_schemes(old, new, sink)
    o_raw, n_raw = old.data.get("info"), new.data.get("info")
    o_info: dict[str, Any] = o_raw if isinstance(o_raw, dict) else {}
    n_info: dict[str, Any] = n_raw if isinstance(n_raw, dict) else {}
    for key in ("title", "description", "termsOfService", "contact", "license", "summary"):
        if canon(o_info.get(key)) != canon(n_info.get(key)):
            sink.doc("", "/info", f"API {key}")
    if canon(old.data.get("externalDocs")) != canon(new.data.get("externalDocs")):
        sink.doc("", "/info", "API externalDocs")
    o_tags, n_tags = _tags(old.data.get("tags")), _tags(new.data.get("tags"))
    for name in sorted(set(o_tags) | set(n_tags)):
        if o_tags.get(name) != n_tags.get(name):
            sink.doc("", "/tags", f"tag `{name}`")
    sink.anchors.setdefault("", "/info")


def _tags(raw: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(raw, list):
        for tag in raw:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                out[tag["name"]] = canon({k: v for k, v in tag.items() if k != "name"})
    return out


def _components(doc: Document, kind: str) -> dict[str, Any]:
    comps = doc.data.get("components")
    raw = comps.get(kind) if isinstance(comps, dict) else None
    return raw if isinstance(raw, dict) else {}


def _schemes(doc: Document) -> dict[str, Any]:
    return _components(doc, "securitySchemes")


def _core(doc: Document, node: Any) -> dict[str, Any]:
    node, _ = doc.deref(node, "")
    if not isinstance(node, dict):
        return {}
    out = {k: node.get(k) for k in ("type", "in", "name", "openIdConnectUrl")}
    out["scheme"] = node["scheme"].lower() if isinstance(node.get("scheme"), str) else None
    flows = node.get("flows")
    if isinstance(flows, dict):
        out["flows"] = {k: {u: f.get(u) for u in ("tokenUrl", "authorizationUrl")}
                        for k, f in sorted(flows.items()) if isinstance(f, dict)}
    return out


def compare_scheme_core(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [k for k in sorted(set(old) | set(new)) if canon(old.get(k)) != canon(new.get(k))]


def _security_schemes(old: Document, new: Document, sink: Sink) -> None:
    o, n = _schemes(old), _schemes(new)
    for name in sorted(set(o) & set(n)):
        changed = compare_scheme_core(_core(old, o[name]), _core(new, n[name]))
        if changed == ["flows"]:
            sink.emit("security-scheme-urls-changed", "", child("/components/securitySchemes", name),
                      f"Security scheme `{name}` changed its OAuth URLs.", "api-security-component-oauth-url-changed")
        elif changed:
            sink.emit("security-scheme-changed", "", child("/components/securitySchemes", name),
                      f"Security scheme `{name}` changed ({', '.join(changed)}).",
                      "api-security-component-type-changed" if "type" in changed else "")
        elif canon(_desc(old, o[name])) != canon(_desc(new, n[name])):
            sink.doc("", child("/components/securitySchemes", name), f"security scheme `{name}`")


def _desc(doc: Document, node: Any) -> Any:
    node, _ = doc.deref(node, "")
    return node.get("description") if isinstance(node, dict) else None
