"""The ``Puppy`` model."""

from __future__ import annotations

from .dog import Dog

__all__ = ["Puppy"]


class Puppy(Dog):
    age: int | None = None
