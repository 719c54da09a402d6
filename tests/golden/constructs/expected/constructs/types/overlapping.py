"""The ``Overlapping`` model."""

from __future__ import annotations

from typing import Annotated, Any, TypeAlias

from pydantic import Discriminator, Tag

from .._runtime._wire import union_dispatcher as _union_dispatcher
from .variant_a import VariantA
from .variant_b import VariantB

__all__ = ["Overlapping"]


Overlapping: TypeAlias = Annotated[
    Annotated[VariantA, Tag("VariantA")]
    | Annotated[VariantB, Tag("VariantB")]
    | Annotated[dict[str, Any], Tag("__unknown__")],
    Discriminator(
        _union_dispatcher(
            fingerprints=(
                ("VariantA", frozenset(["x"]), ()),
                ("VariantB", frozenset(["x"]), ()),
            )
        )
    ),
]
