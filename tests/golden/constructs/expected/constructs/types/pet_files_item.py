"""The ``PetFilesItem`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["PetFilesItem"]


class PetFilesItem(_APIModel):
    url: str | None = None
