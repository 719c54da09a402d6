"""The ``Node`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["Node"]


class Node(_APIModel):
    value: str | None = None
    children: list[Node] | None = None
    parent: Node | None = None
