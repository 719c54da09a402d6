"""components.securitySchemes -> ``SecurityScheme``s."""

from __future__ import annotations

from typing import Any, Literal, cast

from generator.builder.context import Context, escape
from generator.ir.model import OAuthFlow, SecurityScheme

_FLOWS = ("authorizationCode", "clientCredentials", "implicit", "password")
_TYPES = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")
_LOCS = ("header", "query", "cookie")


def _s(node: dict[str, Any], key: str) -> str:
    v = node.get(key)
    return v if isinstance(v, str) else ""


def security_schemes(ctx: Context) -> tuple[SecurityScheme, ...]:
    components = ctx.data.get("components")
    raw = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(raw, dict):
        return ()
    out = []
    for key in sorted(raw):
        node, ptr = ctx.deref(raw[key], f"#/components/securitySchemes/{escape(key)}")
        if not isinstance(node, dict):
            continue
        kind = node.get("type")
        if kind not in _TYPES:
            ctx.warn("security-scheme-unsupported", f"Security scheme type {kind!r} is not supported; skipped.", ptr)
            continue
        flows = []
        raw_flows = node.get("flows")
        if kind == "oauth2" and isinstance(raw_flows, dict):
            for fkind in _FLOWS:
                f = raw_flows.get(fkind)
                if not isinstance(f, dict):
                    continue
                raw_scopes = f.get("scopes")
                scopes: dict[str, Any] = raw_scopes if isinstance(raw_scopes, dict) else {}
                flows.append(OAuthFlow(
                    kind=cast(Literal["clientCredentials", "authorizationCode", "implicit", "password"], fkind),
                    token_url=_s(f, "tokenUrl"),
                    authorization_url=_s(f, "authorizationUrl"),
                    refresh_url=_s(f, "refreshUrl"),
                    scopes=tuple(sorted((str(k), str(v) if v is not None else "") for k, v in scopes.items())),
                ))
        loc = node.get("in") if kind == "apiKey" else ""
        if kind == "apiKey" and loc not in _LOCS:
            ctx.warn("security-scheme-invalid", f"apiKey scheme {key!r} has no valid `in`; assumed header.", ptr)
            loc = "header"
        out.append(SecurityScheme(
            key=key,
            type=cast(Literal["http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"], kind),
            pointer=ptr,
            scheme=_s(node, "scheme").lower() if kind == "http" else "",
            location=cast(Literal["header", "query", "cookie", ""], loc or ""),
            param_name=_s(node, "name") if kind == "apiKey" else "",
            bearer_format=_s(node, "bearerFormat"),
            description=_s(node, "description"),
            flows=tuple(flows),
            open_id_connect_url=_s(node, "openIdConnectUrl"),
        ))
    return tuple(out)
