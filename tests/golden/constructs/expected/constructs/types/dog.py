"""The ``Dog`` model."""

from __future__ import annotations

from .animal import Animal

__all__ = ["Dog"]


class Dog(Animal):
    bark: str | None = None
