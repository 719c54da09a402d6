"""The ``_client`` module: the sync and async client classes, their class attributes (base URL, credentials,
security, errors, user agent) and one property per resource."""

from __future__ import annotations

from collections.abc import Mapping

from generator.codegen.escape import docstring_body, py_str
from generator.codegen.layout import Code, call, dict_of, tuple_of
from generator.ir.model import ApiSpec
from generator.plan.client_credentials import Credentials, scheme_expr, security_literal
from generator.plan.client_settings import ClientSettings
from generator.plan.client_views import ClientView, ResourceRefView, ResourceView
from generator.plan.ordering import all_sort_key, import_member_key
from generator.plan.pytypes import Imports


def server_url(api: ApiSpec) -> str:
    """The first server's URL with its variables at their defaults ("" when it is not an absolute URL)."""
    if not api.servers:
        return ""
    server = api.servers[0]
    url = server.url
    for name, default, _ in server.variables:
        url = url.replace("{" + name + "}", default)
    return url if url.startswith(("http://", "https://")) else ""


def plan_client_module(
    api: ApiSpec,
    settings: ClientSettings,
    credentials: Credentials,
    error_type: str,
    module_of: Mapping[str, str],
    resources: tuple[ResourceView, ...],
) -> ClientView:
    imports = Imports(runtime_package="._runtime")
    imports.add_runtime("_client:AsyncAPIClient")
    imports.add_runtime("_client:SyncAPIClient")
    imports.stdlib.add("from functools import cached_property")
    attrs = _class_attrs(api, settings, credentials, imports)
    error_module = ""
    if error_type and module_of.get(error_type):
        # Imported on first use (``_default_error_type``): ``import <package>`` builds no model.
        error_module = f".types.{module_of[error_type]}"
    else:
        error_type = ""
    refs = tuple(_resource_ref(r) for r in resources)
    if refs or error_type:
        imports.typing.add("TYPE_CHECKING")
    title = api.title or settings.client
    schemes = credentials.schemes
    ways = [credentials.text(schemes[key]) for key in sorted(schemes)]
    creds = ("Credentials: " + "; ".join(ways) + ".\n\n") if ways else ""
    doc = docstring_body(
        f"Client for the {title} (API version {api.api_version}).\n\n{creds}"
        f"The base URL comes from ``base_url=``, {settings.env_prefix}_BASE_URL, or the API's server."
    )
    return ClientView(
        docstring=doc,
        client=settings.client,
        async_client=f"Async{settings.client}",
        imports=imports.lines(),
        class_attrs=tuple(attrs),
        resources=refs,
        error_type=error_type,
        error_module=error_module,
        all_names=tuple(sorted([settings.client, f"Async{settings.client}"], key=all_sort_key)),
    )


def _class_attrs(
    api: ApiSpec, settings: ClientSettings, credentials: Credentials, imports: Imports
) -> list[tuple[str, Code]]:
    """(name, expression) of the class attributes both clients share, in the order they are written."""
    attrs: list[tuple[str, Code]] = []
    p = settings.env_prefix
    base = settings.base_url or server_url(api)
    attrs.append(("_default_base_url", py_str(base) if base else "None"))
    attrs.append(("_env_base_url", py_str(f"{p}_BASE_URL")))
    schemes = credentials.schemes
    api_key_scheme = credentials.api_key_scheme
    attrs.append(("_env_api_key", py_str(f"{p}_API_KEY") if api_key_scheme else "None"))
    attrs.append(("_api_key_scheme", py_str(api_key_scheme) if api_key_scheme else "None"))
    env_creds = [
        (key, tuple_of([py_str(n) for n in names]) if len(names) > 1 else py_str(names[0]))
        for key, names in credentials.env_names.items()
    ]
    if env_creds:
        attrs.append(("_env_credentials", call("MappingProxyType", [dict_of((py_str(k), v) for k, v in env_creds)])))
    attrs.append(("_env_webhook_secret", py_str(f"{p}_WEBHOOK_SECRET")))
    scheme_exprs: list[tuple[str, Code]] = []
    for key in sorted(schemes):
        expr = scheme_expr(schemes[key], imports)
        if expr:
            scheme_exprs.append((py_str(key), expr))
    # Read-only mappings: class attributes shared by every client instance must not be mutable.
    imports.stdlib.add("from types import MappingProxyType")
    attrs.append(("_security_schemes", call("MappingProxyType", [dict_of(scheme_exprs)])))
    attrs.append(("_default_security", security_literal(credentials.default_security)))
    imports.add_local("._exceptions", "ERROR_CLASSES")
    attrs.append(("_error_classes", "ERROR_CLASSES"))
    attrs.append(("_logger_name", py_str(settings.package)))
    # The version is read from ``_version.py``, so a release that changes only the version leaves this module as it is.
    imports.add_local("._version", "__version__")
    attrs.append(("_user_agent", f"{py_str(f'{settings.project}-python/')} + __version__"))
    if settings.default_headers:
        headers = dict(settings.default_headers)
        attrs.append(
            ("_spec_default_headers", call("MappingProxyType", [dict_of((py_str(k), py_str(v)) for k, v in headers.items())]))
        )
    return attrs


def _resource_ref(r: ResourceView) -> ResourceRefView:
    """What the client module needs of a resource: its classes, their raw-response wrappers, its import."""
    return ResourceRefView(
        r.attr,
        r.module,
        r.sync_class,
        r.async_class,
        r.docstring,
        import_module=f".resources.{r.module}",
        sync_raw_class=f"{r.sync_class}WithRawResponse",
        async_raw_class=f"{r.async_class}WithRawResponse",
        sync_raw_call=call(f"{r.sync_class}WithRawResponse", [f"self._client.{r.attr}"]),
        async_raw_call=call(f"{r.async_class}WithRawResponse", [f"self._client.{r.attr}"]),
        import_names=tuple(sorted(
            (r.sync_class, r.async_class, f"{r.sync_class}WithRawResponse", f"{r.async_class}WithRawResponse"),
            key=import_member_key,
        )),
    )
