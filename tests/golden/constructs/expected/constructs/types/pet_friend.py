"""The ``PetFriend`` model."""

from __future__ import annotations

from typing import Annotated, Any, TypeAlias

from pydantic import Discriminator, Tag

from .._runtime._wire import union_dispatcher as _union_dispatcher
from .cat import Cat
from .dog import Dog

__all__ = ["PetFriend"]


PetFriend: TypeAlias = Annotated[
    Annotated[Cat, Tag("Cat")]
    | Annotated[Dog, Tag("Dog")]
    | Annotated[dict[str, Any], Tag("__unknown__")],
    Discriminator(
        _union_dispatcher(
            tag_property="petType",
            mapping={"Cat": "Cat", "Dog": "Dog"},
            fingerprints=(
                ("Cat", frozenset(["meow", "name", "petType"]), ()),
                ("Dog", frozenset(["petType"]), ()),
            ),
        )
    ),
]
