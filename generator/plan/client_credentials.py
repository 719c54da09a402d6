"""Credentials and security of a generated client: which scheme ``api_key=`` feeds, the environment variables of
the other schemes, the runtime auth object of each scheme, and how a user is told to pass credentials."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.codegen.escape import md_code, md_text, py_str
from generator.codegen.layout import Code, call, kw, tuple_of
from generator.ir.model import ApiSpec, SecurityRequirement, SecurityScheme
from generator.plan.pytypes import Imports


def security_names(reqs: Sequence[SecurityRequirement]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(key for key, _ in req.schemes) for req in reqs)


def security_literal(names: tuple[tuple[str, ...], ...]) -> Code:
    """``(("a",), ("b", "c",),)``: every tuple written with a trailing comma (kept one per line when longer)."""
    if not names:
        return "()"
    return tuple_of([tuple_of([py_str(n) for n in alt], trailing_comma=True) for alt in names], trailing_comma=True)


def uses_client_credentials(s: SecurityScheme) -> bool:
    return any(f.kind == "clientCredentials" for f in s.flows)


def scheme_expr(s: SecurityScheme, imports: Imports) -> Code:
    """The runtime auth object for ``s`` ("" for a scheme the runtime cannot apply)."""
    if s.type == "http":
        if s.scheme.lower() == "basic":
            imports.add_runtime("_auth:BasicAuth")
            return "BasicAuth()"
        imports.add_runtime("_auth:BearerAuth")
        prefix = "Bearer" if s.scheme.lower() in ("bearer", "") else s.scheme
        return "BearerAuth()" if prefix == "Bearer" else call("BearerAuth", [kw("prefix", py_str(prefix))])
    if s.type == "apiKey" and s.location in ("header", "query", "cookie"):
        imports.add_runtime("_auth:ApiKeyAuth")
        return call("ApiKeyAuth", [py_str(s.location), py_str(s.param_name)])
    if s.type == "oauth2":
        flow = next((f for f in s.flows if f.kind == "clientCredentials"), None)
        if flow is not None and flow.token_url:
            imports.add_runtime("_auth:OAuth2ClientCredentials")
            scopes = tuple(name for name, _ in flow.scopes)
            return call(
                "OAuth2ClientCredentials",
                [py_str(flow.token_url), kw("scopes", tuple_of([py_str(x) for x in scopes]) if scopes else "()")],
            )
        imports.add_runtime("_auth:BearerAuth")
        return "BearerAuth()"
    if s.type == "openIdConnect":
        imports.add_runtime("_auth:BearerAuth")
        return "BearerAuth()"
    return ""


class Credentials:
    """The credentials of one client, decided once: which scheme ``api_key=`` feeds, and the environment
    variables of the others."""

    def __init__(self, api: ApiSpec, env_prefix: str) -> None:
        self.env_prefix = env_prefix
        self.default_security = security_names(api.security)
        self.schemes: dict[str, SecurityScheme] = {s.key: s for s in api.security_schemes}
        self.api_key_scheme = self._api_key_scheme()
        self.env_names = dict(self._env_names())

    def _api_key_scheme(self) -> str:
        schemes = self.schemes
        order = [name for alt in self.default_security for name in alt] + sorted(schemes)
        for name in order:
            s = schemes.get(name)
            if s is None:
                continue
            if (s.type == "http" and s.scheme.lower() == "bearer") or s.type == "apiKey":
                return name
            if s.type in ("oauth2", "openIdConnect") and not uses_client_credentials(s):
                return name
        return ""

    def _env_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """(scheme, environment variables) for every scheme but the ``api_key`` one: a pair for basic
        (user, password) and client-credentials (id, secret), one token variable otherwise."""
        p = self.env_prefix
        schemes = self.schemes
        out: list[tuple[str, tuple[str, ...]]] = []
        for key in sorted(schemes):
            s = schemes[key]
            suffix = "" if len(schemes) == 1 else "_" + "".join(c if c.isalnum() else "_" for c in key).upper()
            if key == self.api_key_scheme:
                continue
            if s.type == "http" and s.scheme.lower() == "basic":
                out.append((key, (f"{p}{suffix}_USERNAME", f"{p}{suffix}_PASSWORD")))
            elif s.type == "oauth2" and uses_client_credentials(s):
                out.append((key, (f"{p}{suffix}_CLIENT_ID", f"{p}{suffix}_CLIENT_SECRET")))
            elif s.type in ("apiKey", "http", "oauth2", "openIdConnect"):
                out.append((key, (f"{p}{suffix}_TOKEN",)))
        return out

    def text(self, s: SecurityScheme, *, markdown: bool = False) -> str:
        """How a user passes credentials for ``s`` (constructor argument, value shape, environment), as
        docstring text or (``markdown``) as escaped Markdown."""
        code: Callable[[str], str] = md_code if markdown else (lambda t: f"``{t}``")
        text: Callable[[str], str] = md_text if markdown else (lambda t: t)
        if s.key == self.api_key_scheme:
            return f"{code('api_key=')}{text(' or ')}{code(self.env_prefix + '_API_KEY')}"
        if s.type == "http" and s.scheme.lower() == "basic":
            shape = f"{text('a ')}{code('(user, password)')}{text(' pair')}"
        elif s.type == "oauth2" and uses_client_credentials(s):
            shape = f"{text('a ')}{code('(client_id, client_secret)')}{text(' pair or an access token')}"
        else:
            shape = text("a token")
        envs = self.env_names.get(s.key, ())
        out = f"{code('credentials={' + repr(s.key) + ': ...}')} ({shape})"
        if envs:
            out += text(" or ") + text(" and ").join(code(e) for e in envs)
        return out
