"""Where an operation lives on the client: ``client.<resource>.<method>()``.

resource: the first tag in snake_case (``"Product Variants"`` -> ``product_variants``; a product-and-version prefix
such as ``TaskrouterV1`` dropped), else the first literal path segment (version prefixes such as ``v1`` and ``api``
skipped). method: the operationId in snake_case with the
resource noun (plural or singular) removed after the verb (``listProducts`` in Products -> ``list``,
``createProductVariant`` in Product Variants -> ``create``, ``getTasks`` in Tasks -> ``list``). Operations whose methods collide inside a resource keep
their full snake_case operationId; remaining clashes get ``_2``, ``_3`` in pointer order. Overrides (config
``operation_names`` and the ``x-pfgen-name`` extension, both ``"resource.method"``) are applied first and always win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.ir.names import identifier, to_snake, unique_names

# Attributes a generated resource class has besides the operations.
RESERVED_METHOD_NAMES = frozenset({"with_raw_response", "with_streaming_response"})
_VERSION = re.compile(r"^(v\d+(\.\d+)*|api|rest)$", re.IGNORECASE)


def _ident(text: str, prefix: str) -> str:
    return identifier(text, RESERVED_METHOD_NAMES, prefix=prefix)


_PREPOSITIONS = frozenset({"for", "by", "in", "of", "from", "with", "on", "at", "under"})
_VERSION_WORD = re.compile(r"^v\d+$")


def _drop_version_prefix(name: str) -> str:
    """``taskrouter_v1_task_queue`` -> ``task_queue``: a product-and-version prefix in a tag names the API, not
    the resource (as ``v1`` path segments are skipped). Decided per tag, so a new tag never renames others."""
    words = name.split("_")
    for i, word in enumerate(words[:3]):
        if _VERSION_WORD.match(word) and i + 1 < len(words):
            return "_".join(words[i + 1:])
    return name


def resource_name(tags: Iterable[str], path: str) -> str:
    for tag in tags:
        if to_snake(tag):
            return _ident(_drop_version_prefix(to_snake(tag)), "resource")
    for seg in path.split("/"):
        if seg and not seg.startswith("{") and not _VERSION.match(seg) and to_snake(seg):
            return _ident(seg, "resource")
    return "root"


def operation_id_of(op: Mapping[str, object], method: str, path: str) -> str:
    """The operation's operationId, or the one pfgen makes for it (``get_orders_id``) when it has none."""
    raw = op.get("operationId")
    return raw if isinstance(raw, str) and raw else f"{method}_{to_snake(path) or 'root'}"


def drop_common_prefix(resources: Iterable[str]) -> dict[str, str]:
    """resource -> name without the leading words every resource shares (``acme_users``, ``acme_orders`` ->
    ``users``, ``orders``): a prefix all tags repeat names the API. Needs two resources or more and leaves at
    least one word of each."""
    names = sorted(set(resources))
    if len(names) < 2:
        return {}
    split = [n.split("_") for n in names]
    shared = 0
    while all(len(words) > shared + 1 and words[shared] == split[0][shared] for words in split):
        shared += 1
    if not shared:
        return {}
    return {n: _ident("_".join(words[shared:]), "resource") for n, words in zip(names, split)}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 1:
        return word[:-1]
    return word


def _noun_forms(resource: str) -> list[list[str]]:
    words = resource.split("_")
    forms = []
    # The whole resource, then its trailing words (a tag like "TaskrouterV1Activity" names an "activity").
    for k in range(len(words)):
        tail = words[k:]
        forms += [tail, tail[:-1] + [_singular(tail[-1])], [_singular(w) for w in tail]]
    out: list[list[str]] = []
    for f in forms:
        if f not in out:
            out.append(f)
    return sorted(out, key=len, reverse=True)


def method_name(operation_id: str, resource: str) -> str:
    """snake_case method name with the resource noun stripped where it only repeats the resource."""
    words = to_snake(operation_id).split("_")
    if len(words) > 1:
        for form in _noun_forms(resource):
            n = len(form)
            for start in range(1, len(words) - n + 1):
                if words[start:start + n] == form:
                    rest = words[:start] + words[start + n:]
                    after = words[start + n:start + n + 1]
                    if (rest[:1] == ["get"] and start == 1 and form[-1] != _singular(form[-1])
                            and (not after or after[0] in _PREPOSITIONS)):
                        rest[0] = "list"  # getTasks, getTasksForProject (the plural noun): a list, not get
                    if rest:
                        return _ident("_".join(rest), "op")
    return _ident("_".join(words), "op")


@dataclass(frozen=True, slots=True)
class NameRequest:
    """One operation to place on the client, with the names it would like and any override."""

    key: str             # stable key (the operation's pointer)
    operation_id: str
    resource: str
    method: str          # stripped candidate
    override: str = ""   # "resource.method" from config or x-pfgen-name


def parse_override(text: str) -> tuple[str, str] | None:
    parts = text.split(".")
    if len(parts) != 2 or not to_snake(parts[0]) or not to_snake(parts[1]):
        return None
    return _ident(parts[0], "resource"), _ident(parts[1], "op")


def assign(requests: Iterable[NameRequest]) -> dict[str, tuple[str, str]]:
    """key -> (resource, method), unique within each resource."""
    out: dict[str, tuple[str, str]] = {}
    by_resource: dict[str, list[NameRequest]] = {}
    fixed: dict[str, set[str]] = {}
    for r in requests:
        parsed = parse_override(r.override) if r.override else None
        if parsed is not None:
            out[r.key] = parsed
            fixed.setdefault(parsed[0], set()).add(parsed[1])
        else:
            by_resource.setdefault(r.resource, []).append(r)
    for resource, reqs in by_resource.items():
        taken = fixed.get(resource, set())
        counts: dict[str, int] = {}
        for r in reqs:
            counts[r.method] = counts.get(r.method, 0) + 1
        cands: dict[str, str] = {}
        for r in reqs:
            clash = counts[r.method] > 1 or r.method in taken
            cands[r.key] = _ident(to_snake(r.operation_id), "op") if clash else r.method
        names = unique_names(cands, taken, sep="_")
        for r in reqs:
            out[r.key] = (resource, names[r.key])
    return out


def overrides_for(operation_id: str, extension: object, config: Mapping[str, str]) -> str:
    if operation_id in config:
        return config[operation_id]
    return extension if isinstance(extension, str) else ""
