"""Load an Overlay document and check its shape against Overlay 1.0 before anything is applied.

The checks follow the published Overlay 1.0 JSON Schema: ``overlay`` matches ``1.0.x``, ``info`` has string
``title`` and ``version``, ``actions`` is a non-empty list of objects with a string ``target``, and a boolean
``remove``; ``remove: true`` together with ``update`` is rejected (the schema forbids it, and it is almost always a
mistake); unknown fields other than ``x-`` extensions are rejected so a typo (``udpate``) does not silently do
nothing. Every ``target`` is compiled here, so a bad JSONPath fails before any action runs.
"""

from __future__ import annotations

import difflib
import os
import re
from typing import Any

from generator.errors import InputError, Location
from generator.load import SourceDocument, load_document
from generator.load.locate import locate
from generator.overlay.jsonpath import JSONPathSyntaxError, compile_path
from generator.overlay.model import Overlay, OverlayAction
from generator.pointer import escape

_VERSION = re.compile(r"^1\.0\.\d+(-.+)?$")
_ROOT_FIELDS = ("overlay", "info", "extends", "actions")
_INFO_FIELDS = ("title", "version")
_ACTION_FIELDS = ("target", "description", "update", "remove")


def load_overlay(path: str | os.PathLike[str]) -> Overlay:
    """Read and check one overlay file (YAML or JSON); raises ``InputError`` code ``overlay-invalid``."""
    return parse_overlay(load_document(path))


def parse_overlay(doc: SourceDocument) -> Overlay:
    """Check an already loaded document and turn it into an ``Overlay``."""
    check = _Checker(doc)
    data = doc.data
    if not isinstance(data, dict):
        raise check.error("", f"an overlay is an object, but {doc.uri} holds {_kind(data)}",
                          "start the file with `overlay: 1.0.0`, `info` and `actions`")
    if "overlay" not in data:
        looks_like_spec = "openapi" in data or "swagger" in data
        raise check.error(
            "",
            "the document has no `overlay` field, so it is not an Overlay document",
            "this looks like an OpenAPI document; pass it as the spec, and pass overlays separately"
            if looks_like_spec else "add `overlay: 1.0.0` at the top",
        )
    version = data["overlay"]
    if not isinstance(version, str):
        raise check.error("/overlay", f"`overlay` must be a string, not {_kind(version)}",
                          "quote the version: overlay: '1.0.0'")
    if not _VERSION.match(version):
        raise check.error("/overlay", f"Overlay version {version!r} is not supported; pfgen applies Overlay 1.0.x",
                          "set `overlay: 1.0.0` (Overlay 1.1 features such as `copy` are not supported yet)")
    check.known_fields(data, "", _ROOT_FIELDS)
    info = data.get("info")
    if not isinstance(info, dict):
        raise check.error("/info" if "info" in data else "", "the overlay needs an `info` object"
                          if info is None else f"`info` must be an object, not {_kind(info)}",
                          "add `info:` with a `title` and a `version`")
    for key in _INFO_FIELDS:
        if not isinstance(info.get(key), str):
            where = f"/info/{key}" if key in info else "/info"
            raise check.error(where, f"`info.{key}` must be a string" if key in info else f"`info` has no `{key}`",
                              f"add `{key}: ...` (a string) under `info`")
    check.known_fields(info, "/info", _INFO_FIELDS)
    extends = data.get("extends", "")
    if not isinstance(extends, str):
        raise check.error("/extends", f"`extends` must be a string (a URI), not {_kind(extends)}",
                          "set it to the URL or path of the document this overlay is for, or remove it")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise check.error(
            "/actions" if "actions" in data else "",
            "the overlay has no `actions`" if actions is None or actions == [] else
            f"`actions` must be a list, not {_kind(actions)}",
            "add `actions:` with at least one `- target: ...` entry",
        )
    parsed = tuple(check.action(i, raw) for i, raw in enumerate(actions))
    return Overlay(
        uri=doc.uri,
        version=version,
        title=info["title"],
        info_version=info["version"],
        actions=parsed,
        extends=extends,
        text=doc.text,
        media_type=doc.media_type,
        sha256=doc.sha256,
        diagnostics=doc.diagnostics,
    )


class _Checker:
    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc

    def error(self, pointer: str, message: str, hint: str) -> InputError:
        return InputError("overlay-invalid", message, overlay_location(self.doc, pointer), hint)

    def known_fields(self, obj: dict[str, Any], pointer: str, allowed: tuple[str, ...]) -> None:
        for key in obj:
            if key in allowed or key.startswith("x-"):
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            if key == "copy":
                hint = "`copy` is an Overlay 1.1 feature that pfgen does not support yet; use `update`"
            elif close:
                hint = f"did you mean `{close[0]}`?"
            else:
                hint = f"allowed: {', '.join(allowed)}, or an `x-` extension"
            raise self.error(f"{pointer}/{_escape(key)}", f"unknown field `{key}`", hint)

    def action(self, index: int, raw: Any) -> OverlayAction:
        pointer = f"/actions/{index}"
        if not isinstance(raw, dict):
            raise self.error(pointer, f"action {index} must be an object, not {_kind(raw)}",
                             "write each action as `- target: ...` followed by `update: ...` or `remove: true`")
        if "target" not in raw:
            raise self.error(pointer, f"action {index} has no `target`",
                             "add `target:` with a JSONPath such as $.paths['/orders'].get")
        target = raw["target"]
        if not isinstance(target, str):
            raise self.error(f"{pointer}/target", f"the target of action {index} must be a string, not "
                             f"{_kind(target)}", "quote the JSONPath, e.g. target: \"$.info\"")
        try:
            path = compile_path(target)
        except JSONPathSyntaxError as exc:
            raise self.error(
                f"{pointer}/target",
                f"the target of action {index} is not valid JSONPath: {exc.message} at character "
                f"{exc.position + 1} of {target!r}",
                "write an RFC 9535 JSONPath such as $.paths['/orders/{id}'].get; names with '/', '{' or spaces "
                "go in quotes inside brackets",
            ) from None
        description = raw.get("description", "")
        if not isinstance(description, str):
            raise self.error(f"{pointer}/description", f"the description of action {index} must be a string",
                             "quote the description")
        remove = raw.get("remove", False)
        if not isinstance(remove, bool):
            raise self.error(f"{pointer}/remove", f"`remove` of action {index} must be true or false, not "
                             f"{_kind(remove)}", "write `remove: true`, or drop the field")
        if remove and "update" in raw:
            raise self.error(pointer, f"action {index} has both `update` and `remove: true`",
                             "split it into two actions: one `remove: true`, then one `update`")
        self.known_fields(raw, pointer, _ACTION_FIELDS)
        return OverlayAction(
            index=index,
            target=target,
            path=path,
            description=description,
            update=raw.get("update"),
            has_update="update" in raw,
            remove=remove,
        )


def overlay_location(doc: SourceDocument | Overlay, pointer: str) -> Location:
    """Where ``pointer`` is in an overlay file: its line and column when the text can be indexed."""
    found = locate(doc, pointer) if doc.text else None
    line, col = found if found is not None else (None, None)
    return Location(file=doc.uri, line=line, col=col, pointer=pointer)


_escape = escape


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
