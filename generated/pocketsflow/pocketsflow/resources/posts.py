"""Newsletter content (Posts & Subscribers). Only `POST /newsletters/send` is documented."""

from __future__ import annotations

from typing import Any, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_post_request import CreatePostRequest
from ..types.message_response import MessageResponse
from ..types.post import Post
from ..types.send_email_request import SendEmailRequest
from ..types.send_email_response import SendEmailResponse

__all__ = [
    "AsyncPostsResource",
    "AsyncPostsResourceWithRawResponse",
    "PostsResource",
    "PostsResourceWithRawResponse",
]


class PostsResource(SyncResource):
    """Newsletter content (Posts & Subscribers). Only `POST /newsletters/send` is documented."""

    __slots__ = ()

    @overload
    def send_email(
        self,
        *,
        to: str | list[str],
        subject: str,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        from_name: str | NotGiven = NOT_GIVEN,
        reply_to: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SendEmailResponse: ...

    @overload
    def send_email(
        self,
        *,
        body: SendEmailRequest,
        **options: Unpack[CallOptions],
    ) -> SendEmailResponse: ...

    def send_email(
        self,
        *,
        body: SendEmailRequest | NotGiven = NOT_GIVEN,
        to: str | list[str] | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        from_name: str | NotGiven = NOT_GIVEN,
        reply_to: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SendEmailResponse:
        """Send email.

        Send an email to up to 100 recipients in one request, with your newsletter sender name, reply-to, footer, physical address and unsubscribe link. Each send is recorded as a sent post (`source: api`). Requires a verified sender (Newsletters → Settings); otherwise 403 `EMAIL_SENDER_NOT_VERIFIED`.

        Args:
            to: A recipient email address, or an array of 1–100 addresses.
            subject: Email subject line.
            html: HTML body of the email. Required unless `text` is provided.
            text: Plain-text body. If `html` is omitted, a simple HTML body is generated from it.
            from_name: Sender display name. Defaults to your newsletter settings' default from name.
            reply_to: Reply-to address. Defaults to your configured reply-to (or sender) email.
            preview: Inbox preview text.
            body: the whole request body as a ``SendEmailRequest`` instead of the arguments above

        ``POST /newsletters/send``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/newsletters/send",
                body=_merge_body(
                    body,
                    {
                        "to": to,
                        "subject": subject,
                        "html": html,
                        "text": text,
                        "fromName": from_name,
                        "replyTo": reply_to,
                        "preview": preview,
                    },
                    ("to", "subject"),
                ),
                **options,
            ),
            cast_to=SendEmailResponse,
        )

    @overload
    def create(
        self,
        *,
        subject: str,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Post: ...

    @overload
    def create(
        self,
        *,
        body: CreatePostRequest,
        **options: Unpack[CallOptions],
    ) -> Post: ...

    def create(
        self,
        *,
        body: CreatePostRequest | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Post:
        """Create a post.

        UNDOCUMENTED path, guessed from 'Create newsletter content'.

        Args:
            body: the whole request body as a ``CreatePostRequest`` instead of the arguments above

        ``POST /posts``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/posts",
                body=_merge_body(
                    body,
                    {"subject": subject, "html": html, "text": text, "preview": preview},
                    ("subject",),
                ),
                **options,
            ),
            cast_to=Post,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a post.

        UNDOCUMENTED path.

        Args:
            id: Post ID.

        ``DELETE /posts/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/posts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Post:
        """Get a post.

        UNDOCUMENTED path.

        Args:
            id: Post ID.

        ``GET /posts/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/posts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Post,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Post]:
        """List posts.

        UNDOCUMENTED path, guessed from the 'Posts & Subscribers' coverage area.

        ``GET /posts``"""
        return _cast(
            list[Post],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/posts",
                    **options,
                ),
                cast_to=_cast(Any, list[Post]),
            ),
        )


class AsyncPostsResource(AsyncResource):
    """Newsletter content (Posts & Subscribers). Only `POST /newsletters/send` is documented."""

    __slots__ = ()

    @overload
    async def send_email(
        self,
        *,
        to: str | list[str],
        subject: str,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        from_name: str | NotGiven = NOT_GIVEN,
        reply_to: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SendEmailResponse: ...

    @overload
    async def send_email(
        self,
        *,
        body: SendEmailRequest,
        **options: Unpack[CallOptions],
    ) -> SendEmailResponse: ...

    async def send_email(
        self,
        *,
        body: SendEmailRequest | NotGiven = NOT_GIVEN,
        to: str | list[str] | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        from_name: str | NotGiven = NOT_GIVEN,
        reply_to: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SendEmailResponse:
        """Send email.

        Send an email to up to 100 recipients in one request, with your newsletter sender name, reply-to, footer, physical address and unsubscribe link. Each send is recorded as a sent post (`source: api`). Requires a verified sender (Newsletters → Settings); otherwise 403 `EMAIL_SENDER_NOT_VERIFIED`.

        Args:
            to: A recipient email address, or an array of 1–100 addresses.
            subject: Email subject line.
            html: HTML body of the email. Required unless `text` is provided.
            text: Plain-text body. If `html` is omitted, a simple HTML body is generated from it.
            from_name: Sender display name. Defaults to your newsletter settings' default from name.
            reply_to: Reply-to address. Defaults to your configured reply-to (or sender) email.
            preview: Inbox preview text.
            body: the whole request body as a ``SendEmailRequest`` instead of the arguments above

        ``POST /newsletters/send``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/newsletters/send",
                body=_merge_body(
                    body,
                    {
                        "to": to,
                        "subject": subject,
                        "html": html,
                        "text": text,
                        "fromName": from_name,
                        "replyTo": reply_to,
                        "preview": preview,
                    },
                    ("to", "subject"),
                ),
                **options,
            ),
            cast_to=SendEmailResponse,
        )

    @overload
    async def create(
        self,
        *,
        subject: str,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Post: ...

    @overload
    async def create(
        self,
        *,
        body: CreatePostRequest,
        **options: Unpack[CallOptions],
    ) -> Post: ...

    async def create(
        self,
        *,
        body: CreatePostRequest | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        html: str | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        preview: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Post:
        """Create a post.

        UNDOCUMENTED path, guessed from 'Create newsletter content'.

        Args:
            body: the whole request body as a ``CreatePostRequest`` instead of the arguments above

        ``POST /posts``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/posts",
                body=_merge_body(
                    body,
                    {"subject": subject, "html": html, "text": text, "preview": preview},
                    ("subject",),
                ),
                **options,
            ),
            cast_to=Post,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a post.

        UNDOCUMENTED path.

        Args:
            id: Post ID.

        ``DELETE /posts/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/posts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Post:
        """Get a post.

        UNDOCUMENTED path.

        Args:
            id: Post ID.

        ``GET /posts/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/posts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Post,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Post]:
        """List posts.

        UNDOCUMENTED path, guessed from the 'Posts & Subscribers' coverage area.

        ``GET /posts``"""
        return _cast(
            list[Post],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/posts",
                    **options,
                ),
                cast_to=_cast(Any, list[Post]),
            ),
        )


class PostsResourceWithRawResponse:
    """The operations of ``PostsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: PostsResource) -> None:
        self.send_email = to_raw_response_wrapper(resource.send_email)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPostsResourceWithRawResponse:
    """The operations of ``AsyncPostsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncPostsResource) -> None:
        self.send_email = async_to_raw_response_wrapper(resource.send_email)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
