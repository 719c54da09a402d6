"""The client's README: resources and their methods, authentication, environment variables, webhooks."""

from __future__ import annotations

from generator.codegen.escape import md_code, md_text, py_str
from generator.ir.model import ApiSpec
from generator.plan.client_credentials import Credentials, uses_client_credentials
from generator.plan.client_settings import ClientSettings
from generator.plan.client_views import EventsView, ReadmeResource, ReadmeView, ResourceView


def plan_readme(
    api: ApiSpec,
    settings: ClientSettings,
    credentials: Credentials,
    resources: tuple[ResourceView, ...],
    events: EventsView | None,
) -> ReadmeView:
    p = settings.env_prefix
    entries, paginated = _resources(api, resources)
    auth_lines = tuple(
        f"{md_code(s.key)}: {md_text(s.type)}{' ' + md_text(s.scheme) if s.scheme else ''}"
        f"{' (' + md_text(s.location) + ' ' + md_code(s.param_name) + ')' if s.location else ''}"
        f": {credentials.text(s, markdown=True)}"
        for s in api.security_schemes
    )
    return ReadmeView(
        title=api.title or settings.client,
        project=settings.project,
        package=settings.package,
        client=settings.client,
        async_client=f"Async{settings.client}",
        version=settings.version,
        api_version=api.api_version,
        generator_version=settings.generator_version,
        intro=api.description.strip(),
        env_api_key=f"{p}_API_KEY",
        env_base_url=f"{p}_BASE_URL",
        env_webhook_secret=f"{p}_WEBHOOK_SECRET",
        auth_lines=auth_lines,
        auth_examples=_auth_examples(settings, credentials),
        resources=entries,
        paginated_example=paginated,
        webhook_events=events.event_types if events else (),
        signature_header=events.signature_header if events else "",
        root_error=f"{settings.client}Error",
        with_client=md_code(f"with {settings.client}() as client:"),
        lib_folder=md_code(f"{settings.package}/lib/"),
    )


def _resources(api: ApiSpec, resources: tuple[ResourceView, ...]) -> tuple[tuple[ReadmeResource, ...], str]:
    """Each resource's methods as (method, HTTP line, summary), and the first paginated method ("" for none)."""
    by_key = {(op.resource, op.name): op for op in api.operations}
    entries: list[ReadmeResource] = []
    paginated = ""
    for r in resources:
        methods = []
        for m in r.methods:
            op = by_key.get((r.attr, m.name))
            if op is None:
                continue
            methods.append((md_code(f"{m.name}()"), md_code(f"{op.method.upper()} {op.path}"), md_text(op.summary)))
            if op.pagination is not None and not paginated:
                paginated = f"{r.attr}.{m.name}"
        example = ""
        if methods:
            first = next((m for m in r.methods if m.name in ("list", "get")), r.methods[0])
            example = f"client.{r.attr}.{first.name}(...)"
        entries.append(
            ReadmeResource(attr=r.attr, heading=md_code(f"client.{r.attr}"), methods=tuple(methods), example=example)
        )
    return tuple(entries), paginated


def _auth_examples(settings: ClientSettings, credentials: Credentials) -> tuple[str, ...]:
    """README lines that build a client with each scheme's credentials (spec names as string literals)."""
    client = settings.client
    schemes, api_key_scheme = credentials.schemes, credentials.api_key_scheme
    lines: list[str] = []
    if api_key_scheme:
        lines.append(f"client = {client}()  # reads {settings.env_prefix}_API_KEY")
        lines.append(f'client = {client}(api_key="...")  # or pass it')
    for key in sorted(schemes):
        s = schemes[key]
        if key == api_key_scheme or s.type not in ("http", "apiKey", "oauth2", "openIdConnect"):
            continue
        if s.type == "http" and s.scheme.lower() == "basic":
            value = '("user", "password")'
        elif s.type == "oauth2" and uses_client_credentials(s):
            value = '("client_id", "client_secret")'
        else:
            value = '"..."'
        lines.append(f"client = {client}(credentials={{{py_str(key)}: {value}}})")
    return tuple(lines)
