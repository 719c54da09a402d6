"""Comparing each pair of matched endpoints: parameters, bodies, responses, security, servers.

Path parameters are matched by position in the template, other parameters by (location, name) with header names
compared case-insensitively. Deprecation, sunset dates and stability levels are judged in ``lifecycle``.
"""

from __future__ import annotations

from typing import Any

from generator.diff import lifecycle
from generator.diff.endpoints import Endpoint, endpoints, match, template_names
from generator.diff.finding import textual, upper_first
from generator.diff.schemas import Direction, SchemaComparer
from generator.diff.sink import Sink
from generator.diff.unchanged import UnchangedEndpoints
from generator.diff.view import EMPTY, Document, Slot, canon, child

_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


class OperationComparer:
    def __init__(self, old: Document, new: Document, schemas: SchemaComparer, sink: Sink) -> None:
        self.old = old
        self.new = new
        self.schemas = schemas
        self.sink = sink
        self.unchanged = UnchangedEndpoints(old, new)

    # -- endpoints --------------------------------------------------------------------------------------------

    def run(self, section: str) -> None:
        raw_paths = self.new.data.get(section)
        new_paths: dict[str, Any] = raw_paths if isinstance(raw_paths, dict) else {}
        for o, n in match(endpoints(self.old, section), endpoints(self.new, section)):
            if o is None and n is not None:
                self.sink.emit("operation-added", n.label, n.pointer, f"{n.label} was added.",
                               "webhook-added" if n.webhook else "endpoint-added")
            elif n is None and o is not None:
                lifecycle.operation_removed(self.sink, o, o.path not in new_paths)
            elif o is not None and n is not None and not self.unchanged.skip(o, n):
                if lifecycle.stability(n.node) in lifecycle.EXEMPT_STABILITY:
                    lifecycle.unstable(self.sink, o, n)
                else:
                    self.operation(o, n)

    def operation(self, o: Endpoint, n: Endpoint) -> None:
        op, ptr, sink = n.label, n.pointer, self.sink
        sink.anchors[op] = ptr
        lifecycle.deprecation(sink, op, ptr, "operation", o.node, n.node)
        lifecycle.stability_changed(sink, op, o.node, n.node, ptr)
        before_id, after_id = o.node.get("operationId"), n.node.get("operationId")
        if before_id != after_id:
            sink.emit("operation-id-changed", op, child(ptr, "operationId"),
                      f"operationId `{after_id}` was added." if before_id is None else
                      f"operationId changed from `{before_id}` to `{after_id}`.",
                      "api-operation-id-added" if before_id is None else "api-operation-id-removed")
        if _strs(o.node.get("tags")) != _strs(n.node.get("tags")):
            removed_tag = set(_strs(o.node.get("tags"))) - set(_strs(n.node.get("tags")))
            sink.emit("operation-tags-changed", op, ptr,
                      f"Tags changed from {_show_list(_strs(o.node.get('tags')))} to {_show_list(_strs(n.node.get('tags')))}.",
                      "api-tag-removed" if removed_tag else "api-tag-added")
        for before, after in zip(template_names(o.path), template_names(n.path)):
            if before != after:
                sink.emit("path-parameter-renamed", op, child(n.path_pointer),
                          f"Path parameter `{before}` was renamed to `{after}` (the URL is unchanged).")
        for key in ("summary", "description", "externalDocs"):
            if canon(o.node.get(key)) != canon(n.node.get(key)):
                sink.doc(op, ptr, f"operation {key}")
        if n.webhook:
            self.webhook_body(o, n)
            return
        self.parameters(o, n)
        if not self.unchanged.skip_part(o, n, "requestBody"):
            self.request_body(o, n)
        if not self.unchanged.skip_part(o, n, "responses"):
            self.responses(o, n)
        self.security(o, n)
        self.servers(o, n)

    # -- parameters -------------------------------------------------------------------------------------------

    def _params(self, doc: Document, e: Endpoint) -> dict[tuple[str, str], tuple[str, dict[str, Any], str]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for container, cptr in ((e.path_item, e.path_pointer), (e.node, e.pointer)):
            for i, raw in enumerate(_list(container.get("parameters"))):
                node, pointer = doc.deref(raw, child(cptr, "parameters", i))
                if isinstance(node, dict) and isinstance(node.get("name"), str) and isinstance(node.get("in"), str):
                    merged[(node["in"], node["name"])] = (node, pointer)
        names = template_names(e.path)
        out: dict[tuple[str, str], tuple[str, dict[str, Any], str]] = {}
        for (loc, name), (node, pointer) in merged.items():
            if loc == "path" and name in names:
                key = ("path", f"#{names.index(name)}")
            elif loc == "header":
                key = ("header", name.lower())
            else:
                key = (loc, name)
            out[key] = (name, node, pointer)
        return out

    def parameters(self, o: Endpoint, n: Endpoint) -> None:
        op, sink = n.label, self.sink
        old, new = self._params(self.old, o), self._params(self.new, n)
        moved: set[tuple[str, str]] = set()
        for key in sorted(set(old) - set(new)):
            name, node, pointer = old[key]
            target = next((k for k in sorted(set(new) - set(old)) if new[k][0].lower() == name.lower()), None)
            if target is not None and key[0] != "path" and _required(new[target][1]):
                moved.add(target)
                sink.emit("request-parameter-location-changed", op, new[target][2],
                          f"Parameter `{name}` moved from {key[0]} to {target[0]}.", "new-required-request-parameter")
                continue
            lifecycle.parameter_removed(sink, op, key[0], name, node, pointer)
        for key in sorted(set(new) - set(old)):
            if key in moved:
                continue
            name, node, pointer = new[key]
            if _required(node):
                sink.emit("request-parameter-added-required", op, pointer,
                          f"New required {key[0]} parameter `{name}`.", "new-required-request-parameter")
            else:
                sink.emit("request-parameter-added", op, pointer, f"New optional {key[0]} parameter `{name}`.",
                          "new-optional-request-parameter")
        for key in sorted(set(old) & set(new)):
            self.parameter(op, key[0], old[key], new[key])

    def parameter(self, op: str, loc: str, old: tuple[str, dict[str, Any], str],
                  new: tuple[str, dict[str, Any], str]) -> None:
        sink = self.sink
        _, o, o_ptr = old
        _, n, n_ptr = new
        label = f"{loc} parameter `{new[0]}`"
        if loc != "path":
            was, now = _required(o), _required(n)
            if now and not was:
                sink.emit("request-parameter-became-required", op, n_ptr, f"{upper_first(label)} became required.",
                          "request-parameter-became-required")
            elif was and not now:
                sink.emit("request-parameter-became-optional", op, n_ptr, f"{upper_first(label)} became optional.",
                          "request-parameter-became-optional")
        lifecycle.deprecation(sink, op, n_ptr, "parameter", o, n, label)
        o_style, n_style = _style(o, loc), _style(n, loc)
        if o_style != n_style:
            sink.emit("request-parameter-style-changed", op, n_ptr,
                      f"{upper_first(label)} serialisation changed from {_show_style(o_style)} to {_show_style(n_style)}.")
        o_schema, n_schema = _param_schema(o, o_ptr), _param_schema(n, n_ptr)
        if o_schema[0] != n_schema[0] and o_schema[0] and n_schema[0]:
            sink.emit("request-parameter-media-type-changed", op, n_ptr,
                      f"{upper_first(label)} media type changed from `{o_schema[0]}` to `{n_schema[0]}`.")
        found = self.schemas.compare(o_schema[1], n_schema[1], "request")
        # A parameter's own default decides what the server assumes when a client omits it (oasdiff: breaking).
        found = tuple(f.as_rule("request-parameter-default-changed")
                      if f.rule == "request-default-changed" and not f.path else f for f in found)
        sink.findings(op, label, textual(found, "parameter") if not o_schema[0] else found, "request-parameter")
        for key in ("description", "example", "examples"):
            if canon(o.get(key)) != canon(n.get(key)):
                sink.doc(op, n_ptr, f"{key} of {label}")

    # -- bodies -----------------------------------------------------------------------------------------------

    def request_body(self, o: Endpoint, n: Endpoint) -> None:
        op, sink = n.label, self.sink
        ob, ob_ptr = self.old.deref(o.node.get("requestBody"), child(o.pointer, "requestBody"))
        nb, nb_ptr = self.new.deref(n.node.get("requestBody"), child(n.pointer, "requestBody"))
        if not isinstance(ob, dict) and not isinstance(nb, dict):
            return
        if not isinstance(nb, dict):
            sink.emit("request-body-removed", op, ob_ptr, "The request body was removed.", "request-body-removed")
            return
        if not isinstance(ob, dict):
            if nb.get("required") is True:
                sink.emit("request-body-added-required", op, nb_ptr, "A required request body was added.",
                          "request-body-added-required")
            else:
                sink.emit("request-body-added", op, nb_ptr, "An optional request body was added.",
                          "request-body-added-optional")
            return
        was, now = ob.get("required") is True, nb.get("required") is True
        if now and not was:
            sink.emit("request-body-became-required", op, nb_ptr, "The request body became required.",
                      "request-body-became-required")
        elif was and not now:
            sink.emit("request-body-became-optional", op, nb_ptr, "The request body became optional.",
                      "request-body-became-optional")
        if canon(ob.get("description")) != canon(nb.get("description")):
            sink.doc(op, nb_ptr, "description of the request body")
        self.content(op, ob, ob_ptr, nb, nb_ptr, "request", "request body",
                     "request-media-type-added", "request-media-type-removed")

    def content(self, op: str, o: dict[str, Any], o_ptr: str, n: dict[str, Any], n_ptr: str, direction: Direction,
                context: str, added_rule: str, removed_rule: str) -> None:
        oc, nc = _media(o, o_ptr), _media(n, n_ptr)
        oas = "request-body" if direction == "request" else "response"
        if direction == "response":
            self._media_renamed(op, oc, nc, context)
        for key in sorted(set(oc) - set(nc)):
            self.sink.emit(removed_rule, op, oc[key][1], f"{upper_first(context)} no longer has media type `{key}`.",
                           f"{oas}-media-type-removed")
        for key in sorted(set(nc) - set(oc)):
            self.sink.emit(added_rule, op, nc[key][1], f"{upper_first(context)} has a new media type `{key}`.",
                           f"{oas}-media-type-added")
        several = len(set(oc) | set(nc)) > 1
        for key in sorted(set(oc) & set(nc)):
            (om, om_ptr), (nm, nm_ptr) = oc[key], nc[key]
            where = f"{context} ({key})" if several else context
            found = self.schemas.compare(_schema_slot(om, om_ptr), _schema_slot(nm, nm_ptr), direction)
            if "json" not in key:
                found = textual(found, "text-body")
            self.sink.findings(op, where, found, "request-body" if direction == "request" else "response-body")
            if canon(om.get("example")) != canon(nm.get("example")) or \
                    canon(om.get("examples")) != canon(nm.get("examples")):
                self.sink.doc(op, nm_ptr, f"examples of {where}")

    def _media_renamed(self, op: str, oc: dict[str, tuple[dict[str, Any], str]],
                       nc: dict[str, tuple[dict[str, Any], str]], context: str) -> None:
        """A response media type replaced by a more specific or a more general one: the same content, renamed.

        The pair is moved into both maps under the old name, so its schemas are compared like any other."""
        gone, new = sorted(set(oc) - set(nc)), sorted(set(nc) - set(oc))
        if len(gone) != 1 or len(new) != 1:
            return
        before, after = gone[0], new[0]
        if media_covers(before, after):
            self.sink.emit("media-type-specialized", op, nc[after][1],
                           f"{upper_first(context)}: media type `{before}` became the more specific `{after}`.",
                           "response-media-type-name-specialized")
        elif media_covers(after, before):
            self.sink.emit("response-media-type-generalized", op, nc[after][1],
                           f"{upper_first(context)}: media type `{before}` became the more general `{after}`.",
                           "response-media-type-name-generalized")
        else:
            return
        nc[before] = nc.pop(after)

    def webhook_body(self, o: Endpoint, n: Endpoint) -> None:
        """A webhook's request is what the client *receives*: its body is compared as a response."""
        ob, ob_ptr = self.old.deref(o.node.get("requestBody"), child(o.pointer, "requestBody"))
        nb, nb_ptr = self.new.deref(n.node.get("requestBody"), child(n.pointer, "requestBody"))
        if isinstance(ob, dict) and isinstance(nb, dict):
            self.content(n.label, ob, ob_ptr, nb, nb_ptr, "response", "webhook payload",
                         "response-media-type-added", "response-media-type-removed")

    # -- responses --------------------------------------------------------------------------------------------

    def responses(self, o: Endpoint, n: Endpoint) -> None:
        op, sink = n.label, self.sink
        old, new = _responses(o), _responses(n)
        o_ptr, n_ptr = child(o.pointer, "responses"), child(n.pointer, "responses")
        for status in sorted(set(old) - set(new)):
            rule = "response-success-status-removed" if _success(status) else "response-error-status-removed"
            sink.emit(rule, op, child(o_ptr, old[status][0]), f"Response status {status} was removed.",
                      "response-success-status-removed" if _success(status) else "response-non-success-status-removed")
        for status in sorted(set(new) - set(old)):
            rule = "response-success-status-added" if _success(status) else "response-error-status-added"
            sink.emit(rule, op, child(n_ptr, new[status][0]), f"New response status {status}.",
                      "response-success-status-added" if _success(status) else "response-non-success-status-added")
        for status in sorted(set(old) & set(new)):
            ok, onode = old[status]
            nk, nnode = new[status]
            orsp, orsp_ptr = self.old.deref(onode, child(o_ptr, ok))
            nrsp, nrsp_ptr = self.new.deref(nnode, child(n_ptr, nk))
            if not isinstance(orsp, dict) or not isinstance(nrsp, dict):
                continue
            if canon(orsp.get("description")) != canon(nrsp.get("description")):
                sink.doc(op, nrsp_ptr, f"description of response {status}")
            self.headers(op, status, orsp, orsp_ptr, nrsp, nrsp_ptr)
            self.content(op, orsp, orsp_ptr, nrsp, nrsp_ptr, "response", f"response {status} body",
                         "response-media-type-added", "response-media-type-removed")

    def headers(self, op: str, status: str, o: dict[str, Any], o_ptr: str, n: dict[str, Any], n_ptr: str) -> None:
        sink = self.sink
        old, new = _headers(self.old, o, o_ptr), _headers(self.new, n, n_ptr)
        for key in sorted(set(old) - set(new)):
            name, node, ptr = old[key]
            required = _required(node)
            rule = "response-required-header-removed" if required else "response-optional-header-removed"
            sink.emit(rule, op, ptr, f"Response {status} header `{name}` was removed.",
                      "required-response-header-removed" if required else "optional-response-header-removed")
        for key in sorted(set(new) - set(old)):
            name, node, ptr = new[key]
            sink.emit("response-header-added", op, ptr, f"Response {status} has a new header `{name}`.",
                      "response-header-added")
        for key in sorted(set(old) & set(new)):
            _, onode, optr = old[key]
            name, nnode, nptr = new[key]
            label = f"response {status} header `{name}`"
            was, now = _required(onode), _required(nnode)
            if was and not now:
                sink.emit("response-header-became-optional", op, nptr, f"{upper_first(label)} became optional.",
                          "response-header-became-optional")
            elif now and not was:
                sink.emit("response-header-became-required", op, nptr, f"{upper_first(label)} became required.")
            found = self.schemas.compare(_param_schema(onode, optr)[1], _param_schema(nnode, nptr)[1], "response")
            sink.findings(op, label, textual(found, "header"), "response-header")
            if canon(onode.get("description")) != canon(nnode.get("description")):
                sink.doc(op, nptr, f"description of {label}")

    # -- security and servers ---------------------------------------------------------------------------------

    def security(self, o: Endpoint, n: Endpoint) -> None:
        from generator.diff.security import compare_security

        compare_security(self.old, self.new, o, n, self.sink)

    def servers(self, o: Endpoint, n: Endpoint) -> None:
        from generator.diff.document import compare_servers

        o_list = o.node.get("servers") or o.path_item.get("servers")
        n_list = n.node.get("servers") or n.path_item.get("servers")
        if o_list or n_list:
            where = child(n.pointer, "servers") if "servers" in n.node else child(n.path_pointer, "servers")
            compare_servers(o_list, n_list, n.label, where, self.sink)


def media_covers(general: str, specific: str) -> bool:
    """True when media type ``general`` admits ``specific``: wildcards, and structured suffixes
    (``application/json`` admits ``application/problem+json``)."""
    g_type, _, g_sub = general.partition("/")
    s_type, _, s_sub = specific.partition("/")
    if general == specific or not g_sub or not s_sub:
        return False
    if g_type == "*":
        return True
    if g_type != s_type:
        return False
    return g_sub == "*" or "+" in s_sub and s_sub.rsplit("+", 1)[1] == g_sub


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strs(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _show_list(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"



def _required(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("required") is True or node.get("in") == "path")


def _style(node: dict[str, Any], loc: str) -> tuple[str, bool, bool]:
    style = node.get("style") if isinstance(node.get("style"), str) else _DEFAULT_STYLE.get(loc, "form")
    explode = node.get("explode") if isinstance(node.get("explode"), bool) else style == "form"
    return (str(style), bool(explode), node.get("allowReserved") is True)


def _show_style(style: tuple[str, bool, bool]) -> str:
    text = f"style={style[0]}, explode={'true' if style[1] else 'false'}"
    return text + (", allowReserved" if style[2] else "")


def _param_schema(node: dict[str, Any], pointer: str) -> tuple[str, Slot]:
    """(media type or "", schema slot) of a parameter or header, which has either ``schema`` or ``content``."""
    content = node.get("content")
    if isinstance(content, dict) and content:
        key = min(content)
        media = content[key]
        if isinstance(media, dict) and "schema" in media:
            return key, (media["schema"], child(pointer, "content", key, "schema"))
        return key, (EMPTY, pointer)
    if "schema" in node:
        return "", (node["schema"], child(pointer, "schema"))
    return "", (EMPTY, pointer)


def _schema_slot(media: dict[str, Any], pointer: str) -> Slot:
    return (media["schema"], child(pointer, "schema")) if "schema" in media else (EMPTY, pointer)


def _media(node: dict[str, Any], pointer: str) -> dict[str, tuple[dict[str, Any], str]]:
    content = node.get("content")
    out: dict[str, tuple[dict[str, Any], str]] = {}
    if isinstance(content, dict):
        for key in sorted(content, key=str):
            media = content[key]
            norm = str(key).split(";")[0].strip().lower()
            if norm not in out:
                out[norm] = (media if isinstance(media, dict) else {}, child(pointer, "content", key))
    return out


def _responses(e: Endpoint) -> dict[str, tuple[str, Any]]:
    """Normalised status ("200", "2XX", "default") -> (key as written, node)."""
    raw = e.node.get("responses")
    out: dict[str, tuple[str, Any]] = {}
    if isinstance(raw, dict):
        for key in sorted(raw, key=str):
            if str(key).startswith("x-"):
                continue
            out.setdefault(str(key).upper() if str(key) != "default" else "default", (str(key), raw[key]))
    return out


def _success(status: str) -> bool:
    return status[:1] in ("1", "2", "3")


def _headers(doc: Document, response: dict[str, Any], pointer: str) -> dict[str, tuple[str, dict[str, Any], str]]:
    raw = response.get("headers")
    out: dict[str, tuple[str, dict[str, Any], str]] = {}
    if isinstance(raw, dict):
        for name in sorted(raw, key=str):
            if str(name).lower() == "content-type":
                continue
            node, ptr = doc.deref(raw[name], child(pointer, "headers", name))
            if isinstance(node, dict):
                out[str(name).lower()] = (str(name), node, ptr)
    return out
