"""``SyncAPIClient`` / ``AsyncAPIClient``: the base classes generated clients subclass.

A generated client only sets class attributes and adds resources::

    class Pocketsflow(SyncAPIClient):
        _default_base_url = "https://api.pocketsflow.com"
        _env_base_url = "POCKETSFLOW_BASE_URL"
        _env_api_key = "POCKETSFLOW_API_KEY"
        _api_key_scheme = "bearerAuth"           # the scheme ``api_key=`` fills
        _security_schemes = {"bearerAuth": BearerAuth()}
        _default_security = (("bearerAuth",),)  # the spec's top-level ``security``
        _error_classes = ERROR_CLASSES          # see _exceptions.py
        _error_type = Error                     # default error body model (optional; or override
                                                # ``_default_error_type`` to import it on first use)
        _logger_name = "pocketsflow"
        _user_agent = "pocketsflow-python/1.0.0"

and generated methods are thin calls::

    def retrieve(self, id: str, *, extra_headers=None, extra_query=None, extra_body=None,
                 timeout=NOT_GIVEN, max_retries=NOT_GIVEN) -> Order:
        return self._client.request(
            RequestOptions("GET", "/orders/{id}", path_params={"id": id},
                           extra_headers=extra_headers, extra_query=extra_query,
                           extra_body=extra_body, timeout=timeout, max_retries=max_retries),
            cast_to=Order,
        )

Missing credentials: checked lazily, when an operation that needs them is first called
(``MissingCredentialsError`` names the argument and environment variable), so public operations
and webhook helpers work without a key. A generated client whose every operation needs auth sets
``_credentials_required_at_init = True`` to fail at construction instead.

Header precedence (later wins): ``Accept``/``User-Agent`` < ``default_headers`` < operation
headers < credentials < idempotency key < ``extra_headers`` (a ``None`` value removes a header).
Query precedence: ``default_query`` < operation query < ``extra_query``.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import os
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Literal, TypeAlias, TypeVar, cast

import httpx
import pydantic
from typing_extensions import Self

from ._auth import (
    AuthParts,
    Credential,
    OAuth2ClientCredentials,
    SecurityRequirement,
    SecurityScheme,
    TokenCache,
    apply_credentials,
    describe_missing,
    parse_token,
    select_credentials,
    sensitive_names,
    token_request,
)
from ._body import EncodedBody, encode_body
from ._exceptions import (
    DEFAULT_ERROR_CLASSES,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientError,
    ErrorClasses,
    MissingCredentialsError,
    error_message,
)
from ._pagination import AsyncPage, AsyncPaginator, Pagination, SyncPage
from ._params import (
    QueryInput,
    QueryParam,
    encode_cookies,
    encode_headers,
    encode_path,
    encode_query,
)
from ._response import RAW_RESPONSE, APIResponse, parse_error_body, parse_response
from ._retry import DEFAULT_MAX_RETRIES, retry_delay, should_retry_status
from ._types import NOT_GIVEN, BodyType, NotGiven
from ._webhooks import DEFAULT_SIGNATURE_HEADER, UnknownEvent, unwrap, verify_signature

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "ClientHooks",
    "RequestOptions",
    "SyncAPIClient",
]

_T = TypeVar("_T")
_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_NO_IDEMPOTENCY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_REDACTED = "<redacted>"

TimeoutArg: TypeAlias = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Everything one operation call sends; built by generated methods, encoded by the client.

    ``path`` is a template (``/orders/{id}``) filled from ``path_params`` (each value fully
    percent-encoded) or an absolute URL. ``security`` is the operation's requirement
    (``NOT_GIVEN`` = the client's default, ``()`` = send no credentials). ``error_types`` maps a
    status (``404``, ``"4XX"``, ``"default"``) to the error body model.
    """

    method: str
    path: str
    path_params: Mapping[str, object] | None = None
    query: QueryInput = None
    headers: Mapping[str, object] | None = None
    cookies: Mapping[str, object] | None = None
    body: object = NOT_GIVEN
    body_type: BodyType | None = None
    content_type: str | None = None
    security: SecurityRequirement | NotGiven = NOT_GIVEN
    idempotency_header: str | None = None
    error_types: Mapping[int | str, Any] | None = None
    extra_headers: Mapping[str, str | None] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: TimeoutArg | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


RequestHook: TypeAlias = Callable[[httpx.Request], object]
ResponseHook: TypeAlias = Callable[[httpx.Response], object]


@dataclass(frozen=True, slots=True)
class ClientHooks:
    """Callables run once per attempt (retries included): ``request`` hooks after the request is built
    (credentials applied; they may add headers), ``response`` hooks when a response arrives (before retry and
    error handling). On the async client a hook may also return an awaitable, which is awaited."""

    request: tuple[RequestHook, ...] = ()
    response: tuple[ResponseHook, ...] = ()


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A logical call after encoding: identical for every attempt except credentials."""

    method: str
    url: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    removed_headers: frozenset[str]
    extra_headers: dict[str, str]
    cookies: dict[str, str]
    body: EncodedBody
    security: SecurityRequirement
    timeout: TimeoutArg
    max_retries: int
    error_types: Mapping[int | str, Any] | None


_Action = Literal["ok", "refresh", "retry", "raise"]


class _BaseClient(Generic[_HttpT]):
    """Configuration, request encoding and decisions shared by the sync and async clients."""

    # --- set by the generated subclass ----------------------------------------------------
    _default_base_url: ClassVar[str | None] = None
    _env_base_url: ClassVar[str | None] = None
    _env_api_key: ClassVar[str | None] = None
    _api_key_scheme: ClassVar[str | None] = None
    #: scheme name -> env var (or a pair of env vars for basic / OAuth2 id+secret)
    _env_credentials: ClassVar[Mapping[str, str | tuple[str, str]]] = {}
    _env_webhook_secret: ClassVar[str | None] = None
    _webhook_signature_header: ClassVar[str] = DEFAULT_SIGNATURE_HEADER
    _webhook_type_field: ClassVar[str] = "type"
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {}
    _default_security: ClassVar[SecurityRequirement] = ()
    _credentials_required_at_init: ClassVar[bool] = False
    _error_classes: ClassVar[ErrorClasses] = DEFAULT_ERROR_CLASSES
    _error_type: ClassVar[Any] = None
    _logger_name: ClassVar[str] = "api_client"
    _user_agent: ClassVar[str] = "python-api-client"
    #: headers the project configuration adds to every request (before the caller's ``default_headers``)
    _spec_default_headers: ClassVar[Mapping[str, str]] = {}

    _http: _HttpT

    def __init__(
        self,
        *,
        api_key: str | None = None,
        credentials: Mapping[str, Credential] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        webhook_secret: str | None = None,
        hooks: ClientHooks | None = None,
        _clock: Callable[[], float] | None = None,
        _random: Callable[[], float] | None = None,
    ) -> None:
        errors = self._error_classes
        self.hooks = hooks or ClientHooks()
        if api_key is None and self._env_api_key:
            api_key = os.environ.get(self._env_api_key) or None
        self.api_key = api_key
        creds: dict[str, Credential] = {}
        for scheme, env in self._env_credentials.items():
            value = _env_credential(env)
            if value is not None:
                creds[scheme] = value
        if api_key is not None and self._api_key_scheme:
            creds[self._api_key_scheme] = api_key
        creds.update(credentials or {})
        self._credentials = creds

        if base_url is None and self._env_base_url:
            base_url = os.environ.get(self._env_base_url) or None
        if base_url is None:
            base_url = self._default_base_url
        if base_url is None:
            hint = f" or set {self._env_base_url}" if self._env_base_url else ""
            raise errors.get(ClientError)(f"No base URL: pass base_url=...{hint}.")
        self.base_url = str(base_url).rstrip("/")

        self.timeout: TimeoutArg = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        self.default_headers: dict[str, str] = {
            **self._spec_default_headers,
            **(default_headers or {}),
        }
        self.default_query: dict[str, object] = dict(default_query or {})
        if webhook_secret is None and self._env_webhook_secret:
            webhook_secret = os.environ.get(self._env_webhook_secret) or None
        self.webhook_secret = webhook_secret

        self._clock = _clock or time.time
        self._random = _random or random.random
        self._token_cache = TokenCache()
        self._log = logging.getLogger(self._logger_name)
        self._sensitive_headers, self._sensitive_query = sensitive_names(self._security_schemes)

        if self._credentials_required_at_init and self._default_security:
            self._choose(self._default_security)

    # --- credentials ---------------------------------------------------------------------
    def _choose(self, requirement: SecurityRequirement) -> list[tuple[str, Any, Credential]]:
        chosen = select_credentials(requirement, self._security_schemes, self._credentials)
        if chosen is None:
            env_names = {
                name: env if isinstance(env, str) else " and ".join(env)
                for name, env in self._env_credentials.items()
            }
            if self._api_key_scheme and self._env_api_key:
                env_names[self._api_key_scheme] = self._env_api_key
            message = describe_missing(
                requirement, env_names, self._api_key_scheme, self._security_schemes
            )
            schemes = tuple(dict.fromkeys(n for alt in requirement for n in alt))
            raise self._error_classes.get(MissingCredentialsError)(message, schemes=schemes)
        return chosen

    def _token_url(self, scheme: OAuth2ClientCredentials) -> str:
        return self._url(scheme.token_url)

    # --- webhooks ------------------------------------------------------------------------
    def verify_webhook_signature(
        self, payload: bytes | str, headers: Mapping[str, str], *, secret: str | None = None
    ) -> None:
        """Check a delivery's signature with ``secret`` or the client's ``webhook_secret``."""
        verify_signature(
            payload,
            headers,
            secret or self.webhook_secret,
            self._webhook_signature_header,
            secret_env=self._env_webhook_secret,
            errors=self._error_classes,
        )

    def unwrap_webhook(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        event_type_adapter: pydantic.TypeAdapter[_T],
        *,
        secret: str | None = None,
    ) -> _T | UnknownEvent:
        """Verify, then parse into the event union (``UnknownEvent`` for new event types)."""
        return unwrap(
            payload,
            headers,
            secret or self.webhook_secret,
            event_type_adapter,
            header_name=self._webhook_signature_header,
            type_field=self._webhook_type_field,
            secret_env=self._env_webhook_secret,
            errors=self._error_classes,
        )

    # --- encoding ------------------------------------------------------------------------
    def _url(self, path: str) -> str:
        if "://" in path:
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def _prepare(self, options: RequestOptions) -> _Prepared:
        method = options.method.upper()
        body = encode_body(
            options.body,
            options.body_type,
            extra_body=options.extra_body,
            content_type=options.content_type,
        )
        headers: dict[str, str] = {"Accept": "application/json", "User-Agent": self._user_agent}
        headers.update(self.default_headers)
        headers.update(encode_headers(options.headers))
        if body.content_type:
            headers["Content-Type"] = body.content_type
        extra: dict[str, str] = {}
        removed: set[str] = set()
        for name, value in (options.extra_headers or {}).items():
            if value is None or isinstance(value, NotGiven):
                removed.add(name.lower())
            else:
                extra[name] = value
        if (
            options.idempotency_header
            and method not in _NO_IDEMPOTENCY_METHODS
            and not _has_header(headers, options.idempotency_header)
            and not _has_header(extra, options.idempotency_header)
        ):
            # One key per logical call, reused by every retry so the server can deduplicate.
            extra = {options.idempotency_header: str(uuid.uuid4()), **extra}
        security = (
            self._default_security if isinstance(options.security, NotGiven) else options.security
        )
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        retries = (
            self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
        )
        url = self._url(encode_path(options.path, options.path_params))
        url_query: list[QueryParam] = []
        if "?" in url:
            # A full URL (e.g. a Link-header next page) keeps its own query parameters.
            url, _, raw_query = url.partition("?")
            url_query = [QueryParam(k, v) for k, v in httpx.QueryParams(raw_query).multi_items()]
        return _Prepared(
            method=method,
            url=url,
            query=encode_query(self.default_query, url_query, options.query, options.extra_query),
            headers=headers,
            removed_headers=frozenset(removed),
            extra_headers=extra,
            cookies=encode_cookies(options.cookies),
            body=body,
            security=security,
            timeout=timeout,
            max_retries=max(retries, 0),
            error_types=options.error_types,
        )

    def _build(self, prep: _Prepared, parts: AuthParts) -> httpx.Request:
        headers = dict(prep.headers)
        headers.update(parts.headers)
        headers.update(prep.extra_headers)
        cookies = {**prep.cookies, **parts.cookies}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={_cookie_value(v)}" for k, v in cookies.items())
        if prep.removed_headers:
            headers = {k: v for k, v in headers.items() if k.lower() not in prep.removed_headers}
        return self._http.build_request(
            prep.method,
            prep.url,
            params=cast(Any, prep.query + parts.query if parts.query else prep.query or None),
            headers=headers,
            timeout=prep.timeout,
            **prep.body.httpx_kwargs(),
        )

    # --- decisions -----------------------------------------------------------------------
    def _action(
        self,
        response: httpx.Response,
        parts: AuthParts,
        refreshed: bool,
        retries: int,
        prep: _Prepared,
    ) -> _Action:
        if response.is_success:
            return "ok"
        if response.status_code == 401 and parts.oauth_schemes and not refreshed:
            return "refresh"
        if retries < prep.max_retries and should_retry_status(
            response.status_code, response.headers
        ):
            return "retry"
        return "raise"

    def _delay(self, retries: int, headers: Mapping[str, str] | None) -> float:
        return retry_delay(retries, headers, now=self._clock(), random=self._random)

    def _default_error_type(self) -> Any:
        """The model of error bodies without a per-operation model (``None``: keep the raw JSON)."""
        return self._error_type

    def _status_error(
        self, response: httpx.Response, error_types: Mapping[int | str, Any] | None
    ) -> APIStatusError:
        error_type = self._default_error_type()
        status = response.status_code
        if error_types:
            for key in (status, str(status), f"{status // 100}XX", "default"):
                if key in error_types:
                    error_type = error_types[key]
                    break
        body = parse_error_body(response, error_type)
        cls = self._error_classes.for_status(status)
        return cls(error_message(response, body), response=response, body=body)

    def _connection_error(self, exc: Exception, request: httpx.Request) -> ClientError:
        errors = self._error_classes
        if isinstance(exc, httpx.TimeoutException):
            return errors.get(APITimeoutError)(request=request)
        return errors.get(APIConnectionError)(request=request)

    def _parse(self, response: httpx.Response, cast_to: Any, response_types: Any) -> Any:
        return parse_response(
            response, cast_to, response_types=response_types, errors=self._error_classes
        )

    # --- logging (never prints a credential) ---------------------------------------------
    def redact_headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return {
            k: (_REDACTED if k.lower() in self._sensitive_headers else v)
            for k, v in headers.items()
        }

    def redact_url(self, url: httpx.URL) -> str:
        if not url.query:
            return str(url)
        params = [
            (k, _REDACTED if k.lower() in self._sensitive_query else v)
            for k, v in url.params.multi_items()
        ]
        return str(url.copy_with(params=params))

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug(
                "HTTP request (attempt %d): %s %s headers=%s",
                attempt + 1,
                request.method,
                self.redact_url(request.url),
                self.redact_headers(request.headers),
            )

    def _log_response(self, response: httpx.Response) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            request = response.request
            self._log.debug(
                "HTTP response: %s %s -> %d",
                request.method,
                self.redact_url(request.url),
                response.status_code,
            )

    def _log_retry(self, request: httpx.Request, delay: float, left: int, why: str) -> None:
        self._log.debug(
            "Retrying %s %s in %.3f s (%d retries left) after %s",
            request.method,
            self.redact_url(request.url),
            delay,
            left,
            why,
        )

    def __repr__(self) -> str:
        configured = sorted(self._credentials)
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, credentials={configured!r}, "
            f"max_retries={self.max_retries})"
        )

    def _copy_kwargs(self, overrides: dict[str, Any]) -> dict[str, Any]:
        """Constructor kwargs reproducing this client, with ``overrides`` applied."""
        headers = {**self.default_headers, **(overrides.pop("default_headers", None) or {})}
        query = {**self.default_query, **(overrides.pop("default_query", None) or {})}
        kwargs: dict[str, Any] = {
            "api_key": self.api_key,
            "credentials": dict(self._credentials),
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": headers,
            "default_query": query,
            "webhook_secret": self.webhook_secret,
            "hooks": self.hooks,
            "_clock": self._clock,
            "_random": self._random,
        }
        if overrides.get("api_key") is not None and self._api_key_scheme:
            kwargs["credentials"].pop(self._api_key_scheme, None)
        kwargs.update({k: v for k, v in overrides.items() if not isinstance(v, NotGiven)})
        return kwargs


def _env_credential(env: str | tuple[str, str]) -> Credential | None:
    if isinstance(env, str):
        return os.environ.get(env) or None
    first, second = (os.environ.get(name) for name in env)
    return (first, second) if first and second else None


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    lowered = name.lower()
    return any(k.lower() == lowered for k in headers)


def _cookie_value(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="!#$&'()*+-./:<=>?@[]^_`{|}~,")


# ======================================================================================
class SyncAPIClient(_BaseClient[httpx.Client]):
    """Base class of generated synchronous clients."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        credentials: Mapping[str, Credential] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        webhook_secret: str | None = None,
        hooks: ClientHooks | None = None,
        _clock: Callable[[], float] | None = None,
        _sleep: Callable[[float], None] | None = None,
        _random: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            webhook_secret=webhook_secret,
            hooks=hooks,
            _clock=_clock,
            _random=_random,
        )
        self._sleep = _sleep or time.sleep
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()

    # --- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_http:
            self._http.close()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        credentials: Mapping[str, Credential] | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        webhook_secret: str | None | NotGiven = NOT_GIVEN,
        hooks: ClientHooks | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with some options changed, sharing this client's HTTP connection pool.

        Headers and query defaults are merged into the current ones; the derived client never
        closes the shared HTTP client.
        """
        kwargs = self._copy_kwargs(
            {
                "api_key": api_key,
                "credentials": credentials,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "default_headers": default_headers,
                "default_query": default_query,
                "webhook_secret": webhook_secret,
                "hooks": hooks,
            }
        )
        clone = type(self)(http_client=self._http, _sleep=self._sleep, **kwargs)
        if clone._credentials == self._credentials:
            clone._token_cache = self._token_cache
        return clone

    # --- public calls used by generated code ---------------------------------------------
    def request(
        self,
        options: RequestOptions,
        *,
        cast_to: type[_T],
        response_types: Mapping[int | str, Any] | None = None,
    ) -> _T:
        """Send one operation call (with retries) and parse the response into ``cast_to``."""
        raw = RAW_RESPONSE.get()
        response = self._send(self._prepare(options))
        if raw:
            return cast(
                _T, APIResponse(response, lambda: self._parse(response, cast_to, response_types))
            )
        return cast(_T, self._parse(response, cast_to, response_types))

    def request_page(
        self,
        options: RequestOptions,
        *,
        pagination: Pagination,
        item_type: type[_T],
        model_type: Any = None,
    ) -> SyncPage[_T]:
        """Fetch the first page of a list operation."""
        if RAW_RESPONSE.get():
            response = self._send(self._prepare(options))
            return cast(
                SyncPage[_T],
                APIResponse(
                    response,
                    lambda: self._page(response, options, pagination, item_type, model_type),
                ),
            )
        return self._fetch_page(options, pagination, item_type, model_type)

    @contextlib.contextmanager
    def request_stream(self, options: RequestOptions) -> Iterator[httpx.Response]:
        """Stream a download: ``with client.request_stream(opts) as r: r.iter_bytes()``."""
        response = self._send(self._prepare(options), stream=True)
        try:
            yield response
        finally:
            response.close()

    # --- internals -----------------------------------------------------------------------
    def _fetch_page(
        self, options: RequestOptions, pagination: Pagination, item_type: Any, model_type: Any
    ) -> SyncPage[Any]:
        response = self._send(self._prepare(options))
        return self._page(response, options, pagination, item_type, model_type)

    def _page(
        self,
        response: httpx.Response,
        options: RequestOptions,
        pagination: Pagination,
        item_type: Any,
        model_type: Any,
    ) -> SyncPage[Any]:
        items, body = SyncPage._decode(response, pagination, item_type, self._error_classes)
        return SyncPage(
            client=self,
            items=items,
            body=body,
            response=response,
            options=options,
            pagination=pagination,
            item_type=item_type,
            model_type=model_type,
        )

    def _tokens(self, chosen: list[tuple[str, Any, Credential]]) -> dict[str, str]:
        tokens: dict[str, str] = {}
        for name, scheme, credential in chosen:
            if isinstance(scheme, OAuth2ClientCredentials) and isinstance(credential, tuple):
                with self._token_cache.lock:
                    token = self._token_cache.get(name, self._clock())
                    if token is None:
                        token = self._fetch_token(name, scheme, credential)
                tokens[name] = token
        return tokens

    def _fetch_token(
        self, name: str, scheme: OAuth2ClientCredentials, credential: tuple[str, str]
    ) -> str:
        data, headers = token_request(scheme, *credential)
        url = self._token_url(scheme)
        request = self._http.build_request(
            "POST", url, data=data, headers=headers, timeout=self.timeout
        )
        self._log_request(request, 0)
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise self._connection_error(exc, request) from exc
        if not response.is_success:
            raise self._status_error(response, None)
        try:
            token, expires_in = parse_token(response.json())
        except (TypeError, ValueError) as exc:
            raise self._status_error(response, None) from exc
        self._token_cache.store(name, token, expires_in, self._clock())
        return token

    def _send(self, prep: _Prepared, *, stream: bool = False) -> httpx.Response:
        retries = 0
        refreshed = False
        while True:
            chosen = self._choose(prep.security)
            parts = apply_credentials(chosen, self._tokens(chosen))
            request = self._build(prep, parts)
            for hook in self.hooks.request:
                hook(request)
            self._log_request(request, retries)
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retries < prep.max_retries:
                    delay = self._delay(retries, None)
                    self._log_retry(request, delay, prep.max_retries - retries, type(exc).__name__)
                    self._sleep(delay)
                    retries += 1
                    continue
                raise self._connection_error(exc, request) from exc
            for response_hook in self.hooks.response:
                response_hook(response)
            self._log_response(response)
            action = self._action(response, parts, refreshed, retries, prep)
            if action == "ok":
                return response
            if action == "refresh":
                for name in parts.oauth_schemes:
                    self._token_cache.invalidate(name)
                refreshed = True
                response.close()
                continue
            if action == "retry":
                delay = self._delay(retries, response.headers)
                self._log_retry(
                    request, delay, prep.max_retries - retries, str(response.status_code)
                )
                response.close()
                self._sleep(delay)
                retries += 1
                continue
            if stream:
                response.read()
            raise self._status_error(response, prep.error_types)


# ======================================================================================
class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """Base class of generated asynchronous clients (same behaviour as ``SyncAPIClient``)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        credentials: Mapping[str, Credential] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        webhook_secret: str | None = None,
        hooks: ClientHooks | None = None,
        _clock: Callable[[], float] | None = None,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
        _random: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            webhook_secret=webhook_secret,
            hooks=hooks,
            _clock=_clock,
            _random=_random,
        )
        self._sleep = _sleep or _asyncio_sleep
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()

    async def close(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        credentials: Mapping[str, Credential] | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        webhook_secret: str | None | NotGiven = NOT_GIVEN,
        hooks: ClientHooks | NotGiven = NOT_GIVEN,
    ) -> Self:
        """See ``SyncAPIClient.with_options``."""
        kwargs = self._copy_kwargs(
            {
                "api_key": api_key,
                "credentials": credentials,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "default_headers": default_headers,
                "default_query": default_query,
                "webhook_secret": webhook_secret,
                "hooks": hooks,
            }
        )
        clone = type(self)(http_client=self._http, _sleep=self._sleep, **kwargs)
        if clone._credentials == self._credentials:
            clone._token_cache = self._token_cache
        return clone

    async def request(
        self,
        options: RequestOptions,
        *,
        cast_to: type[_T],
        response_types: Mapping[int | str, Any] | None = None,
    ) -> _T:
        raw = RAW_RESPONSE.get()
        response = await self._send(self._prepare(options))
        if raw:
            return cast(
                _T, APIResponse(response, lambda: self._parse(response, cast_to, response_types))
            )
        return cast(_T, self._parse(response, cast_to, response_types))

    def request_page(
        self,
        options: RequestOptions,
        *,
        pagination: Pagination,
        item_type: type[_T],
        model_type: Any = None,
    ) -> AsyncPaginator[_T]:
        """``await`` the result for the first page, or ``async for`` it for every item."""
        return AsyncPaginator(self, options, pagination, item_type, model_type)

    @contextlib.asynccontextmanager
    async def request_stream(self, options: RequestOptions) -> AsyncIterator[httpx.Response]:
        response = await self._send(self._prepare(options), stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def _fetch_page(
        self, options: RequestOptions, pagination: Pagination, item_type: Any, model_type: Any
    ) -> AsyncPage[Any]:
        raw = RAW_RESPONSE.get()
        response = await self._send(self._prepare(options))
        if raw:
            return cast(
                AsyncPage[Any],
                APIResponse(
                    response,
                    lambda: self._page(response, options, pagination, item_type, model_type),
                ),
            )
        return self._page(response, options, pagination, item_type, model_type)

    def _page(
        self,
        response: httpx.Response,
        options: RequestOptions,
        pagination: Pagination,
        item_type: Any,
        model_type: Any,
    ) -> AsyncPage[Any]:
        items, body = AsyncPage._decode(response, pagination, item_type, self._error_classes)
        return AsyncPage(
            client=self,
            items=items,
            body=body,
            response=response,
            options=options,
            pagination=pagination,
            item_type=item_type,
            model_type=model_type,
        )

    async def _tokens(self, chosen: list[tuple[str, Any, Credential]]) -> dict[str, str]:
        tokens: dict[str, str] = {}
        for name, scheme, credential in chosen:
            if isinstance(scheme, OAuth2ClientCredentials) and isinstance(credential, tuple):
                token = self._token_cache.get(name, self._clock())
                if token is None:
                    token = await self._fetch_token(name, scheme, credential)
                tokens[name] = token
        return tokens

    async def _fetch_token(
        self, name: str, scheme: OAuth2ClientCredentials, credential: tuple[str, str]
    ) -> str:
        data, headers = token_request(scheme, *credential)
        request = self._http.build_request(
            "POST", self._token_url(scheme), data=data, headers=headers, timeout=self.timeout
        )
        self._log_request(request, 0)
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise self._connection_error(exc, request) from exc
        if not response.is_success:
            raise self._status_error(response, None)
        try:
            token, expires_in = parse_token(response.json())
        except (TypeError, ValueError) as exc:
            raise self._status_error(response, None) from exc
        self._token_cache.store(name, token, expires_in, self._clock())
        return token

    async def _send(self, prep: _Prepared, *, stream: bool = False) -> httpx.Response:
        retries = 0
        refreshed = False
        while True:
            chosen = self._choose(prep.security)
            parts = apply_credentials(chosen, await self._tokens(chosen))
            request = self._build(prep, parts)
            for hook in self.hooks.request:
                if inspect.isawaitable(result := hook(request)):
                    await result
            self._log_request(request, retries)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retries < prep.max_retries:
                    delay = self._delay(retries, None)
                    self._log_retry(request, delay, prep.max_retries - retries, type(exc).__name__)
                    await self._sleep(delay)
                    retries += 1
                    continue
                raise self._connection_error(exc, request) from exc
            for response_hook in self.hooks.response:
                if inspect.isawaitable(outcome := response_hook(response)):
                    await outcome
            self._log_response(response)
            action = self._action(response, parts, refreshed, retries, prep)
            if action == "ok":
                return response
            if action == "refresh":
                for name in parts.oauth_schemes:
                    self._token_cache.invalidate(name)
                refreshed = True
                await response.aclose()
                continue
            if action == "retry":
                delay = self._delay(retries, response.headers)
                self._log_retry(
                    request, delay, prep.max_retries - retries, str(response.status_code)
                )
                await response.aclose()
                await self._sleep(delay)
                retries += 1
                continue
            if stream:
                await response.aread()
            raise self._status_error(response, prep.error_types)


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio costs ~30 ms to import; only async clients that retry need it.
    import asyncio

    await asyncio.sleep(seconds)
