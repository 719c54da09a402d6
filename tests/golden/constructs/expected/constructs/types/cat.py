"""The ``Cat`` model."""

from __future__ import annotations

from .animal import Animal

__all__ = ["Cat"]


class Cat(Animal):
    name: str
    """Cat name."""

    meow: bool
