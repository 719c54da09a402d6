"""Security checks as the spec declares them, before anything else looks at a request.

An operation's requirements are alternatives (any one group suffices); the schemes inside a group are needed
together. Bearer, OAuth 2 and OpenID Connect want ``Authorization: Bearer <token>``; basic wants
``Authorization: Basic <base64 of user:password>``; API keys want their header, query parameter or cookie.

By default any value is accepted (as Prism does): only missing credentials are refused. With an API key configured
(``create_app(api_key=...)``, ``--api-key`` or the stub's ``<PREFIX>_STUB_API_KEY`` environment variable), the
credential must equal it: the bearer token, the API key's value, or the basic password (or ``user:password``).
Either way a refused request gets 401 with the operation's declared 401 body (or ``{"detail": ...}``), and this
happens first: ``_app`` checks every request in a middleware, before tombstones, body parsing, parameter
validation and the service; ``require`` is the same check as a route dependency.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Callable
from functools import cache
from typing import Any

from fastapi import FastAPI, Request

from . import _catalog
from ._responses import ApiError
from ._validate import request_header

__all__ = ["api_key_of", "authenticate", "credentials", "present", "require", "security_of"]

Groups = tuple[tuple[str, ...], ...]


def _authorization(request: Request, scheme: str) -> str | None:
    """The credential after ``<scheme> `` in ``Authorization`` (the whole value for a nameless scheme)."""
    value = request.headers.get("authorization", "").strip()
    if not scheme:
        return value or None
    prefix, _, token = value.partition(" ")
    token = token.strip()
    return token if prefix.lower() == scheme.lower() and token else None


def _basic(token: str) -> tuple[str, ...]:
    """What a basic credential may be compared with: its password and its ``user:password``."""
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return (token,)  # not base64: only the raw text, which no configured key should equal
    _, colon, password = decoded.partition(":")
    return (password, decoded) if colon else (decoded,)


def credentials(request: Request, scheme: dict[str, Any]) -> tuple[str, ...] | None:
    """The values ``request`` offers for ``scheme`` (a catalog entry): ``None`` when absent.

    An empty tuple means present but with nothing to compare (mutualTLS, unknown kinds: nothing an HTTP request
    could show, so they count as satisfied).
    """
    kind = scheme.get("type")
    if kind == "http":
        name = str(scheme.get("scheme") or "")
        token = _authorization(request, name)
        if token is None:
            return None
        return _basic(token) if name.lower() == "basic" else (token,)
    if kind in ("oauth2", "openIdConnect"):
        token = _authorization(request, "bearer")
        return None if token is None else (token,)
    if kind == "apiKey":
        where, name = scheme.get("in"), str(scheme.get("name") or "")
        if where == "query":
            value = request.query_params.get(name)
        elif where == "cookie":
            value = request.cookies.get(name)
        else:
            value = request_header(request, name)
        if not value:
            return None
        if name.lower() == "authorization":  # an API key sent as ``Authorization: <Scheme> <key>``
            return (value, value.partition(" ")[2].strip())
        return (value,)
    return ()


def present(request: Request, scheme: dict[str, Any]) -> bool:
    """Whether ``request`` carries the credentials ``scheme`` (a catalog entry) asks for, whatever their value."""
    return credentials(request, scheme) is not None


def _accepted(offered: tuple[str, ...], api_key: str) -> bool:
    if not offered:
        return True
    wanted = api_key.encode("utf-8")
    return any(hmac.compare_digest(value.encode("utf-8"), wanted) for value in offered)


def _challenge(schemes: list[dict[str, Any]]) -> dict[str, str]:
    for scheme in schemes:
        if scheme.get("type") == "http" and scheme.get("scheme") == "basic":
            return {"WWW-Authenticate": "Basic"}
        if scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            return {"WWW-Authenticate": "Bearer"}
    return {}


def security_of(operation_id: str) -> Groups:
    """The security groups the catalog lists for an operation (``()`` for an open or unknown one)."""
    try:
        listed = _catalog.operation(operation_id).get("security") or ()
    except KeyError:
        return ()
    return tuple(tuple(str(key) for key in group) for group in listed)


def api_key_of(app: FastAPI) -> str | None:
    """The credential ``app`` requires (set by ``_app.install``), or ``None`` to accept any."""
    value = getattr(app.state, "stub_api_key", None)
    return value if isinstance(value, str) and value else None


def authenticate(request: Request, groups: Groups, api_key: str | None = None) -> ApiError | None:
    """``None`` when one group is satisfied (and, with ``api_key``, offers it), else the 401 to answer with."""
    if not groups or any(not group for group in groups):
        return None
    table = _catalog.catalog()["security_schemes"]
    wanted: list[dict[str, Any]] = []
    offered_wrong = False
    for group in groups:
        schemes = [table.get(key, {}) for key in group]
        wanted.extend(schemes)
        offered = [credentials(request, scheme) for scheme in schemes]
        if any(values is None for values in offered):
            continue
        if api_key is None or all(_accepted(values or (), api_key) for values in offered):
            return None
        offered_wrong = True
    names = " or ".join(" + ".join(group) for group in groups)
    if offered_wrong:
        message = f"Invalid credentials: this operation needs {names} with the stub's API key."
    else:
        message = f"Missing credentials: this operation needs {names}."
    return ApiError(401, message, headers=_challenge(wanted))


@cache
def require(groups: Groups) -> Callable[[Request], None]:
    """A FastAPI dependency that answers 401 unless one group of schemes is satisfied (see ``authenticate``)."""

    def check(request: Request) -> None:
        failure = authenticate(request, groups, api_key_of(request.app))
        if failure is not None:
            raise failure

    return check
