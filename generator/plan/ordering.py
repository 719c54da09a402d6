"""The orders linters expect, in one place: names inside ``from x import (...)`` (isort as ruff runs it by
default: order-by-type, case-insensitive, natural numbers) and ``__all__`` (ruff RUF022's isort-style sort:
casing groups, then a case-sensitive natural sort). Checked against ruff itself in tests/plan."""

from __future__ import annotations

import functools
import re

_DIGITS = re.compile(r"(\d+)")


def _natural(text: str) -> tuple[str | int, ...]:
    """``Model2`` before ``Model10``; strings at even positions, numbers at odd ones, so keys always compare."""
    return tuple(int(part) if i % 2 else part for i, part in enumerate(_DIGITS.split(text)))


def _kind(name: str) -> int:
    """0 for CONSTANTS, 1 for Classes, 2 for everything else (a single capital letter counts as a class)."""
    if len(name) > 1 and name.upper() == name and any(c.isalpha() for c in name):
        return 0
    if name[:1].isupper():
        return 1
    return 2


@functools.lru_cache(maxsize=1 << 16)  # pure; a large client sorts the same names thousands of times
def import_member_key(name: str) -> tuple[object, ...]:
    """Sort key of one imported name (``X`` or ``X as _Y``) inside a ``from`` import."""
    base = name.split(" as ")[0]
    return (_kind(base), _natural(base.lower()), _natural(base), name)


@functools.lru_cache(maxsize=1 << 16)  # bounded: a resident ``pfgen watch`` sees new names on every save
def all_sort_key(name: str) -> tuple[object, ...]:
    """Sort key of one ``__all__`` entry."""
    return (_kind(name), _natural(name))


@functools.lru_cache(maxsize=1 << 16)
def import_module_key(module: str) -> tuple[object, ...]:
    """Sort key of a ``from <module> import`` statement among its section (relative dots aside)."""
    bare = module.lstrip(".")
    return (_natural(bare.lower()), _natural(bare))
