"""The ``Animal`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["Animal"]


class Animal(_APIModel):
    pet_type: str = Field(alias="petType")
    name: str | None = None
