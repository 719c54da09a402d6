"""Swagger 2.0 ``securityDefinitions`` -> OpenAPI 3.0 ``components/securitySchemes``."""

from __future__ import annotations

from typing import Any

from generator.normalize.context import Context
from generator.normalize.pointer import join

# 2.0 flow name -> (3.0 flow name, URL fields that flow carries)
_OAUTH2_FLOWS: dict[str, tuple[str, tuple[str, ...]]] = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}


def convert_security_scheme(scheme: Any, pointer: str, ctx: Context) -> dict[str, Any] | None:
    """One security scheme, or None (with a warning) when it cannot be expressed."""
    if not isinstance(scheme, dict):
        ctx.warn(
            "normalize-security-scheme-invalid",
            "a security scheme is not an object; dropped",
            pointer,
        )
        return None
    kind = scheme.get("type")
    out: dict[str, Any]
    if kind == "basic":
        out = {"type": "http", "scheme": "basic"}
    elif kind == "apiKey":
        out = {"type": "apiKey", "name": scheme.get("name"), "in": scheme.get("in")}
    elif kind == "oauth2":
        out = {"type": "oauth2", "flows": _oauth2_flows(scheme, pointer, ctx)}
    else:
        ctx.warn(
            "normalize-security-scheme-unknown",
            f"security scheme type '{kind}' is not known to Swagger 2.0; the scheme was dropped",
            join(pointer, "type"),
            "use basic, apiKey or oauth2",
        )
        return None
    if "description" in scheme:
        out["description"] = scheme["description"]
    for key, value in scheme.items():
        if key.startswith("x-"):
            out[key] = value
    return out


def _oauth2_flows(scheme: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    flow = scheme.get("flow")
    if not isinstance(flow, str) or flow not in _OAUTH2_FLOWS:
        ctx.warn(
            "normalize-oauth2-flow-unknown",
            f"OAuth2 flow '{flow}' is not known; it was treated as 'accessCode'",
            join(pointer, "flow"),
            "use implicit, password, application or accessCode",
        )
        flow = "accessCode"
    name, url_fields = _OAUTH2_FLOWS[str(flow)]
    out: dict[str, Any] = {}
    for field in url_fields:
        url = scheme.get(field)
        if not isinstance(url, str):
            ctx.warn(
                "normalize-oauth2-url-missing",
                f"OAuth2 flow '{flow}' needs '{field}'; an empty URL was used",
                pointer,
                f"add '{field}' to the security scheme",
            )
            url = ""
        out[field] = url
    scopes = scheme.get("scopes")
    out["scopes"] = dict(scopes) if isinstance(scopes, dict) else {}
    return {name: out}
