"""Response parsing (content negotiation + cached TypeAdapters) and the raw-response wrapper.

``parse_response`` picks the declared type for the status (exact code, then ``2XX``, then
``default``, then the operation's ``cast_to``) and decodes by Content-Type: JSON bodies are
validated straight from bytes by a ``TypeAdapter`` built once per type; ``str`` gets the text,
``bytes`` the content, ``httpx.Response`` the response itself, and 204 or an empty body gives
``None``. A body that does not match its schema raises ``APIResponseValidationError``.

Raw access: ``to_raw_response_wrapper(method)`` returns a function with the same parameters that
returns ``APIResponse[T]`` instead of ``T``. It sets a context variable that the client reads at
the start of ``request``; generated resources need no extra code beyond wrapping each method.
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx
import pydantic
from typing_extensions import ParamSpec

from ._exceptions import APIResponseValidationError, ErrorClasses

__all__ = [
    "APIResponse",
    "adapter_for",
    "async_to_raw_response_wrapper",
    "parse_error_body",
    "parse_response",
    "to_raw_response_wrapper",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")

_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}
_NONE_TYPES: tuple[object, ...] = (None, type(None))

RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "_runtime_raw_response", default=False
)


def adapter_for(tp: Any) -> pydantic.TypeAdapter[Any]:
    """A TypeAdapter for ``tp``, built once and reused (schema building is the slow part)."""
    try:
        return _ADAPTERS[tp]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(tp)
        _ADAPTERS[tp] = adapter
        return adapter
    except TypeError:  # unhashable type expression
        return pydantic.TypeAdapter(tp)


def is_json_content_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _pick(status: int, cast_to: Any, response_types: Mapping[int | str, Any] | None) -> Any:
    if not response_types:
        return cast_to
    for key in (status, str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in response_types:
            return response_types[key]
    return cast_to


def parse_response(
    response: httpx.Response,
    cast_to: Any,
    *,
    response_types: Mapping[int | str, Any] | None = None,
    errors: ErrorClasses,
) -> Any:
    target = _pick(response.status_code, cast_to, response_types)
    if target is httpx.Response:
        return response
    if target in _NONE_TYPES or response.status_code == 204:
        return None
    content = response.content
    if target is bytes:
        return content
    if not content:
        return None
    content_type = response.headers.get("content-type", "")
    if target is str and not is_json_content_type(content_type):
        return response.text
    try:
        if target is object or target is Any:
            if is_json_content_type(content_type):
                return json.loads(content)
            return response.text
        if is_json_content_type(content_type) or not content_type:
            return adapter_for(target).validate_json(content)
        # Non-JSON media type with a structured target: try JSON first (many servers send
        # text/plain JSON), then validate the text itself (e.g. a str-compatible union).
        try:
            return adapter_for(target).validate_json(content)
        except pydantic.ValidationError:
            return adapter_for(target).validate_python(response.text)
    except (pydantic.ValidationError, ValueError) as exc:
        cls = errors.get(APIResponseValidationError)
        raise cls(
            f"Response body for {response.request.method} {response.request.url.path} does not "
            f"match the declared type: {_short(exc)}",
            response=response,
            body=_loose_body(response),
        ) from exc


def _short(exc: Exception) -> str:
    if isinstance(exc, pydantic.ValidationError):
        errors = exc.errors(include_url=False, include_input=False)
        first = errors[0] if errors else {"loc": (), "msg": str(exc)}
        where = ".".join(str(p) for p in first["loc"]) or "body"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{where}: {first['msg']}{more}"
    return str(exc)


def _loose_body(response: httpx.Response) -> object:
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def parse_error_body(response: httpx.Response, error_type: Any | None) -> object:
    """Error model instance when declared and valid, else decoded JSON, else text, else None."""
    if not response.content:
        return None
    data = _loose_body(response)
    if error_type is not None and not isinstance(data, str):
        try:
            return adapter_for(error_type).validate_python(data)
        except pydantic.ValidationError:
            return data
    return data


class APIResponse(Generic[_T]):
    """A response returned by ``with_raw_response`` calls; ``parse()`` gives the usual value."""

    __slots__ = ("_done", "_parsed", "_parser", "http_response")

    def __init__(self, http_response: httpx.Response, parser: Callable[[], _T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: _T | None = None
        self._done = False

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    @property
    def request_id(self) -> str | None:
        from ._exceptions import _request_id

        return _request_id(self.http_response.headers)

    def parse(self) -> _T:
        if not self._done:
            self._parsed = self._parser()
            self._done = True
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


def to_raw_response_wrapper(func: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    """Wrap a generated sync method so it returns ``APIResponse[T]``."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        token = RAW_RESPONSE.set(True)
        try:
            return func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    """Wrap a generated async method (or one returning an awaitable paginator)."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        token = RAW_RESPONSE.set(True)
        try:
            return await func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped
