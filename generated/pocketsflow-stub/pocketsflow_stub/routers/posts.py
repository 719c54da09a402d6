"""Routes of the ``posts`` resource, delegating to ``PostsService``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from .._runtime._security import require as _require
from .._runtime._validate import request_validator as _validate
from ..services.posts import PostsService
from ..types.create_post_request import CreatePostRequest
from ..types.message_response import MessageResponse
from ..types.post import Post
from ..types.send_email_request import SendEmailRequest
from ..types.send_email_response import SendEmailResponse

__all__ = ["build_router"]


def build_router(_service: PostsService) -> APIRouter:
    """An ``APIRouter`` serving every ``posts`` operation with ``_service``."""
    _router = APIRouter()

    @_router.post(
        "/newsletters/send",
        status_code=200,
        response_model=SendEmailResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="sendEmail",
        name="posts.send_email",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("sendEmail"))],
    )
    def op_send_email(
        body: Annotated[SendEmailRequest, Body()],
    ) -> SendEmailResponse:
        """POST /newsletters/send: Send email"""
        return _service.send_email(body)

    @_router.get(
        "/posts",
        status_code=200,
        response_model=list[Post],
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="listPosts",
        name="posts.list",
        dependencies=[Depends(_require((("bearerAuth",),)))],
    )
    def op_list() -> list[Post]:
        """GET /posts: List posts"""
        return _service.list()

    @_router.post(
        "/posts",
        status_code=201,
        response_model=Post,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="createPost",
        name="posts.create",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("createPost"))],
    )
    def op_create(
        body: Annotated[CreatePostRequest, Body()],
    ) -> Post:
        """POST /posts: Create a post"""
        return _service.create(body)

    @_router.delete(
        "/posts/{id}",
        status_code=200,
        response_model=MessageResponse,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="deletePost",
        name="posts.delete",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("deletePost"))],
    )
    def op_delete(
        id: Annotated[str, Path()],
    ) -> MessageResponse:
        """DELETE /posts/{id}: Delete a post"""
        return _service.delete(id)

    @_router.get(
        "/posts/{id}",
        status_code=200,
        response_model=Post,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        operation_id="getPost",
        name="posts.get",
        dependencies=[Depends(_require((("bearerAuth",),))), Depends(_validate("getPost"))],
    )
    def op_get(
        id: Annotated[str, Path()],
    ) -> Post:
        """GET /posts/{id}: Get a post"""
        return _service.get(id)

    return _router
