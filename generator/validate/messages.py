"""Readable one-sentence messages from jsonschema errors.

The OpenAPI meta-schemas are full of ``oneOf: [Reference, Thing]``; jsonschema then reports "<the whole object> is
not valid under any of the given schemas", and its ``best_match`` usually picks "'$ref' is a required property",
which sends people the wrong way. We pick the branch the author evidently meant (the one whose type matches and
that does not demand a ``$ref`` the object lacks), descend into it, and word the leaf error ourselves with short
value previews instead of reprs of whole subtrees.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from jsonschema.exceptions import ValidationError, by_relevance

_PREVIEW = 60
_RELEVANCE = by_relevance()


def preview(value: Any, limit: int = _PREVIEW) -> str:
    """A short JSON rendering of ``value`` for messages."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=False, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _branches(error: ValidationError) -> dict[object, list[ValidationError]]:
    groups: dict[object, list[ValidationError]] = {}
    for sub in error.context or ():
        key = sub.relative_schema_path[0] if sub.relative_schema_path else None
        groups.setdefault(key, []).append(sub)
    return groups


def _wants_missing_ref(errors: Sequence[ValidationError], instance: Any) -> bool:
    if not isinstance(instance, dict) or "$ref" in instance:
        return False
    return any(e.validator == "required" and not e.relative_path and "'$ref'" in e.message for e in errors)


def _wrong_type(errors: Sequence[ValidationError]) -> bool:
    return any(e.validator in ("type", "const") and not e.relative_path for e in errors)


def leaf(error: ValidationError, depth: int = 0) -> ValidationError:
    """The most useful error under a ``oneOf``/``anyOf`` failure (or ``error`` itself)."""
    if depth > 20 or error.validator not in ("oneOf", "anyOf") or not error.context:
        return error
    groups = _branches(error)
    candidates = [errs for errs in groups.values() if not _wants_missing_ref(errs, error.instance)]
    typed = [errs for errs in candidates if not _wrong_type(errs)]
    if typed:
        candidates = typed
    if not candidates:
        candidates = list(groups.values())
    merged = _merged_enum(error, candidates)
    if merged is not None:
        return merged
    # Branches that reject a member's fixed value (``in: path`` against the query-parameter branch) describe
    # other kinds of object; the branch that accepted it is the one the author wrote.
    kind_keys = _kind_keys(candidates)
    meant = [errs for errs in candidates if not (_rejected_keys(errs) & kind_keys)]
    if meant:
        candidates = meant
    # Pick by jsonschema's relevance without letting it dive into nested oneOfs: ``leaf`` does that, with the
    # heuristics above, one level at a time.
    chosen = max((e for errs in candidates for e in errs), key=_RELEVANCE)
    if len(candidates) > 2 and not chosen.relative_path:
        return error  # several plausible shapes and no deeper place they agree on
    return leaf(chosen, depth + 1)


def _rejected_keys(errors: Sequence[ValidationError]) -> set[object]:
    """Members whose value a branch rejects outright (``in: query`` against ``enum: [path]``)."""
    return {e.relative_path[0] for e in errors if e.validator in ("enum", "const") and len(e.relative_path) == 1}


def _kind_keys(candidates: Sequence[Sequence[ValidationError]]) -> set[object]:
    """Members that tell the branches apart: rejected by some branches but accepted by at least one."""
    rejected = [_rejected_keys(errs) for errs in candidates]
    everywhere = set.intersection(*rejected) if rejected else set()
    return set().union(*rejected) - everywhere


def _merged_enum(error: ValidationError, candidates: Sequence[Sequence[ValidationError]]) -> ValidationError | None:
    """When every branch rejects the same member's value (``in: querystring`` against path/query/header/cookie
    branches), say so once, listing all the values that any branch accepts."""
    if len(candidates) < 2:
        return None
    spots: list[ValidationError] = []
    for errs in candidates:
        hits = [e for e in errs if e.validator in ("enum", "const") and e.relative_path]
        if not hits:
            return None
        spots.append(hits[0])
    if len({tuple(e.relative_path) for e in spots}) != 1:
        return None
    allowed: list[Any] = []
    for spot in spots:
        values = spot.validator_value if spot.validator == "enum" else [spot.validator_value]
        allowed.extend(v for v in values if v not in allowed)
    return ValidationError(
        f"{spots[0].instance!r} is not one of {allowed!r}",
        validator="enum",
        validator_value=allowed,
        instance=spots[0].instance,
        path=spots[0].relative_path,
        parent=error,
    )


def _unexpected(error: ValidationError) -> list[str]:
    instance = error.instance
    if not isinstance(instance, dict):
        return []
    schema = error.schema if isinstance(error.schema, dict) else {}
    declared = schema.get("properties", {}) if isinstance(schema.get("properties"), dict) else {}
    patterns = schema.get("patternProperties", {}) if isinstance(schema.get("patternProperties"), dict) else {}
    names = []
    for key in instance:
        if key in declared:
            continue
        if any(_search(pattern, str(key)) for pattern in patterns):
            continue
        names.append(str(key))
    if not names:
        # unevaluatedProperties and friends: fall back to the names jsonschema quotes in its message.
        names = re.findall(r"'([^']*)'", error.message.split("(", 1)[-1]) if "(" in error.message else []
    return sorted(names)


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _shorten(message: str, instance: Any) -> str:
    """jsonschema puts ``repr(instance)`` in messages; swap a long one for a short preview."""
    raw = repr(instance)
    if len(raw) > _PREVIEW and raw in message:
        message = message.replace(raw, preview(instance))
    if len(message) > 300:
        message = message[:299] + "…"
    return message


def describe(error: ValidationError) -> Iterator[tuple[list[object], str, str]]:
    """(path parts, code, message) for one top-level jsonschema error of the meta-schema check."""
    err = leaf(error)
    path: list[object] = list(err.absolute_path)
    instance = err.instance
    kind = err.validator
    if kind == "required":
        match = re.match(r"'(.*)' is a required property", err.message)
        name = match.group(1) if match else preview(err.validator_value)
        yield path, "spec-missing-property", f"missing required property {_quoted(name)}"
    elif kind in ("additionalProperties", "unevaluatedProperties"):
        names = _unexpected(err)
        if not names:
            yield path, "spec-unexpected-property", _shorten(err.message, instance)
        for name in names:
            why = "extensions are not allowed here" if name.startswith("x-") else "extensions must start with 'x-'"
            yield path + [name], "spec-unexpected-property", f"unexpected property {_quoted(name)} ({why})"
    elif kind == "type":
        expected = err.validator_value
        wanted = " or ".join(expected) if isinstance(expected, list) else str(expected)
        yield path, "spec-wrong-type", f"expected {wanted}, got {json_type(instance)} {preview(instance, 40)}"
    elif kind == "enum":
        yield path, "spec-bad-value", f"{preview(instance, 40)} is not one of {preview(err.validator_value, 120)}"
    elif kind == "const":
        yield path, "spec-bad-value", f"expected {preview(err.validator_value)}, got {preview(instance, 40)}"
    elif kind == "pattern":
        yield path, "spec-bad-value", f"{preview(instance, 40)} does not match the pattern {err.validator_value!r}"
    elif kind in ("oneOf", "anyOf") and not err.context:
        yield path, "spec-ambiguous", f"{json_type(instance)} matches more than one allowed shape"
    elif kind in ("oneOf", "anyOf"):
        yield path, "spec-invalid", f"{json_type(instance)} {preview(instance, 40)} matches none of the allowed shapes"
    elif kind is False or kind == "false":
        yield path, "spec-unexpected-property", "no value is allowed here"
    else:
        yield path, "spec-invalid", _shorten(err.message, instance)


def _quoted(name: object) -> str:
    """A property name in quotes, on one line: control characters (a key may hold a newline) are escaped."""
    text = str(name)
    if any(ch < " " or ch == "\x7f" for ch in text):
        return repr(text)
    return f"'{text}'"
