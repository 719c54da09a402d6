"""The ``Shape`` model."""

from __future__ import annotations

from typing import Annotated, Any, TypeAlias

from pydantic import Discriminator, Tag

from .._runtime._wire import union_dispatcher as _union_dispatcher
from .free_shape import FreeShape
from .shape_circle import ShapeCircle
from .shape_square import ShapeSquare

__all__ = ["Shape"]


Shape: TypeAlias = Annotated[
    Annotated[ShapeCircle, Tag("ShapeCircle")]
    | Annotated[ShapeSquare, Tag("ShapeSquare")]
    | Annotated[FreeShape, Tag("FreeShape")]
    | Annotated[dict[str, Any], Tag("__unknown__")],
    Discriminator(
        _union_dispatcher(
            fingerprints=(
                ("ShapeCircle", frozenset(["kind"]), (("kind", "circle"),)),
                ("ShapeSquare", frozenset(["kind"]), (("kind", "square"),)),
                ("FreeShape", frozenset([]), ()),
            )
        )
    ),
]
