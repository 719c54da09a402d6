"""Wire-faithful building blocks for generated models.

Generated models must round-trip: ``model_validate(wire).model_dump(by_alias=True, exclude_unset=True,
mode="json") == wire``, and must not break when a newer API sends values this client does not know yet. The pieces
here make that hold for enums (unknown values kept), date-times (original text kept), and unions (dispatch by tag,
required keys and ``const`` values, with a raw fallback instead of "first variant that happens to validate").
"""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Annotated, Any

from pydantic import PlainSerializer, WrapValidator
from pydantic_core import core_schema

__all__ = [
    "UNKNOWN_TAG",
    "DateTime",
    "Decimal",
    "OpenFloatEnum",
    "OpenIntEnum",
    "OpenStrEnum",
    "union_dispatcher",
]


def _pseudo_member(cls: type[Enum], base: Any, value: Any) -> Any:
    member = base.__new__(cls, value)
    member._name_ = "UNKNOWN"
    member._value_ = value
    return member


class OpenStrEnum(str, Enum):
    """A string enum that keeps values it does not know (as a member named ``UNKNOWN`` holding the raw value)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            return _pseudo_member(cls, str, value)
        return None

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, Enum):
    """An integer enum that keeps values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return _pseudo_member(cls, int, value)
        return None


class OpenFloatEnum(float, Enum):
    """A number enum that keeps values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _pseudo_member(cls, float, float(value))
        return None


class _WireDateTime(_dt.datetime):
    """A datetime that remembers the exact text it was parsed from, so dumping gives the same text back."""

    __slots__ = ("_wire",)
    _wire: str

    def __repr__(self) -> str:
        # What users see is a ``datetime.datetime``; the remembered text is an implementation detail.
        plain = _dt.datetime(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.microsecond,
            tzinfo=self.tzinfo,
            fold=self.fold,
        )
        return repr(plain)


def _keep_wire_text(value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Any:
    parsed = handler(value)
    if isinstance(value, str) and isinstance(parsed, _dt.datetime):
        kept = _WireDateTime(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            tzinfo=parsed.tzinfo,
            fold=parsed.fold,
        )
        kept._wire = value
        return kept
    return parsed


def _dump_wire_text(value: _dt.datetime) -> str:
    wire = getattr(value, "_wire", None)
    if isinstance(wire, str):
        return wire
    return value.isoformat()


DateTime = Annotated[
    _dt.datetime,
    WrapValidator(_keep_wire_text),
    PlainSerializer(_dump_wire_text, return_type=str, when_used="json"),
]
"""``datetime.datetime`` for users; on the wire, exactly the text the server sent (or ISO 8601 for new values)."""


class _WireDecimal(_decimal.Decimal):
    """A Decimal that remembers the JSON value it came from (a number or a string)."""

    __slots__ = ("_wire",)
    _wire: str | int | float

    def __repr__(self) -> str:
        return f"Decimal('{self}')"


def _keep_wire_decimal(value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Any:
    parsed = handler(value)
    if (
        isinstance(parsed, _decimal.Decimal)
        and isinstance(value, (str, int, float))
        and not isinstance(value, bool)
    ):
        kept = _WireDecimal(parsed)
        kept._wire = value
        return kept
    return parsed


def _dump_wire_decimal(value: _decimal.Decimal) -> str | int | float:
    wire = getattr(value, "_wire", None)
    if isinstance(wire, (str, int, float)):
        return wire
    return str(value)


Decimal = Annotated[
    _decimal.Decimal,
    WrapValidator(_keep_wire_decimal),
    PlainSerializer(_dump_wire_decimal, when_used="json"),
]
"""``decimal.Decimal`` for users; on the wire, the number or string the server sent (new values as strings)."""

UNKNOWN_TAG = "__unknown__"

Fingerprint = tuple[str, frozenset[str], tuple[tuple[str, Any], ...]]


def union_dispatcher(
    *,
    tag_property: str | None = None,
    mapping: Mapping[str, str] | None = None,
    fingerprints: Sequence[Fingerprint] = (),
) -> Callable[[Any], str]:
    """Build the function a pydantic ``Discriminator`` calls to choose a union variant.

    ``mapping`` maps discriminator values to variant tags. ``fingerprints`` are ``(tag, required wire keys,
    const (key, value) pairs)``; the most specific match wins (more consts, then more required keys), so the
    choice never depends on which variant happens to validate first. Payloads that match nothing get
    ``UNKNOWN_TAG`` and are kept raw by the fallback variant.
    """
    by_value = dict(mapping or {})
    ordered = sorted(fingerprints, key=lambda fp: (-len(fp[2]), -len(fp[1]), fp[0]))
    known = set(by_value.values()) | {fp[0] for fp in fingerprints}

    def choose(value: Any) -> str:
        if isinstance(value, Mapping):
            data: Mapping[str, Any] = value
        elif hasattr(value, "__pydantic_fields_set__"):
            # A model instance (serialisation, or a user passing one in): variants are tagged by class name.
            name = type(value).__name__
            return name if name in known else UNKNOWN_TAG
        else:
            return UNKNOWN_TAG
        if tag_property is not None and tag_property in data:
            tag = data[tag_property]
            if isinstance(tag, Enum):
                tag = tag.value
            if isinstance(tag, str) and tag in by_value:
                return by_value[tag]
        for name, required, consts in ordered:
            if not required.issubset(data.keys()):
                continue
            if all(key in data and _const_equal(data[key], expected) for key, expected in consts):
                return name
        return UNKNOWN_TAG

    return choose


def _const_equal(actual: Any, expected: Any) -> bool:
    if isinstance(actual, Enum):
        actual = actual.value
    return bool(actual == expected and type(actual) is type(expected))
