"""The ``ListCustomersSortOrder`` model."""

from __future__ import annotations

from .._runtime._wire import OpenStrEnum as _OpenStrEnum

__all__ = ["ListCustomersSortOrder"]


class ListCustomersSortOrder(_OpenStrEnum):
    ASC = "asc"
    DESC = "desc"
