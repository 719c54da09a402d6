"""The ``SubmitFormRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["SubmitFormRequest"]


class SubmitFormRequest(_APIModel):
    name: str
    count: int | None = None
