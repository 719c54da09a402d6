"""The ``Pagination`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["Pagination"]


class Pagination(_APIModel):
    """Page-based pagination block returned next to list data (official Node SDK `OrdersResponse.pagination`)."""

    total_count: int = Field(alias="totalCount")
    """Total number of matching items."""

    total_pages: int = Field(alias="totalPages")
    """Total number of pages."""

    current_page: int = Field(alias="currentPage")
    """The 1-based page returned."""

    page_size: int = Field(alias="pageSize")
    """Items per page."""

    has_more: bool = Field(alias="hasMore")
    """Whether another page exists."""
