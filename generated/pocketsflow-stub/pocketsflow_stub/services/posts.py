"""The ``posts`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from .._runtime._state import Store as _Store
from ..types.create_post_request import CreatePostRequest
from ..types.message_response import MessageResponse
from ..types.post import Post
from ..types.send_email_request import SendEmailRequest
from ..types.send_email_response import SendEmailResponse

__all__ = ["PostsService", "StatefulPostsService"]

_ListPost: TypeAlias = list[Post]


class PostsService:
    """Operations of the ``posts`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'posts': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def send_email(self, body: SendEmailRequest) -> SendEmailResponse:
        """Send email

        Send an email to up to 100 recipients in one request, with your newsletter sender name, reply-to, footer, physical address and unsubscribe link. Each send is recorded as a sent post (`source: api`). Requires a verified sender (Newsletters → Settings); otherwise 403 `EMAIL_SENDER_NOT_VERIFIED`.

        ``POST /newsletters/send`` (operation ``sendEmail``)."""
        result: SendEmailResponse = _example("sendEmail", SendEmailResponse)
        return result

    def list(self) -> _ListPost:
        """List posts

        UNDOCUMENTED path, guessed from the 'Posts & Subscribers' coverage area.

        ``GET /posts`` (operation ``listPosts``)."""
        result: _ListPost = _example("listPosts", _ListPost)
        return result

    def create(self, body: CreatePostRequest) -> Post:
        """Create a post

        UNDOCUMENTED path, guessed from 'Create newsletter content'.

        ``POST /posts`` (operation ``createPost``)."""
        result: Post = _example("createPost", Post)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete a post

        UNDOCUMENTED path.

        ``DELETE /posts/{id}`` (operation ``deletePost``)."""
        result: MessageResponse = _example("deletePost", MessageResponse)
        return result

    def get(self, id: str) -> Post:
        """Get a post

        UNDOCUMENTED path.

        ``GET /posts/{id}`` (operation ``getPost``)."""
        result: Post = _example("getPost", Post)
        return result


class StatefulPostsService(PostsService):
    """``PostsService`` keeping created posts in memory (``create_app(stateful=True)`` / ``--stateful``).

    Objects are stored under their ``_id``; unknown ids answer 404."""

    def __init__(self, store: _Store | None = None) -> None:
        self._items = (store if store is not None else _Store()).collection(
            "posts",
            id_field="_id",
            id_type="str",
            items_path=(),
        )

    def create(self, body: CreatePostRequest) -> Post:
        """Create in memory (``POST /posts``)."""
        result: Post = self._items.create(body, "createPost", Post)
        return result

    def list(self) -> _ListPost:
        """List in memory (``GET /posts``)."""
        result: _ListPost = self._items.list("listPosts", _ListPost)
        return result

    def get(self, id: str) -> Post:
        """Get in memory (``GET /posts/{id}``)."""
        result: Post = self._items.get(id, "getPost", Post)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete in memory (``DELETE /posts/{id}``)."""
        result: MessageResponse = self._items.delete(id, "deletePost", MessageResponse)
        return result
