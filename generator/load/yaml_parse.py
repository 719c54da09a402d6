"""YAML text to JSON-compatible Python data, safely.

The loader is PyYAML's C-accelerated safe loader (pure-Python fallback when libyaml is missing) with:

* YAML 1.2 core-schema scalars, which is what OpenAPI asks for: ``yes``/``no``/``on``/``off`` stay strings
  (country code ``NO`` is not ``False``), dates and timestamps stay strings (as in JSON), ``0o17``/``0x1F`` ints;
* only JSON-compatible tags: anything that would build another Python object (``!!python/...``, ``!!binary``,
  ``!!set``, custom ``!Tags``) is refused with ``yaml-unsafe-tag`` instead of being constructed;
* string mapping keys: a non-string scalar key (``200:``) becomes the text it was written as ("200") and one
  summarising ``non-string-key`` warning is produced; duplicate keys produce one ``duplicate-key`` warning;
* merge keys (``<<``) de-duplicated while flattening, so nested merges cannot grow exponentially.

Alias bombs and recursive aliases are caught afterwards by ``guards.check_graph`` (the loaded graph shares
aliased nodes, so building it is cheap; only walking it expanded would be expensive).
"""

from __future__ import annotations

import math
import re
from typing import Any, ClassVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import Diagnostic, InputError, Location
from generator.load.limits import too_deep

try:  # libyaml makes the 3 MB specs load several times faster
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_NULL = "tag:yaml.org,2002:null"
_MERGE = "tag:yaml.org,2002:merge"

_INT_RE = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT_RE = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader with JSON semantics; see the module docstring."""

    yaml_constructors: ClassVar[dict[Any, Any]] = {}
    yaml_multi_constructors: ClassVar[dict[Any, Any]] = {}

    def __init__(self, stream: str, uri: str) -> None:
        super().__init__(stream)
        self.uri = uri
        # Every non-string and every repeated key: (offset in the text, line, column, key text), for the
        # summarising warnings (``key_diagnostics``) and for ``yaml_reparse``, which keeps them per part.
        self.odd_marks: list[KeyMark] = []
        self.duplicate_marks: list[KeyMark] = []
        self._flattened: set[int] = set()

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """Tag of a node; a faster equivalent of ``Resolver.resolve`` for our fixed set of plain scalars.

        (PyYAML's generic version is a third of the load time of a large spec.)
        """
        if kind is ScalarNode:
            if implicit[0]:
                if value == "":
                    return _NULL
                first = value[0]
                if first in _SPECIAL_FIRST:
                    for tag, regexp in _PLAIN_RESOLVERS.get(first, ()):
                        if regexp.match(value):
                            return tag
            return _STR
        if kind is SequenceNode:
            return _SEQ
        return _MAP

    # -- mappings -------------------------------------------------------------------------------------------
    def construct_mapping(self, node: Node, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping node, but found {node.id}", node.start_mark
            )
        self._flatten(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise InputError(
                    "yaml-complex-key",
                    f"a mapping key is a {key_node.id}; OpenAPI allows only string keys",
                    _loc(self.uri, key_node),
                    hint="use a plain string as the key",
                )
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                # Keep the text as written: ``200`` -> "200", ``1.10`` -> "1.10", ``true`` -> "true".
                key = key_node.value
                self.odd_marks.append(_mark(key_node, key))
            if key in mapping:
                self.duplicate_marks.append(_mark(key_node, key))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def _flatten(self, node: MappingNode) -> None:
        """Apply ``<<`` merge keys to ``node.value`` in place (own keys win, then earlier merged mappings).

        Unlike PyYAML's version, merged pairs are de-duplicated by key text and every node is flattened once,
        so ``<<: [*a, *a, *a]`` chains stay linear in size.
        """
        if id(node) in self._flattened:
            return
        self._flattened.add(id(node))
        if not any(k.tag == _MERGE for k, _ in node.value):
            return
        own: list[tuple[Node, Node]] = []
        sources: list[MappingNode] = []
        for key_node, value_node in node.value:
            if key_node.tag != _MERGE:
                own.append((key_node, value_node))
                continue
            subnodes = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
            for sub in subnodes:
                if not isinstance(sub, MappingNode):
                    raise InputError(
                        "yaml-syntax",
                        f"a merge key ('<<') needs a mapping or a list of mappings, not a {sub.id}",
                        _loc(self.uri, sub),
                        hint="merge only mappings with '<<: *anchor'",
                    )
                sources.append(sub)
        seen = {_key_id(k) for k, _ in own}
        merged: list[tuple[Node, Node]] = []
        for sub in sources:  # earlier sources take precedence over later ones (YAML merge key spec)
            self._flatten(sub)
            for key_node, value_node in sub.value:
                kid = _key_id(key_node)
                if kid not in seen:
                    seen.add(kid)
                    merged.append((key_node, value_node))
        node.value = merged + own

    # -- scalars ---------------------------------------------------------------------------------------------
    def construct_json_str(self, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            raise _unsafe(self.uri, node, node.tag)
        return str(node.value)

    def construct_json_null(self, node: Node) -> None:
        return None

    def construct_json_bool(self, node: Node) -> bool:
        return str(node.value).lower() == "true"

    def construct_json_int(self, node: Node) -> int:
        text = str(node.value).replace("_", "")
        try:
            # ``0o17``/``0x1F`` by prefix; plain digits are decimal even with leading zeros (YAML 1.2).
            return int(text, 0 if text[:2] in ("0o", "0x", "0b") else 10)
        except ValueError:
            raise _bad_scalar(self.uri, node, "integer") from None

    def construct_json_float(self, node: Node) -> float:
        text = str(node.value).replace("_", "").lower()
        if text.endswith(".inf"):
            return -math.inf if text.startswith("-") else math.inf
        if text.endswith(".nan"):
            return math.nan
        try:
            return float(text)
        except ValueError:
            raise _bad_scalar(self.uri, node, "number") from None

    def construct_refused(self, node: Node) -> Any:
        raise _unsafe(self.uri, node, node.tag)


KeyMark = tuple[int, int, int, str]   # (offset in the text, line, column, key as read), 0-based


def _mark(node: Node, key: str) -> KeyMark:
    mark = node.start_mark
    return (mark.index, mark.line, mark.column, key) if mark is not None else (-1, -1, -1, key)


def _key_id(node: Node) -> tuple[str, str] | int:
    if isinstance(node, ScalarNode):
        return (node.tag, node.value)
    return id(node)


def _at(uri: str, line: int, column: int) -> Location:
    return Location(uri, line + 1, column + 1) if line >= 0 else Location(uri)


def _loc(uri: str, node: Node) -> Location:
    mark = node.start_mark
    if mark is None:
        return Location(uri)
    return Location(uri, mark.line + 1, mark.column + 1)


def _unsafe(uri: str, node: Node, tag: str) -> InputError:
    return InputError(
        "yaml-unsafe-tag",
        f"the YAML tag '{_short_tag(tag)}' is not allowed: OpenAPI documents may only use JSON-compatible values",
        _loc(uri, node),
        hint="remove the tag; pfgen never constructs objects from YAML tags",
    )


def _bad_scalar(uri: str, node: Node, what: str) -> InputError:
    return InputError(
        "yaml-syntax",
        f"'{node.value}' is tagged as a {what} but is not one",
        _loc(uri, node),
        hint="fix the value or remove its tag",
    )


# Plain (unquoted) scalars that are not strings, by first character: the YAML 1.2 core schema plus ``<<``.
_PLAIN_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


def _add_plain(tag: str, regexp: re.Pattern[str], first: str) -> None:
    for char in first:
        _PLAIN_RESOLVERS.setdefault(char, []).append((tag, regexp))


_add_plain("tag:yaml.org,2002:bool", _BOOL_RE, "tTfF")
_add_plain("tag:yaml.org,2002:int", _INT_RE, "-+0123456789")
_add_plain("tag:yaml.org,2002:float", _FLOAT_RE, "-+.0123456789")
_add_plain(_NULL, _NULL_RE, "~nN")
_add_plain(_MERGE, re.compile(r"^(?:<<)$"), "<")
_SPECIAL_FIRST = frozenset(_PLAIN_RESOLVERS)


def _setup() -> None:
    add = _SpecLoader.add_constructor
    add("tag:yaml.org,2002:null", _SpecLoader.construct_json_null)
    add("tag:yaml.org,2002:bool", _SpecLoader.construct_json_bool)
    add("tag:yaml.org,2002:int", _SpecLoader.construct_json_int)
    add("tag:yaml.org,2002:float", _SpecLoader.construct_json_float)
    add(_STR, _SpecLoader.construct_json_str)
    # JSON has no timestamps: an explicitly tagged one stays the text it was written as.
    add("tag:yaml.org,2002:timestamp", _SpecLoader.construct_json_str)
    add("tag:yaml.org,2002:seq", yaml.constructor.SafeConstructor.construct_yaml_seq)
    add("tag:yaml.org,2002:map", yaml.constructor.SafeConstructor.construct_yaml_map)
    add(None, _SpecLoader.construct_refused)


_setup()


def parse_yaml(text: str, uri: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    """Parse one YAML document; return the data and warnings about keys."""
    data, _, odd, duplicates = parse_yaml_node(text, uri)
    return data, key_diagnostics(uri, odd, duplicates)


def parse_yaml_node(text: str, uri: str) -> tuple[Any, Node | None, list[KeyMark], list[KeyMark]]:
    """``parse_yaml``'s data, with the composed node tree (where each key and value sits in the text) and the
    marks of non-string and repeated keys; errors as ``parse_yaml`` raises them."""
    loader = _SpecLoader(text, uri)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, uri) from None
    except yaml.YAMLError as exc:  # ReaderError (bad characters) and friends
        raise InputError("yaml-syntax", f"invalid YAML: {exc}", Location(uri),
                         hint="fix the YAML syntax") from None
    except RecursionError:
        raise _too_deep(uri) from None
    finally:
        loader.dispose()
    return data, node, loader.odd_marks, loader.duplicate_marks


def key_diagnostics(uri: str, odd: list[KeyMark], duplicates: list[KeyMark]) -> tuple[Diagnostic, ...]:
    """The summarising warnings about keys: how many are not strings, how many repeat, each with the first."""
    diags: list[Diagnostic] = []
    if odd:
        _, line, column, key = min(odd)
        count = len(odd)
        diags.append(Diagnostic(
            "warning",
            "non-string-key",
            f"{count} mapping key{'s are' if count != 1 else ' is'} not a string (the first is {key}); "
            "read as the text written",
            _at(uri, line, column),
            hint=f"quote such keys ('\"{key}\":') so every YAML reader sees strings",
        ))
    if duplicates:
        _, line, column, key = min(duplicates)
        count = len(duplicates)
        diags.append(Diagnostic(
            "warning",
            "duplicate-key",
            f"{count} mapping key{'s appear' if count != 1 else ' appears'} twice in the same mapping "
            f"(the first is '{key}'); the last value wins",
            _at(uri, line, column),
            hint="remove the duplicate keys",
        ))
    return tuple(diags)


def _syntax_error(exc: yaml.MarkedYAMLError, uri: str) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    loc = Location(uri, mark.line + 1, mark.column + 1) if mark is not None else Location(uri)
    if "maximum nesting depth" in problem:  # libyaml's own cap (1000 levels)
        return _too_deep(uri, loc)
    if "recursive" in problem:
        return InputError("yaml-recursive-alias", "an alias refers to a node that contains it", loc,
                          hint="break the cycle; OpenAPI data must be a tree")
    if exc.context and "expected a single document" in exc.context:
        return InputError("yaml-syntax", "the file holds more than one YAML document", loc,
                          hint="keep one document per file (remove the extra '---')")
    message = f"invalid YAML: {problem}"
    if exc.context:
        message += f" ({exc.context})"
    return InputError("yaml-syntax", message, loc, hint=_hint_for(problem))


def _hint_for(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "a value containing ': ' must be quoted, or the indentation is off"
    if "found character '\\t'" in problem or "found a tab" in problem:
        return "YAML does not allow tabs for indentation; use spaces"
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return "check the indentation of this line and the one before"
    if "could not find expected ':'" in problem:
        return "a mapping key is missing its ':' (or a quoted string is not closed)"
    if "undefined alias" in problem or "found undefined alias" in problem:
        return "define the anchor (&name) before using the alias (*name)"
    return "fix the YAML syntax at this position"


def _too_deep(uri: str, loc: Location | None = None) -> InputError:
    return too_deep(uri, loc, parser=True)


def _short_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/object`` -> ``!!python/object`` (as the user wrote it)."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag
