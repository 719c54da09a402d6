"""Routes of the ``users`` resource, delegating to ``UsersService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.users import UsersService
from ..types.update_user_request import UpdateUserRequest
from ..types.user import User

__all__ = ["build_router"]


def build_router(_service: UsersService) -> APIRouter:
    """An ``APIRouter`` serving every ``users`` operation with ``_service``."""
    _router = APIRouter()

    @_router.get(
        "/users/me",
        status_code=200,
        response_model=User,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getCurrentUser",
        name="users.me",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_me() -> User:
        """GET /users/me: Get current user"""
        return _service.me()

    @_router.post(
        "/users/update",
        status_code=200,
        response_model=User,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="updateCurrentUser",
        name="users.update",
        dependencies=[
            Depends(_require((("bearerAuth",),))),
            Depends(_validate("updateCurrentUser")),
        ],
    )
    def op_update(
        body: Annotated[UpdateUserRequest, Body()],
    ) -> User:
        """POST /users/update: Update user settings"""
        return _service.update(body)

    return _router
