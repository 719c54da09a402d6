"""Security schemes, credential selection and OAuth2 client-credentials token caching.

The generated client describes its schemes once (``_security_schemes = {"bearerAuth":
BearerAuth()}``) and each operation passes its requirement: a sequence of alternatives, each a
sequence of scheme names that must all be satisfied (OpenAPI's ``security`` list of objects).
``[]`` or an alternative ``[]`` means "no credentials needed". The runtime picks the first
alternative whose schemes all have credentials configured.

Credentials are configured per scheme name: ``str`` for bearer tokens and API keys (and for an
OAuth2 scheme, a ready access token), ``(username, password)`` for HTTP basic and
``(client_id, client_secret)`` for OAuth2 client credentials.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

__all__ = [
    "ApiKeyAuth",
    "AuthParts",
    "BasicAuth",
    "BearerAuth",
    "Credential",
    "OAuth2ClientCredentials",
    "SecurityRequirement",
    "SecurityScheme",
    "TokenCache",
    "apply_credentials",
    "select_credentials",
]


@dataclass(frozen=True, slots=True)
class BearerAuth:
    """HTTP ``bearer``: ``Authorization: Bearer <token>``."""

    prefix: str = "Bearer"


@dataclass(frozen=True, slots=True)
class BasicAuth:
    """HTTP ``basic``: ``Authorization: Basic base64(user:password)``."""


@dataclass(frozen=True, slots=True)
class ApiKeyAuth:
    """``apiKey`` sent in a header, query parameter or cookie named ``param_name``."""

    location: Literal["header", "query", "cookie"]
    param_name: str


@dataclass(frozen=True, slots=True)
class OAuth2ClientCredentials:
    """OAuth2 ``clientCredentials`` flow; the token is sent as a bearer token.

    ``token_url`` may be relative to the client's base URL. ``client_auth`` chooses how the
    client id/secret reach the token endpoint (RFC 6749 section 2.3.1).
    """

    token_url: str
    scopes: tuple[str, ...] = ()
    client_auth: Literal["client_secret_basic", "client_secret_post"] = "client_secret_basic"


SecurityScheme: TypeAlias = BearerAuth | BasicAuth | ApiKeyAuth | OAuth2ClientCredentials
SecurityRequirement: TypeAlias = Sequence[Sequence[str]]
Credential: TypeAlias = str | tuple[str, str]


def _usable(scheme: SecurityScheme, credential: Credential | None) -> bool:
    if credential is None or credential == "":
        return False
    if isinstance(scheme, BasicAuth):
        return isinstance(credential, tuple)
    if isinstance(scheme, OAuth2ClientCredentials):
        return True  # a ready token (str) or a client id/secret pair
    return isinstance(credential, str)


def select_credentials(
    requirement: SecurityRequirement,
    schemes: Mapping[str, SecurityScheme],
    credentials: Mapping[str, Credential],
) -> list[tuple[str, SecurityScheme, Credential]] | None:
    """The first satisfiable alternative (``[]`` when none is needed), or None if none is."""
    if not requirement:
        return []
    for alternative in requirement:
        chosen: list[tuple[str, SecurityScheme, Credential]] = []
        for name in alternative:
            scheme = schemes.get(name)
            credential = credentials.get(name)
            if scheme is None or credential is None or not _usable(scheme, credential):
                break
            chosen.append((name, scheme, credential))
        else:
            return chosen
    return None


@dataclass
class AuthParts:
    """What credentials add to one request; ``oauth_schemes`` lists tokens that may be stale."""

    headers: dict[str, str] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    oauth_schemes: list[str] = field(default_factory=list)


def apply_credentials(
    chosen: Sequence[tuple[str, SecurityScheme, Credential]], tokens: Mapping[str, str]
) -> AuthParts:
    """Place each chosen credential; OAuth2 pairs use the access token from ``tokens``."""
    parts = AuthParts()
    for name, scheme, credential in chosen:
        if isinstance(scheme, BearerAuth):
            parts.headers["Authorization"] = f"{scheme.prefix} {credential}"
        elif isinstance(scheme, BasicAuth):
            assert isinstance(credential, tuple)
            user, password = credential
            raw = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            parts.headers["Authorization"] = f"Basic {raw}"
        elif isinstance(scheme, ApiKeyAuth):
            assert isinstance(credential, str)
            if scheme.location == "header":
                parts.headers[scheme.param_name] = credential
            elif scheme.location == "query":
                parts.query.append((scheme.param_name, credential))
            else:
                parts.cookies[scheme.param_name] = credential
        else:
            token = credential if isinstance(credential, str) else tokens[name]
            parts.headers["Authorization"] = f"Bearer {token}"
            if not isinstance(credential, str):
                parts.oauth_schemes.append(name)
    return parts


def sensitive_names(schemes: Mapping[str, SecurityScheme]) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased (header names, query names) whose values must never be logged."""
    headers = {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
    query = {"access_token", "api_key", "apikey", "client_secret", "token"}
    for scheme in schemes.values():
        if isinstance(scheme, ApiKeyAuth):
            (query if scheme.location == "query" else headers).add(scheme.param_name.lower())
    return frozenset(headers), frozenset(query)


def token_request(
    scheme: OAuth2ClientCredentials, client_id: str, client_secret: str
) -> tuple[dict[str, str], dict[str, str]]:
    """(form data, headers) for a client-credentials token request."""
    data = {"grant_type": "client_credentials"}
    if scheme.scopes:
        data["scope"] = " ".join(scheme.scopes)
    headers = {"Accept": "application/json"}
    if scheme.client_auth == "client_secret_basic":
        raw = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {raw}"
    else:
        data["client_id"] = client_id
        data["client_secret"] = client_secret
    return data, headers


def parse_token(payload: Any) -> tuple[str, float | None]:
    """(access_token, expires_in seconds or None) from a token endpoint's JSON."""
    if not isinstance(payload, Mapping) or not isinstance(payload.get("access_token"), str):
        raise TypeError("the token endpoint did not return an access_token")
    expires = payload.get("expires_in")
    if isinstance(expires, str) and expires.isdigit():
        expires = int(expires)
    return payload["access_token"], float(expires) if isinstance(expires, (int, float)) else None


class TokenCache:
    """Access tokens per scheme name with their expiry, refreshed ``skew`` seconds early."""

    def __init__(self, skew: float = 30.0) -> None:
        self._tokens: dict[str, tuple[str, float | None]] = {}
        self._skew = skew
        self.lock = threading.Lock()

    def get(self, name: str, now: float) -> str | None:
        entry = self._tokens.get(name)
        if entry is None:
            return None
        token, expires_at = entry
        if expires_at is not None and now >= expires_at - self._skew:
            return None
        return token

    def store(self, name: str, token: str, expires_in: float | None, now: float) -> None:
        self._tokens[name] = (token, None if expires_in is None else now + expires_in)

    def invalidate(self, name: str) -> None:
        self._tokens.pop(name, None)

    def __repr__(self) -> str:
        return f"TokenCache(schemes={sorted(self._tokens)})"


def credential_shape(scheme: SecurityScheme | None) -> str:
    """What a credential for ``scheme`` looks like, for messages and documentation."""
    if isinstance(scheme, BasicAuth):
        return "a (user, password) pair"
    if isinstance(scheme, OAuth2ClientCredentials):
        return "a (client_id, client_secret) pair or an access token"
    if isinstance(scheme, ApiKeyAuth):
        return "the API key"
    return "a token"


def describe_missing(
    requirement: SecurityRequirement,
    env_names: Mapping[str, str],
    api_key_scheme: str | None,
    schemes: Mapping[str, SecurityScheme] | None = None,
) -> str:
    """A one-sentence message naming the constructor argument, the value's shape and the environment variable."""
    wanted = [name for alt in requirement for name in alt]
    names = list(dict.fromkeys(wanted))
    hints: list[str] = []
    for name in names:
        shape = credential_shape((schemes or {}).get(name))
        arg = "api_key" if name == api_key_scheme else "credentials={" + repr(name) + ": ...}"
        env = env_names.get(name)
        where = f"pass {arg} ({shape})"
        hints.append(f"{where} or set the {env} environment variable" if env else where)
    schemes_text = " or ".join(repr(n) for n in names) or "(none)"
    return f"Missing credentials for security scheme {schemes_text}: " + "; ".join(hints) + "."
