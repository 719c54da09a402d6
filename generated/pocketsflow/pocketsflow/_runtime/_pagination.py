"""Page objects for paginated list operations (sync and async).

The generated code passes a frozen :class:`Pagination` descriptor per operation, e.g. for
Pocketsflow orders (body ``{orders: [...], pagination: {totalCount, totalPages, hasMore}}``)::

    Pagination(style="page", items_path=("orders",), page_param="page", size_param="pageSize",
               total_path=("pagination", "totalCount"),
               total_pages_path=("pagination", "totalPages"),
               has_more_path=("pagination", "hasMore"))

Styles: ``page`` (page number + size), ``offset`` (offset + limit), ``cursor`` (next cursor read
from ``next_cursor_path`` and sent as ``cursor_param``) and ``link`` (``Link: <url>; rel="next"``).
The current page number/offset/size are read back from the request actually sent, so they work
however the caller passed them.

``for item in page`` (``async for`` on async pages) walks every item of this and the following
pages lazily; ``page.items`` is just this page; ``iter_pages()`` yields pages.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from ._exceptions import APIResponseValidationError, ErrorClasses
from ._response import adapter_for

if TYPE_CHECKING:
    from ._client import AsyncAPIClient, RequestOptions, SyncAPIClient

__all__ = ["AsyncPage", "AsyncPaginator", "BasePage", "Pagination", "SyncPage"]

_T = TypeVar("_T")

Path = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pagination:
    """How one list operation pages (see module docstring)."""

    style: Literal["page", "offset", "cursor", "link"]
    items_path: Path = ()
    page_param: str = "page"
    size_param: str | None = None
    offset_param: str = "offset"
    limit_param: str | None = "limit"
    cursor_param: str = "cursor"
    next_cursor_path: Path = ()
    total_path: Path | None = None
    total_pages_path: Path | None = None
    has_more_path: Path | None = None
    first_page: int = 1


_MISSING: Any = object()


def _dig(data: Any, path: Path | None) -> Any:
    if path is None:
        return _MISSING
    for key in path:
        if not isinstance(data, Mapping) or key not in data:
            return _MISSING
        data = data[key]
    return data


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value is _MISSING or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class BasePage(Generic[_T]):
    """State and next-page logic shared by sync and async pages."""

    items: list[_T]
    body: Any
    http_response: httpx.Response

    def __init__(
        self,
        *,
        items: list[_T],
        body: Any,
        response: httpx.Response,
        options: RequestOptions,
        pagination: Pagination,
        item_type: Any,
        model_type: Any,
    ) -> None:
        self.items = items
        self.body = body
        self.http_response = response
        self._options = options
        self._pagination = pagination
        self._item_type = item_type
        self._model_type = model_type
        self._model: Any = _MISSING

    @classmethod
    def _decode(
        cls,
        response: httpx.Response,
        pagination: Pagination,
        item_type: Any,
        errors: ErrorClasses,
    ) -> tuple[list[Any], Any]:
        """(items, body) from a response, raising APIResponseValidationError on a bad shape."""
        try:
            body = json.loads(response.content) if response.content else None
            raw_items = _dig(body, pagination.items_path) if pagination.items_path else body
            if raw_items is _MISSING or raw_items is None:
                raw_items = []
            items = adapter_for(list[item_type]).validate_python(raw_items)
        except ValueError as exc:
            raise errors.get(APIResponseValidationError)(
                f"List response for {response.request.url.path} is not a valid page: {exc}",
                response=response,
                body=response.text,
            ) from exc
        return items, body

    # -- metadata -----------------------------------------------------------------------
    @property
    def meta(self) -> dict[str, Any]:
        """The body without the items (e.g. ``{"pagination": {...}}``); ``{}`` for bare lists."""
        if not isinstance(self.body, Mapping):
            return {}
        path = self._pagination.items_path
        if len(path) == 1:
            return {k: v for k, v in self.body.items() if k != path[0]}
        return dict(self.body)

    @property
    def model(self) -> Any:
        """The whole body parsed into the operation's response model (lazily), or None."""
        if self._model is _MISSING:
            self._model = (
                None
                if self._model_type is None
                else adapter_for(self._model_type).validate_python(self.body)
            )
        return self._model

    @property
    def total(self) -> int | None:
        return _int(_dig(self.body, self._pagination.total_path))

    def _param(self, name: str | None) -> int | None:
        if name is None:
            return None
        return _int(self.http_response.request.url.params.get(name))

    def _current_page(self) -> int:
        found = self._param(self._pagination.page_param)
        return self._pagination.first_page if found is None else found

    def _next_cursor(self) -> str | None:
        value = _dig(self.body, self._pagination.next_cursor_path)
        if value is _MISSING or value is None or value == "":
            return None
        return str(value)

    def _next_link(self) -> str | None:
        link = self.http_response.links.get("next", {}).get("url")
        if not link:
            return None
        return str(self.http_response.request.url.join(link))

    def has_next_page(self) -> bool:
        p = self._pagination
        has_more = _dig(self.body, p.has_more_path)
        if p.style == "link":
            link = self._next_link()
            return link is not None and link != str(self.http_response.request.url)
        if has_more is not _MISSING and has_more is not None and not has_more:
            return False
        if p.style == "cursor":
            cursor = self._next_cursor()
            sent = self.http_response.request.url.params.get(p.cursor_param)
            return bool(self.items) and cursor is not None and cursor != sent
        if not self.items:
            return False
        if has_more is not _MISSING and has_more is not None:
            return bool(has_more)
        total = self.total
        if p.style == "page":
            current = self._current_page()
            total_pages = _int(_dig(self.body, p.total_pages_path))
            if total_pages is not None:
                return current - p.first_page + 1 < total_pages
            size = self._param(p.size_param)
            if total is not None and size:
                return (current - p.first_page + 1) * size < total
            return size is None or len(self.items) >= size
        offset = self._param(p.offset_param) or 0
        if total is not None:
            return offset + len(self.items) < total
        limit = self._param(p.limit_param)
        return limit is None or len(self.items) >= limit

    def next_page_options(self) -> RequestOptions | None:
        """Options for the next request, or None on the last page."""
        if not self.has_next_page():
            return None
        p = self._pagination
        options = self._options
        extra = dict(options.extra_query or {})
        if p.style == "link":
            link = self._next_link()
            return dataclasses.replace(
                options, path=str(link), path_params=None, query=None, extra_query=None
            )
        if p.style == "page":
            extra[p.page_param] = self._current_page() + 1
        elif p.style == "offset":
            extra[p.offset_param] = (self._param(p.offset_param) or 0) + len(self.items)
        else:
            extra[p.cursor_param] = self._next_cursor()
        return dataclasses.replace(options, extra_query=extra)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} items={len(self.items)} "
            f"has_next_page={self.has_next_page()}>"
        )


class SyncPage(BasePage[_T]):
    """One page of a list; iterate it to walk all items across pages."""

    def __init__(self, *, client: SyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    def next_page(self) -> SyncPage[_T]:
        options = self.next_page_options()
        if options is None:
            raise RuntimeError("no more pages; check has_next_page() first")
        return self._client._fetch_page(
            options, self._pagination, self._item_type, self._model_type
        )

    def iter_pages(self) -> Iterator[SyncPage[_T]]:
        page: SyncPage[_T] = self
        while True:
            yield page
            options = page.next_page_options()
            if options is None:
                return
            previous = page
            page = page._client._fetch_page(
                options, page._pagination, page._item_type, page._model_type
            )
            if page.body == previous.body:
                return  # the server ignored the paging parameter; stop instead of looping

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(BasePage[_T]):
    """One page of a list; ``async for`` over it walks all items across pages."""

    def __init__(self, *, client: AsyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    async def next_page(self) -> AsyncPage[_T]:
        options = self.next_page_options()
        if options is None:
            raise RuntimeError("no more pages; check has_next_page() first")
        return await self._client._fetch_page(
            options, self._pagination, self._item_type, self._model_type
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_T]]:
        page: AsyncPage[_T] = self
        while True:
            yield page
            options = page.next_page_options()
            if options is None:
                return
            previous = page
            page = await page._client._fetch_page(
                options, page._pagination, page._item_type, page._model_type
            )
            if page.body == previous.body:
                return  # the server ignored the paging parameter; stop instead of looping

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[_T]):
    """What async list methods return: ``await`` it for the first page, or ``async for`` it."""

    def __init__(
        self,
        client: AsyncAPIClient,
        options: RequestOptions,
        pagination: Pagination,
        item_type: Any,
        model_type: Any,
    ) -> None:
        self._client = client
        self._args = (options, pagination, item_type, model_type)

    def __await__(self) -> Generator[Any, None, AsyncPage[_T]]:
        return self._client._fetch_page(*self._args).__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page: AsyncPage[_T] = await self
        async for item in page:
            yield item
