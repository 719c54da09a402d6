"""Finding every ``$ref`` in a document without recursion, and telling what kind of object each one names.

The walk knows which mappings hold *names* (``properties``, ``paths``, ``components/schemas``, ...) and which
hold *keywords*, so a property called ``$ref`` or ``default`` is not mistaken for a keyword, and it does not
look inside literal values (``example``, ``default``, ``enum``, ``const``, an Example's ``value``), where a
``$ref`` key is just data.

Nor does it look inside specification extensions (``x-...`` keys of OpenAPI and schema objects, such as
``x-codeSamples: [{source: {$ref: ./sample.js}}]``): what they hold is the tool's business, not an OpenAPI
reference, and it is passed through untouched. An ``x-`` key that is a *name* (a property called ``x-rate`` in
``properties``, a header ``X-Rate-Limit`` in ``headers``, a component called ``x-thing``) is not an extension,
so refs under it are found as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple, cast

from generator.pointer import Token
from generator.reuse import IdentityMemo

# Keywords whose mapping value has user-chosen keys.
NAME_MAPS = frozenset({
    "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies",
    "paths", "webhooks", "callbacks", "responses", "parameters", "schemas", "requestBodies", "headers",
    "securitySchemes", "securityDefinitions", "links", "pathItems", "content", "encoding", "variables",
    "mapping", "scopes", "examples",
})
# Keywords whose value is data, never something with refs in it.
LITERALS = frozenset({"example", "default", "enum", "const", "value", "x-example", "x-examples"})

_SCHEMA_SLOTS = frozenset({
    "schema", "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema",
})
_SCHEMA_PARENTS = frozenset({
    "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "schemas",
    "allOf", "anyOf", "oneOf", "prefixItems", "items",
})
_BY_PARENT = {
    "parameters": "parameter",
    "responses": "response",
    "requestBodies": "requestBody",
    "headers": "header",
    "examples": "example",
    "paths": "pathItem",
    "webhooks": "pathItem",
    "pathItems": "pathItem",
    "callbacks": "callback",
    "links": "link",
    "securitySchemes": "securityScheme",
    "securityDefinitions": "securityScheme",
}

# A path that ends like the place an object of each kind sits; prepended to paths inside a hoisted piece so
# ``classify`` sees the right context for refs at its top.
KIND_CONTEXT: dict[str, tuple[Token, ...]] = {
    "schema": ("schemas", "*"),
    "parameter": ("parameters", "*"),
    "response": ("responses", "*"),
    "requestBody": ("requestBodies", "*"),
    "header": ("headers", "*"),
    "example": ("examples", "*"),
    "pathItem": ("paths", "*"),
    "callback": ("callbacks", "*"),
    "link": ("links", "*"),
    "securityScheme": ("securitySchemes", "*"),
}

_KEYWORDS, _NAMES = 0, 1
Link = tuple[Token, Any] | None  # (token, parent link): a path built only when a ref is found


def classify(path: tuple[Token, ...]) -> str:
    """The kind of object a ``$ref`` at ``path`` stands for ("schema", "parameter", "pathItem", ...)."""
    last = path[-1] if path else None
    parent = path[-2] if len(path) >= 2 else None
    if last in _SCHEMA_SLOTS or parent in _SCHEMA_PARENTS:
        return "schema"
    if last == "requestBody":
        return "requestBody"
    if len(path) >= 3 and path[-3] == "callbacks":
        return "pathItem"  # callbacks/<name>/<expression>
    if isinstance(parent, str) and parent in _BY_PARENT:
        return _BY_PARENT[parent]
    return "schema"


def is_extension(key: object) -> bool:
    """Whether ``key``, as a key of an OpenAPI or schema object, is a specification extension (``^x-``, as
    the OpenAPI schemas say)."""
    return isinstance(key, str) and key.startswith("x-")


def find_refs(
    top: Any, extensions: list[tuple[Token, ...]] | None = None
) -> Iterator[tuple[tuple[Token, ...], dict[str, Any], str]]:
    """``find_ref_links`` with each ref's path as a tuple of tokens."""
    for link, holder, ref in find_ref_links(top, extensions):
        yield path_of(link), holder, ref


def find_ref_links(
    top: Any, extensions: list[tuple[Token, ...]] | None = None, parts: IdentityMemo | None = None,
) -> Iterator[tuple[Link, dict[str, Any], str]]:
    """Yield ``(path, holder, ref)`` for every ``{"$ref": "..."}`` under ``top`` (a keyword mapping or list),
    in document order, leaving out literal values and extensions.

    ``extensions``, when given, receives the path of every extension left out that could hold a ``$ref`` (a
    mapping or list), so a caller can still walk one that a real reference points into.

    With ``parts`` (a document's root, in a ``reuse`` session), each keyword mapping two or three levels down
    (a path item, a component) is walked once per object: what it holds is kept in ``parts`` and given again,
    in the same order, while the next document shares that very object (``load.share``).
    """
    stack: list[tuple[Any, Link, int]] = [(top, None, _KEYWORDS)]
    while stack:
        node, link, mode = stack.pop()
        if parts is not None and mode == _KEYWORDS and isinstance(node, dict) and _is_part(link):
            part = parts.get(node, _part_refs)
            base = path_of(link)
            if extensions is not None:
                extensions.extend(base + found for found in part[1])
            for inside, holder, found in part[0]:
                yield cast(Link, _Joined(base, inside)), holder, found
            continue
        if isinstance(node, dict):
            if mode == _KEYWORDS:
                ref = node.get("$ref")
                if isinstance(ref, str):
                    yield link, node, ref  # the path, as a chain: ``path_of`` unrolls it when it is needed
                children: list[tuple[Any, Link, int]] = []
                for key, value in node.items():
                    if not isinstance(value, (dict, list)) or key == "$ref" or key in LITERALS:
                        continue
                    if is_extension(key):
                        if extensions is not None:
                            extensions.append(path_of((key, link)))
                        continue
                    if key == "examples":
                        if isinstance(value, list):  # JSON Schema ``examples``: literal values
                            continue
                        children.append((value, (key, link), _NAMES))
                    elif key in NAME_MAPS and isinstance(value, dict):
                        children.append((value, (key, link), _NAMES))
                    else:
                        children.append((value, (key, link), _KEYWORDS))
                stack.extend(reversed(children))
            else:
                stack.extend(reversed([
                    (value, (key, link), _KEYWORDS)
                    for key, value in node.items()
                    if isinstance(value, (dict, list))
                ]))
        elif isinstance(node, list):
            stack.extend(reversed([
                (value, (index, link), _KEYWORDS)
                for index, value in enumerate(node)
                if isinstance(value, (dict, list))
            ]))


def _is_part(link: Link) -> bool:
    """Whether a node at ``link`` is two or three levels below the top."""
    depth = 0
    while link is not None and depth < 4:
        depth += 1
        link = link[1]
    return depth in (2, 3)


def _part_refs(node: dict[str, Any]) -> tuple[list[tuple[tuple[Token, ...], dict[str, Any], str]],
                                              list[tuple[Token, ...]]]:
    """What ``find_ref_links`` finds in one part: its refs (paths relative to it) and its extensions."""
    extensions: list[tuple[Token, ...]] = []
    refs = [(path_of(link), holder, ref) for link, holder, ref in find_ref_links(node, extensions)]
    return refs, extensions


class _Joined(NamedTuple):
    """A ref's path found inside a kept part: the part's path and the path inside it (``path_of`` joins them
    when, rarely, it is needed)."""

    base: tuple[Token, ...]
    rel: tuple[Token, ...]


def path_of(link: Link) -> tuple[Token, ...]:
    joined: Any = link
    if type(joined) is _Joined:
        return joined.base + joined.rel
    tokens: list[Token] = []
    while link is not None:
        tokens.append(link[0])
        link = link[1]
    tokens.reverse()
    return tuple(tokens)


def json_copy(node: Any) -> Any:
    """A deep copy of JSON-like data (dicts, lists, scalars), iterative and much faster than ``copy.deepcopy``.

    Aliased (shared) containers become separate copies, which is what JSON semantics say they are.
    """
    if not isinstance(node, (dict, list)):
        return node
    top: Any = {} if isinstance(node, dict) else []
    stack: list[tuple[Any, Any]] = [(node, top)]
    while stack:
        src, dst = stack.pop()
        if isinstance(src, dict):
            for key, value in src.items():
                if isinstance(value, (dict, list)):
                    new: Any = {} if isinstance(value, dict) else []
                    stack.append((value, new))
                    dst[key] = new
                else:
                    dst[key] = value
        else:
            for value in src:
                if isinstance(value, (dict, list)):
                    new = {} if isinstance(value, dict) else []
                    stack.append((value, new))
                    dst.append(new)
                else:
                    dst.append(value)
    return top
