"""The ``ListSubscriptionsRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .list_subscriptions_request_status import ListSubscriptionsRequestStatus

__all__ = ["ListSubscriptionsRequest"]


class ListSubscriptionsRequest(_APIModel):
    """Filters for `POST /orders/subscriptions` (sent as a JSON body, not a query string)."""

    page: int | None = Field(default=1)
    page_size: int | None = Field(default=20, alias="pageSize")
    start_date: str | None = Field(default=None, alias="startDate")
    """ISO 8601 date."""

    end_date: str | None = Field(default=None, alias="endDate")
    """ISO 8601 date."""

    status: ListSubscriptionsRequestStatus | None = None
