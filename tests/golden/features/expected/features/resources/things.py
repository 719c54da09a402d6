"""Things you can list, fetch, create and upload."""

from __future__ import annotations

import warnings as _warnings
from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, CallOptionsRenamedTimeout, SyncResource
from .._runtime._options import plain_options as _plain_options
from .._runtime._pagination import AsyncPaginator, Pagination, SyncPage
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, FileContent, FileTypes, NoneType, NotGiven
from ..types.color import Color
from ..types.list_things_filter import ListThingsFilter
from ..types.list_things_response import ListThingsResponse
from ..types.submit_form_request import SubmitFormRequest
from ..types.thing import Thing
from ..types.thing_create import ThingCreate
from ..types.upload_thing_photo_request import UploadThingPhotoRequest

__all__ = [
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
]

_LIST_EVENTS_PAGINATION = Pagination(style="link", items_path=())

_LIST_PAGINATION = Pagination(
    style="cursor",
    items_path=("data",),
    page_param="cursor",
    size_param="limit",
    next_cursor_path=("next_cursor",),
)


class ThingsResource(SyncResource):
    """Things you can list, fetch, create and upload."""

    __slots__ = ()

    def batch(
        self,
        *,
        body: list[ThingCreate],
        **options: Unpack[CallOptions],
    ) -> list[Thing]:
        """``POST /batch``"""
        return _cast(
            list[Thing],
            self._client.request(
                RequestOptions(
                    "POST",
                    "/batch",
                    body=body,
                    idempotency_header="Idempotency-Key",
                    **options,
                ),
                cast_to=_cast(Any, list[Thing]),
            ),
        )

    def list_events(
        self,
        **options: Unpack[CallOptions],
    ) -> SyncPage[dict[str, Any]]:
        """Link-header pagination.

        ``GET /events``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/events",
                **options,
            ),
            pagination=_LIST_EVENTS_PAGINATION,
            item_type=_cast(Any, dict[str, Any]),
        )

    @overload
    def submit_form(
        self,
        *,
        name: str,
        count: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[str]: ...

    @overload
    def submit_form(
        self,
        *,
        body: SubmitFormRequest,
        **options: Unpack[CallOptions],
    ) -> list[str]: ...

    def submit_form(
        self,
        *,
        body: SubmitFormRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[str]:
        """Args:
            body: the whole request body as a ``SubmitFormRequest`` instead of the arguments above

        ``POST /forms``"""
        return _cast(
            list[str],
            self._client.request(
                RequestOptions(
                    "POST",
                    "/forms",
                    body=_merge_body(body, {"name": name, "count": count}, ("name",)),
                    body_type="form",
                    idempotency_header="Idempotency-Key",
                    **options,
                ),
                cast_to=_cast(Any, list[str]),
            ),
        )

    def create_note(
        self,
        *,
        body: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST /notes``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/notes",
                body=body,
                body_type="text",
                content_type="text/plain",
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=str,
        )

    @overload
    def create(
        self,
        *,
        name: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green", "light-blue"] | NotGiven = NOT_GIVEN,
        size: int | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Thing: ...

    @overload
    def create(
        self,
        *,
        body: ThingCreate,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Thing: ...

    def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        body: ThingCreate | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green", "light-blue"] | NotGiven = NOT_GIVEN,
        size: int | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Thing:
        """Create a thing.

        Args:
            name: Display name; "quotes" and \\backslashes\\ are fine.
            class_: A keyword as a property name.
            timeout: A per-call option name as a body field.
            body: the whole request body as a ``ThingCreate`` instead of the arguments above
            request_timeout: the call option ``timeout`` (renamed: this operation has a ``timeout`` parameter of its own)

        ``POST /things``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/things",
                headers={"Idempotency-Key": idempotency_key},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "color": color,
                        "size": size,
                        "class": class_,
                        "timeout": timeout,
                    },
                    ("name",),
                ),
                idempotency_header="Idempotency-Key",
                **_plain_options(options),
            ),
            cast_to=Thing,
        )

    def delete(
        self,
        thing_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Deprecated: this operation may be removed in a future version of the API.

        ``DELETE /things/{thing_id}``"""
        _warnings.warn(
            "things.delete() is deprecated (DELETE /things/{thing_id})",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/things/{thing_id}",
                path_params={"thing_id": thing_id},
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=NoneType,
        )

    def get(
        self,
        thing_id: str,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """``GET /things/{thing_id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/things/{thing_id}",
                path_params={"thing_id": thing_id},
                **options,
            ),
            cast_to=Thing,
        )

    def download_photo(
        self,
        thing_id: str,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """``GET /things/{thing_id}/photo``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/things/{thing_id}/photo",
                path_params={"thing_id": thing_id},
                **options,
            ),
            cast_to=bytes,
        )

    @overload
    def upload_photo(
        self,
        thing_id: str,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    @overload
    def upload_photo(
        self,
        thing_id: str,
        *,
        body: UploadThingPhotoRequest,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    def upload_photo(
        self,
        thing_id: str,
        *,
        body: UploadThingPhotoRequest | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """Args:
            body: the whole request body as a ``UploadThingPhotoRequest`` instead of the arguments above

        ``PUT /things/{thing_id}/photo``"""
        return self._client.request(
            RequestOptions(
                "PUT",
                "/things/{thing_id}/photo",
                path_params={"thing_id": thing_id},
                body=_merge_body(body, {"file": file, "caption": caption}, ("file",)),
                body_type="multipart",
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=Thing,
        )

    def replace_raw(
        self,
        thing_id: str,
        *,
        body: FileContent | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST /things/{thing_id}/raw``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/things/{thing_id}/raw",
                path_params={"thing_id": thing_id},
                body=body,
                body_type="binary",
                content_type="application/octet-stream",
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: list[str] | NotGiven = NOT_GIVEN,
        colors: list[Color | Literal["red", "green", "light-blue"]] | NotGiven = NOT_GIVEN,
        filter: ListThingsFilter | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        words: list[str] | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Thing]:
        """List things (cursor pagination).

        Args:
            ids: Comma separated (form, explode false).
            colors: Repeated keys (form, explode true) of an enum.

        ``GET /things``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/things",
                query=[
                    QueryParam("cursor", cursor),
                    QueryParam("limit", limit),
                    QueryParam("ids", ids, "form", False),
                    QueryParam("colors", colors),
                    QueryParam("filter", filter, "deepObject", True),
                    QueryParam("tags", tags, "pipeDelimited", False),
                    QueryParam("words", words, "spaceDelimited", False),
                ],
                headers={"X-Trace-Id": x_trace_id},
                cookies={"session": session},
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=Thing,
            model_type=ListThingsResponse,
        )


class AsyncThingsResource(AsyncResource):
    """Things you can list, fetch, create and upload."""

    __slots__ = ()

    async def batch(
        self,
        *,
        body: list[ThingCreate],
        **options: Unpack[CallOptions],
    ) -> list[Thing]:
        """``POST /batch``"""
        return _cast(
            list[Thing],
            await self._client.request(
                RequestOptions(
                    "POST",
                    "/batch",
                    body=body,
                    idempotency_header="Idempotency-Key",
                    **options,
                ),
                cast_to=_cast(Any, list[Thing]),
            ),
        )

    def list_events(
        self,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[dict[str, Any]]:
        """Link-header pagination.

        ``GET /events``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/events",
                **options,
            ),
            pagination=_LIST_EVENTS_PAGINATION,
            item_type=_cast(Any, dict[str, Any]),
        )

    @overload
    async def submit_form(
        self,
        *,
        name: str,
        count: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[str]: ...

    @overload
    async def submit_form(
        self,
        *,
        body: SubmitFormRequest,
        **options: Unpack[CallOptions],
    ) -> list[str]: ...

    async def submit_form(
        self,
        *,
        body: SubmitFormRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[str]:
        """Args:
            body: the whole request body as a ``SubmitFormRequest`` instead of the arguments above

        ``POST /forms``"""
        return _cast(
            list[str],
            await self._client.request(
                RequestOptions(
                    "POST",
                    "/forms",
                    body=_merge_body(body, {"name": name, "count": count}, ("name",)),
                    body_type="form",
                    idempotency_header="Idempotency-Key",
                    **options,
                ),
                cast_to=_cast(Any, list[str]),
            ),
        )

    async def create_note(
        self,
        *,
        body: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST /notes``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/notes",
                body=body,
                body_type="text",
                content_type="text/plain",
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=str,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green", "light-blue"] | NotGiven = NOT_GIVEN,
        size: int | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Thing: ...

    @overload
    async def create(
        self,
        *,
        body: ThingCreate,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Thing: ...

    async def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        body: ThingCreate | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green", "light-blue"] | NotGiven = NOT_GIVEN,
        size: int | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Thing:
        """Create a thing.

        Args:
            name: Display name; "quotes" and \\backslashes\\ are fine.
            class_: A keyword as a property name.
            timeout: A per-call option name as a body field.
            body: the whole request body as a ``ThingCreate`` instead of the arguments above
            request_timeout: the call option ``timeout`` (renamed: this operation has a ``timeout`` parameter of its own)

        ``POST /things``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/things",
                headers={"Idempotency-Key": idempotency_key},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "color": color,
                        "size": size,
                        "class": class_,
                        "timeout": timeout,
                    },
                    ("name",),
                ),
                idempotency_header="Idempotency-Key",
                **_plain_options(options),
            ),
            cast_to=Thing,
        )

    async def delete(
        self,
        thing_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Deprecated: this operation may be removed in a future version of the API.

        ``DELETE /things/{thing_id}``"""
        _warnings.warn(
            "things.delete() is deprecated (DELETE /things/{thing_id})",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/things/{thing_id}",
                path_params={"thing_id": thing_id},
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=NoneType,
        )

    async def get(
        self,
        thing_id: str,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """``GET /things/{thing_id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/things/{thing_id}",
                path_params={"thing_id": thing_id},
                **options,
            ),
            cast_to=Thing,
        )

    async def download_photo(
        self,
        thing_id: str,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """``GET /things/{thing_id}/photo``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/things/{thing_id}/photo",
                path_params={"thing_id": thing_id},
                **options,
            ),
            cast_to=bytes,
        )

    @overload
    async def upload_photo(
        self,
        thing_id: str,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    @overload
    async def upload_photo(
        self,
        thing_id: str,
        *,
        body: UploadThingPhotoRequest,
        **options: Unpack[CallOptions],
    ) -> Thing: ...

    async def upload_photo(
        self,
        thing_id: str,
        *,
        body: UploadThingPhotoRequest | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Thing:
        """Args:
            body: the whole request body as a ``UploadThingPhotoRequest`` instead of the arguments above

        ``PUT /things/{thing_id}/photo``"""
        return await self._client.request(
            RequestOptions(
                "PUT",
                "/things/{thing_id}/photo",
                path_params={"thing_id": thing_id},
                body=_merge_body(body, {"file": file, "caption": caption}, ("file",)),
                body_type="multipart",
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=Thing,
        )

    async def replace_raw(
        self,
        thing_id: str,
        *,
        body: FileContent | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST /things/{thing_id}/raw``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/things/{thing_id}/raw",
                path_params={"thing_id": thing_id},
                body=body,
                body_type="binary",
                content_type="application/octet-stream",
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=NoneType,
        )

    def list(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: list[str] | NotGiven = NOT_GIVEN,
        colors: list[Color | Literal["red", "green", "light-blue"]] | NotGiven = NOT_GIVEN,
        filter: ListThingsFilter | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        words: list[str] | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Thing]:
        """List things (cursor pagination).

        Args:
            ids: Comma separated (form, explode false).
            colors: Repeated keys (form, explode true) of an enum.

        ``GET /things``"""
        return self._client.request_page(
            RequestOptions(
                "GET",
                "/things",
                query=[
                    QueryParam("cursor", cursor),
                    QueryParam("limit", limit),
                    QueryParam("ids", ids, "form", False),
                    QueryParam("colors", colors),
                    QueryParam("filter", filter, "deepObject", True),
                    QueryParam("tags", tags, "pipeDelimited", False),
                    QueryParam("words", words, "spaceDelimited", False),
                ],
                headers={"X-Trace-Id": x_trace_id},
                cookies={"session": session},
                **options,
            ),
            pagination=_LIST_PAGINATION,
            item_type=Thing,
            model_type=ListThingsResponse,
        )


class ThingsResourceWithRawResponse:
    """The operations of ``ThingsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ThingsResource) -> None:
        self.batch = to_raw_response_wrapper(resource.batch)
        self.list_events = to_raw_response_wrapper(resource.list_events)
        self.submit_form = to_raw_response_wrapper(resource.submit_form)
        self.create_note = to_raw_response_wrapper(resource.create_note)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.download_photo = to_raw_response_wrapper(resource.download_photo)
        self.upload_photo = to_raw_response_wrapper(resource.upload_photo)
        self.replace_raw = to_raw_response_wrapper(resource.replace_raw)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncThingsResourceWithRawResponse:
    """The operations of ``AsyncThingsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.batch = async_to_raw_response_wrapper(resource.batch)
        self.list_events = async_to_raw_response_wrapper(resource.list_events)
        self.submit_form = async_to_raw_response_wrapper(resource.submit_form)
        self.create_note = async_to_raw_response_wrapper(resource.create_note)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.download_photo = async_to_raw_response_wrapper(resource.download_photo)
        self.upload_photo = async_to_raw_response_wrapper(resource.upload_photo)
        self.replace_raw = async_to_raw_response_wrapper(resource.replace_raw)
        self.list = async_to_raw_response_wrapper(resource.list)
