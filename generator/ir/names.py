"""Name cleaning: turning wire names from a spec into Python names, once, in ``build``.

Small pure functions, no state. Every cleaner returns a valid, non-keyword Python identifier; uniqueness within a
scope is the job of :func:`unique_names`, which resolves collisions deterministically (an exact match of the wire name
wins, then keys in sorted order get ``2``, ``3``, ... suffixes), so names never depend on dict or set order.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from functools import lru_cache

__all__ = [
    "RESERVED_CLASS_NAMES",
    "RESERVED_FIELD_NAMES",
    "RESERVED_PARAMETER_NAMES",
    "bounded",
    "class_name",
    "enum_member_name",
    "enum_member_names",
    "field_name",
    "identifier",
    "is_identifier",
    "parameter_name",
    "safe_identifier",
    "to_pascal",
    "to_snake",
    "transliterate",
    "unique_names",
]

# Names the generated code imports or defines at module level: a schema class with one of these names would
# shadow them. Builtins (``Exception``, ``ValueError``, ...) are included wholesale.
RESERVED_CLASS_NAMES: frozenset[str] = frozenset(
    {
        "Annotated", "Any", "APIModel", "AsyncClient", "AsyncIterator", "BaseModel", "Callable", "ClassVar",
        "Client", "ConfigDict", "Decimal", "Dict", "Enum", "Field", "FrozenSet", "Generic",
        "IntEnum", "Iterable", "Iterator", "List", "Literal", "Mapping", "NOT_GIVEN", "NotGiven", "Optional",
        "Protocol", "RootModel", "Sequence", "Set", "StrEnum", "Tuple", "TypeAdapter",
        "TypeVar", "UUID", "Union",
    }
) | frozenset(n for n in dir(builtins) if not n.startswith("_")) | frozenset(keyword.kwlist)

# Public attributes of pydantic v2 ``BaseModel`` (v1 compatibility names included): a field with one of these
# names would shadow a method. Names starting with ``model_`` are reserved as a whole (see ``field_name``).
_PYDANTIC_ATTRIBUTES: frozenset[str] = frozenset(
    {
        "construct", "copy", "dict", "fields", "from_orm", "json", "parse_file", "parse_obj", "parse_raw",
        "schema", "schema_json", "update_forward_refs", "validate",
    }
)
# Builtin type names used plainly in generated annotations: ``str: str | None = None`` in a class body makes every
# later ``str`` annotation mean ``None`` (checked with pydantic 2.14), so fields must not take these names.
_ANNOTATION_BUILTINS: frozenset[str] = frozenset(
    {"bool", "bytes", "dict", "float", "frozenset", "int", "list", "object", "set", "str", "tuple", "datetime"}
)  # ``datetime``: the wire-faithful date-time type is imported under that name
RESERVED_FIELD_NAMES: frozenset[str] = _PYDANTIC_ATTRIBUTES | _ANNOTATION_BUILTINS

# ``self``, and per-call options every generated method accepts: parameters must not take these names.
# (``timeout`` and ``max_retries`` may: a method with such a parameter renames its call option instead.)
RESERVED_PARAMETER_NAMES: frozenset[str] = frozenset(
    {"self", "cls", "extra_headers", "extra_query", "extra_body"}
) | _ANNOTATION_BUILTINS

# Letters NFKD does not decompose to ASCII.
_TRANSLIT = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D",
    "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
}
_SYMBOLS = {
    "*": "star", "+": "plus", "-": "minus", ".": "dot", "/": "slash", "<": "lt", ">": "gt", "=": "eq",
    "!": "not", "@": "at", "#": "hash", "$": "dollar", "%": "percent", "&": "and", "|": "or", "~": "tilde",
    "^": "caret", "?": "question", ":": "colon", ",": "comma", "_": "underscore", " ": "space",
}
_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")
# camelCase / PascalCase / ACRONYMWord boundaries; digits stick to the word before them ("address2", "int32").
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")


@lru_cache(maxsize=65536)
def transliterate(text: str) -> str:
    """ASCII approximation of ``text`` (accents dropped, a few letters spelled out); other characters vanish."""
    if text.isascii():
        return text
    mapped = "".join(_TRANSLIT.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFKD", mapped).encode("ascii", "ignore").decode("ascii")


def _codepoints(text: str) -> str:
    """A deterministic spelling of text that has no ASCII letters or digits (``"名前"`` -> ``u540d_u524d``);
    whitespace is spelled only when there is nothing else (``" "`` -> ``u0020``)."""
    spelled = [_SYMBOLS.get(ch) or f"u{ord(ch):04x}" for ch in text if not ch.isspace()]
    return "_".join(spelled or [f"u{ord(ch):04x}" for ch in text])


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in _SEPARATORS.split(transliterate(text)):
        if part:
            out.extend(_WORD.findall(part))
    return tuple(out)


@lru_cache(maxsize=65536)
def to_snake(text: str) -> str:
    """``fooBar`` -> ``foo_bar``, ``foo-bar`` -> ``foo_bar``, ``HTTPServer`` -> ``http_server``, ``$ref`` -> ``ref``.

    May return ``""`` (for ``""`` or text without letters/digits) or text starting with a digit; use
    :func:`field_name` / :func:`identifier` for something always usable.
    """
    return "_".join(w.lower() for w in _words(text))


@lru_cache(maxsize=65536)
def to_pascal(text: str) -> str:
    """``order.completed`` -> ``OrderCompleted``, ``productVariant`` -> ``ProductVariant``, ``HTTPServer`` kept.

    Inner capitals are kept (component names are usually already PascalCase); an all-caps multi-word name
    (``ORDER_STATUS``) is title-cased instead (``OrderStatus``).
    """
    parts = [p for p in _SEPARATORS.split(transliterate(text)) if p]
    if len(parts) > 1 and all(not p.isalpha() or p.isupper() for p in parts):
        parts = [p.capitalize() for p in parts]
    return "".join(p[0].upper() + p[1:] for p in parts)


# Longest name pfgen generates. Names become file names (``resources/<name>.py``, ``types/<name>.py``), and file
# systems refuse components over 255 bytes; a name this long is unreadable anyway.
MAX_NAME = 96


def bounded(name: str, limit: int = MAX_NAME) -> str:
    """``name`` itself when it fits, else its first characters and a hash of the whole (deterministic, and two
    long names that share their start still differ). The result stays an identifier when ``name`` is one."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{name[: limit - 11].rstrip('_')}_{digest}"


def is_identifier(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


def safe_identifier(name: str, reserved: Collection[str] = (), prefix: str = "field") -> str:
    """Make an already-cleaned name usable: prefix a leading digit, add ``_`` after keywords and reserved names."""
    if not name:
        name = f"{prefix}_empty"
    elif name[0].isdigit():
        name = f"{prefix}_{name}"
    if keyword.iskeyword(name) or name in reserved:
        name = f"{name}_"
    return name


def identifier(text: str, reserved: Collection[str] = (), prefix: str = "field") -> str:
    """snake_case identifier for any text (``""`` -> ``field_empty``, ``"123abc"`` -> ``field_123abc``)."""
    snake = to_snake(text)
    if not snake and text:
        snake = _codepoints(text)
    return safe_identifier(bounded(snake), reserved, prefix)


def field_name(wire: str) -> str:
    """Attribute name for a JSON property: snake_case, never a keyword, pydantic attribute or ``model_*`` name.

    Leading underscores are dropped (pydantic treats ``_x`` as private); ``type`` and ``id`` stay as they are.
    """
    name = identifier(wire, RESERVED_FIELD_NAMES)
    if name.startswith("model_"):
        name = f"{name}_"
    return name


def parameter_name(wire: str) -> str:
    """Argument name for an operation parameter (not ``self``, ``timeout``, ``extra_*``, ``max_retries``)."""
    return identifier(wire, RESERVED_PARAMETER_NAMES)


def class_name(text: str, reserved: Collection[str] = ()) -> str:
    """PascalCase class name: ``weird-name`` -> ``WeirdName``, ``BaseModel`` -> ``BaseModelSchema``, ``""`` -> ``Schema``."""
    name = bounded(to_pascal(text))
    if not name:
        name = bounded(f"Schema{to_pascal(_codepoints(text))}") if text.strip(".") else "Schema"
    elif name[0].isdigit():
        name = f"Schema{name}"
    if name in RESERVED_CLASS_NAMES or name in reserved:
        name = f"{name}Schema"
    return name


@lru_cache(maxsize=65536)
def _enum_member_name(value: Hashable, kind: str) -> str:
    return enum_member_name(value)


def enum_member_name(value: object) -> str:
    """UPPER_SNAKE member name for an enum value: ``in-progress`` -> ``IN_PROGRESS``, ``1`` -> ``VALUE_1``."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        text = repr(value).replace("-", "minus_").replace(".", "_").replace("+", "plus_")
        return f"VALUE_{to_snake(text).upper()}"
    if value is None:
        return "NONE"
    text = str(value)
    if text == "":
        return "EMPTY"
    lead = ""
    if text[0] in "+-" and len(text) > 1:
        lead, text = _SYMBOLS[text[0]] + "_", text[1:]
    snake = to_snake(text)
    if not snake:
        snake = _codepoints(text)
    name = (lead + snake).upper()
    if name[0].isdigit():
        name = f"VALUE_{name}"
    return name


def enum_member_names(values: Iterable[object], varnames: Iterable[str] | None = None) -> tuple[str, ...]:
    """Unique member names for ``values`` (in order); ``varnames`` (``x-enum-varnames``) are used when given."""
    vals = list(values)
    given = list(varnames) if varnames is not None else []
    cands: list[str] = []
    for i, v in enumerate(vals):
        if i < len(given) and isinstance(given[i], str) and to_snake(given[i]):
            cand = to_snake(given[i]).upper()
            cand = f"VALUE_{cand}" if cand[0].isdigit() else cand
        else:
            cand = _enum_member_name(v, type(v).__name__) if isinstance(v, Hashable) else enum_member_name(v)
        cands.append(cand)
    # Key members by position (zero-padded so sorting keeps spec order): the first spelling keeps the plain name.
    keyed = {f"{i:08d}": c for i, c in enumerate(cands)}
    result = unique_names(keyed, sep="_")
    return tuple(result[f"{i:08d}"] for i in range(len(cands)))


def claim(base: str, used: set[str], sep: str = "") -> str:
    """``base``, or the first of ``base<sep>2``, ``base<sep>3``, ... not in ``used``; the name is added to
    ``used``. Names given in order of arrival (``unique_names`` orders colliding keys itself)."""
    name, n = base, 2
    while name in used:
        name, n = f"{base}{sep}{n}", n + 1
    used.add(name)
    return name


def unique_names(
    candidates: Mapping[str, str],
    taken: Iterable[str] = (),
    *,
    sep: str = "",
    fold: Callable[[str], str] | None = None,
    exact: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Map each key to a unique name, starting from its candidate.

    Keys whose candidates collide are ordered deterministically: a key whose ``exact`` spelling (its wire name)
    equals the candidate goes first, then keys in sorted order. The first keeps the candidate, the others get
    ``<candidate><sep>2``, ``<sep>3``, ... (skipping anything in ``taken`` or already given). ``fold`` maps a name
    to the form compared for collisions (for example case-insensitive), so ``Pet``/``PET`` can be kept apart too.
    """
    norm: Callable[[str], str] = fold or (lambda s: s)
    used = {norm(t) for t in taken}
    # Fast path (the usual case): no candidate collides with another or with a taken name.
    folded = {norm(c) for c in candidates.values()}
    if len(folded) == len(candidates) and folded.isdisjoint(used):
        return dict(candidates)
    groups: dict[str, list[str]] = {}
    for key in sorted(candidates):
        groups.setdefault(candidates[key], []).append(key)
    out: dict[str, str] = {}
    # First every group's best key takes its plain candidate, so a suffixed name never steals another key's
    # plain name (``Foo``, ``Foo`` and ``Foo2`` become ``Foo``, ``Foo3`` and ``Foo2``).
    leftovers: list[tuple[str, str]] = []
    for cand in sorted(groups):
        keys = groups[cand]
        if exact is not None:
            keys.sort(key=lambda k: (exact.get(k) != cand, k))
        first, rest = keys[0], keys[1:]
        if norm(cand) in used:
            leftovers.append((first, cand))
        else:
            used.add(norm(cand))
            out[first] = cand
        leftovers.extend((k, cand) for k in rest)
    for key, cand in leftovers:
        n = 1
        name = cand
        while norm(name) in used:
            n += 1
            name = f"{cand}{sep}{n}"
        used.add(norm(name))
        out[key] = name
    return out
