"""Security checks as the spec declares them: credentials must be present (their value is not checked).

An operation's requirements are alternatives (any one group suffices); the schemes inside a group are needed
together. Bearer, OAuth 2 and OpenID Connect want ``Authorization: Bearer <anything>``; basic wants
``Authorization: Basic <anything>``; API keys want their header, query parameter or cookie. A request without
them gets 401 with the operation's declared 401 body (or ``{"detail": ...}``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from fastapi import Request

from . import _catalog
from ._responses import ApiError

__all__ = ["present", "require"]


def _authorization(request: Request, scheme: str) -> bool:
    value = request.headers.get("authorization", "")
    prefix, _, token = value.strip().partition(" ")
    if not scheme:
        return bool(value.strip())
    return prefix.lower() == scheme.lower() and bool(token.strip())


def present(request: Request, scheme: dict[str, Any]) -> bool:
    """Whether ``request`` carries the credentials ``scheme`` (a catalog entry) asks for."""
    kind = scheme.get("type")
    if kind == "http":
        return _authorization(request, str(scheme.get("scheme") or ""))
    if kind in ("oauth2", "openIdConnect"):
        return _authorization(request, "bearer")
    if kind == "apiKey":
        where, name = scheme.get("in"), str(scheme.get("name") or "")
        if where == "query":
            return bool(request.query_params.get(name))
        if where == "cookie":
            return bool(request.cookies.get(name))
        return bool(request.headers.get(name))
    return True  # mutualTLS and unknown kinds: nothing an HTTP request could show


def _challenge(schemes: list[dict[str, Any]]) -> dict[str, str]:
    for scheme in schemes:
        if scheme.get("type") == "http" and scheme.get("scheme") == "basic":
            return {"WWW-Authenticate": "Basic"}
        if scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            return {"WWW-Authenticate": "Bearer"}
    return {}


@cache
def require(groups: tuple[tuple[str, ...], ...]) -> Callable[[Request], None]:
    """A FastAPI dependency that answers 401 unless one group of schemes is satisfied."""

    def check(request: Request) -> None:
        table = _catalog.catalog()["security_schemes"]
        wanted: list[dict[str, Any]] = []
        for group in groups:
            schemes = [table.get(key, {}) for key in group]
            wanted.extend(schemes)
            if all(present(request, scheme) for scheme in schemes):
                return
        names = " or ".join(" + ".join(group) for group in groups)
        raise ApiError(
            401, f"Missing credentials: this operation needs {names}.", headers=_challenge(wanted)
        )

    return check
