"""The ``Extensible`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["Extensible"]


class Extensible(_APIModel):
    __pydantic_extra__: dict[str, int] = Field(init=False)

    a: str | None = None
