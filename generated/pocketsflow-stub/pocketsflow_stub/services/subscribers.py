"""The ``subscribers`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from ..types.create_subscriber_request import CreateSubscriberRequest
from ..types.message_response import MessageResponse
from ..types.subscriber import Subscriber

__all__ = ["SubscribersService"]

_ListSubscriber: TypeAlias = list[Subscriber]


class SubscribersService:
    """Operations of the ``subscribers`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'subscribers': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self, *, page: int | None = None, page_size: int | None = None) -> _ListSubscriber:
        """List newsletter subscribers

        UNDOCUMENTED path, guessed from 'manage subscribers'.

        ``GET /subscribers`` (operation ``listSubscribers``)."""
        result: _ListSubscriber = _example("listSubscribers", _ListSubscriber)
        return result

    def create(self, body: CreateSubscriberRequest) -> Subscriber:
        """Add a newsletter subscriber

        UNDOCUMENTED path.

        ``POST /subscribers`` (operation ``createSubscriber``)."""
        result: Subscriber = _example("createSubscriber", Subscriber)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Remove a newsletter subscriber

        UNDOCUMENTED path.

        ``DELETE /subscribers/{id}`` (operation ``deleteSubscriber``)."""
        result: MessageResponse = _example("deleteSubscriber", MessageResponse)
        return result
