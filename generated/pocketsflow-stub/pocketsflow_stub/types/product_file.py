"""The ``ProductFile`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel

__all__ = ["ProductFile"]


class ProductFile(_APIModel):
    """A downloadable file attached to a product."""

    name: str
    url: str
    size: int | None = None
    """File size in bytes."""
