"""The ``users`` operations: what the stub answers for each of them."""

from __future__ import annotations

from .._runtime._responses import example as _example
from ..types.update_user_request import UpdateUserRequest
from ..types.user import User

__all__ = ["UsersService"]


class UsersService:
    """Operations of the ``users`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'users': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def me(self) -> User:
        """Get current user

        ``GET /users/me`` (operation ``getCurrentUser``)."""
        result: User = _example("getCurrentUser", User)
        return result

    def update(self, body: UpdateUserRequest) -> User:
        """Update user settings

        ``POST /users/update`` (operation ``updateCurrentUser``)."""
        result: User = _example("updateCurrentUser", User)
        return result
