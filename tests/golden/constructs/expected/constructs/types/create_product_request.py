"""The ``CreateProductRequest`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .create_product_request_kind import CreateProductRequestKind
from .create_product_request_options import CreateProductRequestOptions

__all__ = ["CreateProductRequest"]


class CreateProductRequest(_APIModel):
    name: str
    kind: CreateProductRequestKind | None = None
    options: CreateProductRequestOptions | None = None
