"""The ``ListOrdersResponsePagination`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["ListOrdersResponsePagination"]


class ListOrdersResponsePagination(_APIModel):
    page: int | None = None
    page_size: int | None = Field(default=None, alias="pageSize")
    total: int | None = None
    total_pages: int | None = Field(default=None, alias="totalPages")
