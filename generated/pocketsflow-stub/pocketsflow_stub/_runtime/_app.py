"""Wiring shared by every stub: the docs routes, the error handlers, authentication first, choosing services."""

from __future__ import annotations

import html
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from . import _catalog
from ._responses import (
    ApiError,
    error_body,
    error_entry,
    error_json,
    error_response,
    operation_id_of,
)
from ._security import api_key_of, authenticate, security_of

__all__ = ["DOCS_PATHS", "add_routes", "docs_page", "install", "pick", "validation_status"]

_S = TypeVar("_S")

# FastAPI validates a JSON body through ``Annotated[Model, FieldInfo(alias=<argument name>)]``; when the model's
# schema was deferred (the generated models use ``defer_build``) pydantic 2.12+ warns on the first request that the
# alias has no effect there. It is harmless (the body is the whole payload), so that one message is silenced.
warnings.filterwarnings(
    "ignore", message=r"The 'alias' attribute with value '\w+' was provided to the `Field\(\)`"
)

# The original document is served at both paths; FastAPI's own generated document is turned off.
DOCS_PATHS = ("/docs.json", "/openapi.json")


def docs_page(title: str) -> str:
    """A ReDoc page reading ``/docs.json`` (the script comes from a CDN when a browser opens it)."""
    safe = html.escape(title, quote=True)
    return (
        "<!DOCTYPE html>\n"
        "<html>\n"
        "<head>\n"
        f"<title>{safe} (stub)</title>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="alternate" type="application/openapi+json" href="/docs.json">\n'
        "</head>\n"
        "<body>\n"
        '<redoc spec-url="/docs.json"></redoc>\n'
        '<script src="https://cdn.redoc.ly/redoc/latest/bundles/redoc.standalone.js"></script>\n'
        "</body>\n"
        "</html>\n"
    )


def _serve_document() -> Response:
    body, media_type = _catalog.document()
    return Response(content=body, media_type=media_type)


def _serve_docs_page() -> HTMLResponse:
    return HTMLResponse(docs_page(str(_catalog.catalog().get("title") or "API")))


async def _handle_api_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, ApiError):  # pragma: no cover - registered for ApiError only
        raise exc
    return error_response(request, exc)


def validation_status(operation_id: str, forced: int | None = None) -> int:
    """The status for a request that fails validation: ``forced``, else 422 or 400 as the spec declares them."""
    if forced is not None:
        return forced
    try:
        declared = {str(k) for k in _catalog.operation(operation_id).get("declared") or ()}
    except KeyError:
        return 422
    for status in ("422", "400"):
        if status in declared:
            return int(status)
    return 422


def _validation_handler(forced: int | None) -> Any:
    async def handle(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, RequestValidationError):  # pragma: no cover
            raise exc
        operation_id = operation_id_of(request)
        status = validation_status(operation_id, forced)
        detail = jsonable_encoder(exc.errors())
        fields = sorted(
            {
                ".".join(str(p) for p in err.get("loc", ()))
                for err in detail
                if isinstance(err, dict)
            }
        )
        message = "Invalid request: " + ", ".join(fields) if fields else "Invalid request"
        declared = error_entry(operation_id, status) is not None
        body = error_body(operation_id, status, message) if declared else None
        if not isinstance(body, dict):  # FastAPI's own shape when the spec declares no error body
            body = {"detail": detail}
        elif isinstance(
            body.get("detail"), str
        ):  # problem+json style: keep its text, list the errors beside
            body["errors"] = detail
        else:
            body["detail"] = detail
        return JSONResponse(body, status_code=status)

    return handle


async def _handle_http_error(request: Request, exc: Exception) -> Response:
    """FastAPI's handler, with ``Allow`` listing every method the path supports (not just one route's)."""
    if not isinstance(exc, StarletteHTTPException):  # pragma: no cover
        raise exc
    if exc.status_code == 405:
        # The routes are sorted most specific first: the first path template that matches is the resource.
        methods: set[str] = set()
        template = None
        for route in request.app.router.routes:
            path = getattr(route, "path", None)
            if template is None:
                match, _ = route.matches({**request.scope, "method": "__none__"})
                if match == Match.NONE:
                    continue
                template = path
            if path == template:
                methods.update(getattr(route, "methods", None) or ())
        if methods:
            exc.headers = {**(exc.headers or {}), "Allow": ", ".join(sorted(methods))}
    return await http_exception_handler(request, exc)


def _route_for(app: FastAPI, scope: Mapping[str, Any]) -> BaseRoute | None:
    for route in app.router.routes:
        match, _ = route.matches(dict(scope))
        if match == Match.FULL:
            return route
    return None


class _Tombstones:
    """Deleted stays deleted: after a successful ``DELETE /things/{id}``, that path answers 404.

    Applies to every method except ``PUT`` (which may create the object again); a later successful ``POST`` to the
    collection (or ``PUT`` to the path) lifts it, since a stateless create answers with the same example id again.
    Stateful resources keep track by themselves; this makes the stateless stub consistent about deletions too.
    """

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.deleted: set[str] = set()

    def _gone(self, path: str) -> bool:
        return any(path == dead or path.startswith(dead + "/") for dead in self.deleted)

    async def __call__(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        path = request.url.path
        if request.method != "PUT" and self.deleted and self._gone(path):
            route = _route_for(self.app, request.scope)
            operation_id = getattr(route, "operation_id", "") or ""
            return error_json(str(operation_id), 404, f"{path} was deleted.")
        response = await call_next(request)
        if 200 <= response.status_code < 300 and request.method in ("DELETE", "POST", "PUT"):
            route = _route_for(self.app, request.scope)
            item_route = str(getattr(route, "path", "")).rstrip("/").endswith("}")
            here = path.rstrip("/")
            if request.method == "DELETE" and item_route:
                self.deleted.add(here)
            elif request.method == "PUT" or not item_route:
                # Something was (re)created here: a stateless create answers with the same example id each
                # time, so the collection's deleted ids come back to life.
                self.deleted = {
                    d for d in self.deleted if d != here and not d.startswith(here + "/")
                }
        return response


class _Authenticate:
    """Credentials before anything else: a request to a secured operation that fails its security check gets 401.

    It runs outside every other part of the stub, so an unauthenticated request never learns anything from them:
    not that a path was deleted (the tombstones' 404), nor that its body or parameters are invalid (400/422),
    nor what the service would answer. The routes' ``require`` dependency repeats the same check.
    """

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    async def __call__(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        route = _route_for(self.app, request.scope)
        operation_id = getattr(route, "operation_id", None)
        if isinstance(operation_id, str) and operation_id:
            failure = authenticate(request, security_of(operation_id), api_key_of(self.app))
            if failure is not None:
                return error_json(
                    operation_id, failure.status_code, failure.message, headers=failure.headers
                )
        return await call_next(request)


def install(
    app: FastAPI, *, validation_status: int | None = None, api_key: str | None = None
) -> None:
    """Add the docs routes, the error handlers and the middlewares to ``app`` (before the API's own routes).

    ``validation_status`` forces the status of invalid requests (default: 422 or 400, as each operation declares).
    ``api_key`` is the only credential secured operations accept (bearer token, API key value, or basic password
    or ``user:password``); without it any credential is accepted and only missing ones get 401.
    """
    app.state.stub_api_key = api_key or None
    for path in DOCS_PATHS:
        app.add_api_route(path, _serve_document, methods=["GET"], include_in_schema=False)
    app.add_api_route("/docs", _serve_docs_page, methods=["GET"], include_in_schema=False)
    app.add_exception_handler(ApiError, _handle_api_error)
    app.add_exception_handler(RequestValidationError, _validation_handler(validation_status))
    app.add_exception_handler(StarletteHTTPException, _handle_http_error)
    app.middleware("http")(_Tombstones(app))
    # Added last, so it is the outermost middleware: authentication comes before the tombstones.
    app.middleware("http")(_Authenticate(app))


def _specificity(route: BaseRoute) -> tuple[int, ...]:
    path = getattr(route, "path", "")
    return tuple(1 if "{" in segment else 0 for segment in str(path).split("/"))


def add_routes(app: FastAPI, routers: Sequence[APIRouter]) -> None:
    """Add every router's routes to ``app`` itself, static path segments before parameters.

    Starlette tries routes in order and a spec lists paths in any order, so ``/orders/export`` must come before
    ``/orders/{id}`` whatever resource each belongs to; the sort is stable otherwise. The routes are added to the
    app's own list (not through ``include_router``) so the order holds across all resources.
    """
    routes = [route for router in routers for route in router.routes]
    app.router.routes.extend(sorted(routes, key=_specificity))


def pick(services: Mapping[str, object], name: str, cls: type[_S], default: _S) -> _S:
    """The service for resource ``name``: the caller's (an instance or a subclass of ``cls``), else ``default``."""
    given = services.get(name)
    if given is None:
        return default
    if isinstance(given, type) and issubclass(given, cls):
        given = given()
    if not isinstance(given, cls):
        raise TypeError(
            f"services[{name!r}] must be an instance of {cls.__name__} (or of a subclass), "
            f"not {type(given).__name__}"
        )
    return given
