"""Plan the client part of a package: the client classes, one module per resource, errors, webhook events.

Generated methods are thin: they build a ``RequestOptions`` and hand it to the static runtime. Everything a
template needs (signatures, annotations, call arguments, imports) is computed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from generator.codegen.escape import docstring_body, md_code, md_text, py_literal, py_str
from generator.codegen.layout import (
    Code,
    assignment_lines,
    call,
    dict_of,
    kw,
    lines_text,
    list_of,
    prefixed,
    tuple_of,
)
from generator.ir.model import (
    ApiSpec,
    MediaType,
    Operation,
    Pagination,
    Parameter,
    Response,
    Schema,
    SecurityRequirement,
    SecurityScheme,
    TypeRef,
)
from generator.ir.names import to_pascal
from generator.plan.client_views import (
    ClientView,
    EventsView,
    EventView,
    ExceptionsView,
    InitView,
    MethodView,
    ReadmeResource,
    ReadmeView,
    ResourceRefView,
    ResourceView,
    WebhookHelpersView,
)
from generator.plan.ordering import all_sort_key, import_member_key
from generator.plan.pytypes import Imports, TypeNamer

RUNTIME = ".._runtime"
_ARG_RESERVED = frozenset(
    {"self", "options", "cls", "extra_headers", "extra_query", "extra_body"}
)  # per-call options travel in **options (CallOptions); arguments must not shadow them
# A parameter may be called ``timeout`` or ``max_retries``: the method's call option is renamed instead.
_RENAMED_OPTIONS = {
    frozenset({"timeout"}): "CallOptionsRenamedTimeout",
    frozenset({"max_retries"}): "CallOptionsRenamedRetries",
    frozenset({"timeout", "max_retries"}): "CallOptionsRenamedBoth",
}
_BUILTIN_TYPES = frozenset({"list", "dict", "tuple", "str", "int", "float", "bool", "bytes", "type", "set"})
_JSON_HINTS = ("json",)


@dataclass(frozen=True, slots=True)
class ClientSettings:
    package: str
    project: str
    client: str
    env_prefix: str
    version: str
    generator_version: str
    base_url: str = ""
    default_headers: tuple[tuple[str, str], ...] = ()
    signature_header: str = ""
    idempotency_header: str = ""


@dataclass(frozen=True, slots=True)
class ClientPlan:
    client: ClientView
    exceptions: ExceptionsView
    resources: tuple[ResourceView, ...]
    events: EventsView | None
    init: InitView
    readme: ReadmeView


def _is_json(media_type: str) -> bool:
    mt = media_type.lower().split(";")[0].strip()
    return mt == "application/json" or mt.endswith("+json") or mt == "*/*" or mt == "application/*"


def pick_media(contents: Sequence[MediaType]) -> MediaType | None:
    """The media type a client uses: JSON first, then multipart, form, text, anything else."""
    if not contents:
        return None
    order = (
        lambda m: _is_json(m.media_type),
        lambda m: m.media_type.startswith("multipart/form-data"),
        lambda m: m.media_type.startswith("application/x-www-form-urlencoded"),
        lambda m: m.media_type.startswith("text/"),
    )
    for test in order:
        for m in contents:
            if test(m):
                return m
    return contents[0]


def body_type_of(media_type: str) -> str:
    if _is_json(media_type):
        return "json"
    if media_type.startswith("multipart/"):
        return "multipart"
    if media_type.startswith("application/x-www-form-urlencoded"):
        return "form"
    if media_type.startswith("text/"):
        return "text"
    return "binary"


def success_response(op: Operation) -> Response | None:
    ok = [r for r in op.responses if r.status.startswith("2")]
    if not ok:
        ok = [r for r in op.responses if r.status in ("2XX", "default")]
    return min(ok, key=lambda r: r.status) if ok else None


def _security_names(reqs: Sequence[SecurityRequirement]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(key for key, _ in req.schemes) for req in reqs)


def _security_literal(names: tuple[tuple[str, ...], ...]) -> Code:
    """``(("a",), ("b", "c",),)``: every tuple written with a trailing comma (kept one per line when longer)."""
    if not names:
        return "()"
    return tuple_of([tuple_of([py_str(n) for n in alt], trailing_comma=True) for alt in names], trailing_comma=True)


class ClientPlanner:
    def __init__(self, api: ApiSpec, settings: ClientSettings, module_of: Mapping[str, str]) -> None:
        self.api = api
        self.s = settings
        self.schemas: dict[str, Schema] = {s.name: s for s in api.schemas}
        self.module_of = module_of
        self.default_security = _security_names(api.security)
        self.error_type = self._common_error_type()
        # Credentials, decided once: which scheme ``api_key=`` feeds, and the environment variables of the others.
        self.scheme_map: dict[str, SecurityScheme] = {s.key: s for s in api.security_schemes}
        self.api_key_scheme = self._api_key_scheme(self.scheme_map)
        self.env_names = dict(self._env_names(self.scheme_map, self.api_key_scheme))

    # --- errors -------------------------------------------------------------------------
    def _error_models(self, op: Operation) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for r in op.responses:
            if r.status.startswith(("2", "1", "3")):
                continue
            media = pick_media(r.contents)
            if media is not None and media.type.kind == "ref" and _is_json(media.media_type):
                out.append((r.status, media.type.name))
        return out

    def _common_error_type(self) -> str:
        counts: Counter[str] = Counter()
        for op in self.api.operations:
            for _, name in self._error_models(op):
                counts[name] += 1
        if not counts:
            return ""
        best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        return best

    # --- whole plan -----------------------------------------------------------------------
    def plan(self) -> ClientPlan:
        by_resource: dict[str, list[Operation]] = {}
        for op in self.api.operations:
            by_resource.setdefault(op.resource, []).append(op)
        events = self._events() if self.api.webhooks else None
        if events is not None and "webhooks" not in by_resource:
            by_resource["webhooks"] = []
        resources = tuple(
            self._resource(attr, ops, events) for attr, ops in sorted(by_resource.items())
        )
        client = self._client(resources)
        root = f"{self.s.client}Error"
        exceptions = ExceptionsView(
            root=root, all_names=tuple(sorted([*_ERROR_NAMES, root, "ERROR_CLASSES"], key=all_sort_key))
        )
        init_names = [
            self.s.client, f"Async{self.s.client}", "NOT_GIVEN", "NotGiven", "API_VERSION", "__version__",
            "ClientHooks",
            *_ERROR_NAMES, exceptions.root,
        ]
        init = InitView(
            docstring=docstring_body(f"Typed Python client for the {self.api.title or self.s.client}."),
            client=self.s.client,
            async_client=f"Async{self.s.client}",
            root_error=exceptions.root,
            error_imports=tuple(sorted([*_ERROR_NAMES, root], key=import_member_key)),
            all_names=tuple(sorted(init_names, key=all_sort_key)),
            has_events=events is not None,
            client_imports=", ".join(sorted([self.s.client, f"Async{self.s.client}"], key=import_member_key)),
        )
        return ClientPlan(client, exceptions, resources, events, init, self._readme(resources, events))

    # --- client -------------------------------------------------------------------------
    def _client(self, resources: tuple[ResourceView, ...]) -> ClientView:
        imports = Imports(runtime_package="._runtime")
        imports.add_runtime("_client:AsyncAPIClient")
        imports.add_runtime("_client:SyncAPIClient")
        imports.stdlib.add("from functools import cached_property")
        attrs: list[tuple[str, Code]] = []
        p = self.s.env_prefix
        base = self.s.base_url or self._server_url()
        attrs.append(("_default_base_url", py_str(base) if base else "None"))
        attrs.append(("_env_base_url", py_str(f"{p}_BASE_URL")))
        schemes = self.scheme_map
        api_key_scheme = self.api_key_scheme
        attrs.append(("_env_api_key", py_str(f"{p}_API_KEY") if api_key_scheme else "None"))
        attrs.append(("_api_key_scheme", py_str(api_key_scheme) if api_key_scheme else "None"))
        env_creds = [
            (key, tuple_of([py_str(n) for n in names]) if len(names) > 1 else py_str(names[0]))
            for key, names in self.env_names.items()
        ]
        if env_creds:
            attrs.append(("_env_credentials", call("MappingProxyType", [dict_of((py_str(k), v) for k, v in env_creds)])))
        attrs.append(("_env_webhook_secret", py_str(f"{p}_WEBHOOK_SECRET")))
        scheme_exprs: list[tuple[str, Code]] = []
        for key in sorted(schemes):
            expr = self._scheme_expr(schemes[key], imports)
            if expr:
                scheme_exprs.append((py_str(key), expr))
        # Read-only mappings: class attributes shared by every client instance must not be mutable.
        imports.stdlib.add("from types import MappingProxyType")
        attrs.append(("_security_schemes", call("MappingProxyType", [dict_of(scheme_exprs)])))
        attrs.append(("_default_security", _security_literal(self.default_security)))
        imports.add_local("._exceptions", "ERROR_CLASSES")
        attrs.append(("_error_classes", "ERROR_CLASSES"))
        error_type = error_module = ""
        if self.error_type and self.module_of.get(self.error_type):
            # Imported on first use (``_default_error_type``): ``import <package>`` builds no model.
            error_type, error_module = self.error_type, f".types.{self.module_of[self.error_type]}"
        attrs.append(("_logger_name", py_str(self.s.package)))
        attrs.append(("_user_agent", py_str(f"{self.s.project}-python/{self.s.version}")))
        if self.s.default_headers:
            headers = dict(self.s.default_headers)
            attrs.append(
                ("_spec_default_headers", call("MappingProxyType", [dict_of((py_str(k), py_str(v)) for k, v in headers.items())]))
            )
        refs = tuple(
            ResourceRefView(
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
            for r in resources
        )
        if refs or error_type:
            imports.typing.add("TYPE_CHECKING")
        title = self.api.title or self.s.client
        ways = [self._credential_text(schemes[key]) for key in sorted(schemes)]
        credentials = ("Credentials: " + "; ".join(ways) + ".\n\n") if ways else ""
        doc = docstring_body(
            f"Client for the {title} (API version {self.api.api_version}).\n\n{credentials}"
            f"The base URL comes from ``base_url=``, {p}_BASE_URL, or the API's server."
        )
        return ClientView(
            docstring=doc,
            client=self.s.client,
            async_client=f"Async{self.s.client}",
            imports=imports.lines(),
            class_attrs=tuple(attrs),
            resources=refs,
            error_type=error_type,
            error_module=error_module,
            all_names=tuple(sorted([self.s.client, f"Async{self.s.client}"], key=all_sort_key)),
        )

    def _credential_text(self, s: SecurityScheme, *, markdown: bool = False) -> str:
        """How a user passes credentials for ``s`` (constructor argument, value shape, environment), as
        docstring text or (``markdown``) as escaped Markdown."""
        code: Callable[[str], str] = md_code if markdown else (lambda t: f"``{t}``")
        text: Callable[[str], str] = md_text if markdown else (lambda t: t)
        if s.key == self.api_key_scheme:
            return f"{code('api_key=')}{text(' or ')}{code(self.s.env_prefix + '_API_KEY')}"
        if s.type == "http" and s.scheme.lower() == "basic":
            shape = f"{text('a ')}{code('(user, password)')}{text(' pair')}"
        elif s.type == "oauth2" and self._client_credentials(s):
            shape = f"{text('a ')}{code('(client_id, client_secret)')}{text(' pair or an access token')}"
        else:
            shape = text("a token")
        envs = self.env_names.get(s.key, ())
        out = f"{code('credentials={' + repr(s.key) + ': ...}')} ({shape})"
        if envs:
            out += text(" or ") + text(" and ").join(code(e) for e in envs)
        return out

    def _auth_examples(self) -> tuple[str, ...]:
        """README lines that build a client with each scheme's credentials (spec names as string literals)."""
        client = self.s.client
        schemes, api_key_scheme = self.scheme_map, self.api_key_scheme
        lines: list[str] = []
        if api_key_scheme:
            lines.append(f"client = {client}()  # reads {self.s.env_prefix}_API_KEY")
            lines.append(f'client = {client}(api_key="...")  # or pass it')
        for key in sorted(schemes):
            s = schemes[key]
            if key == api_key_scheme or s.type not in ("http", "apiKey", "oauth2", "openIdConnect"):
                continue
            if s.type == "http" and s.scheme.lower() == "basic":
                value = '("user", "password")'
            elif s.type == "oauth2" and self._client_credentials(s):
                value = '("client_id", "client_secret")'
            else:
                value = '"..."'
            lines.append(f"client = {client}(credentials={{{py_str(key)}: {value}}})")
        return tuple(lines)

    def _server_url(self) -> str:
        if not self.api.servers:
            return ""
        server = self.api.servers[0]
        url = server.url
        for name, default, _ in server.variables:
            url = url.replace("{" + name + "}", default)
        return url if url.startswith(("http://", "https://")) else ""

    def _api_key_scheme(self, schemes: Mapping[str, SecurityScheme]) -> str:
        order = [name for alt in self.default_security for name in alt] + sorted(schemes)
        for name in order:
            s = schemes.get(name)
            if s is None:
                continue
            if (s.type == "http" and s.scheme.lower() == "bearer") or s.type == "apiKey":
                return name
            if s.type in ("oauth2", "openIdConnect") and not self._client_credentials(s):
                return name
        return ""

    @staticmethod
    def _client_credentials(s: SecurityScheme) -> bool:
        return any(f.kind == "clientCredentials" for f in s.flows)

    def _env_names(self, schemes: Mapping[str, SecurityScheme], api_key_scheme: str) -> list[tuple[str, tuple[str, ...]]]:
        """(scheme, environment variables) for every scheme but the ``api_key`` one: a pair for basic
        (user, password) and client-credentials (id, secret), one token variable otherwise."""
        p = self.s.env_prefix
        out: list[tuple[str, tuple[str, ...]]] = []
        for key in sorted(schemes):
            s = schemes[key]
            suffix = "" if len(schemes) == 1 else "_" + "".join(c if c.isalnum() else "_" for c in key).upper()
            if key == api_key_scheme:
                continue
            if s.type == "http" and s.scheme.lower() == "basic":
                out.append((key, (f"{p}{suffix}_USERNAME", f"{p}{suffix}_PASSWORD")))
            elif s.type == "oauth2" and self._client_credentials(s):
                out.append((key, (f"{p}{suffix}_CLIENT_ID", f"{p}{suffix}_CLIENT_SECRET")))
            elif s.type in ("apiKey", "http", "oauth2", "openIdConnect"):
                out.append((key, (f"{p}{suffix}_TOKEN",)))
        return out

    def _scheme_expr(self, s: SecurityScheme, imports: Imports) -> Code:
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

    # --- resources ------------------------------------------------------------------------
    def _resource(self, attr: str, ops: list[Operation], events: EventsView | None) -> ResourceView:
        pascal = to_pascal(attr) or "Default"
        imports = Imports(runtime_package=RUNTIME)
        imports.add_runtime("_options:SyncResource")
        imports.add_runtime("_options:AsyncResource")
        if ops:
            imports.add_runtime("_client:RequestOptions")
            imports.add_runtime("_response:to_raw_response_wrapper")
            imports.add_runtime("_response:async_to_raw_response_wrapper")
        # A method named like a builtin type (``list``) hides it from the annotations of the methods defined
        # after it (for type checkers), so such methods come last and the others keep writing ``list[...]``.
        ops = sorted(ops, key=lambda op: op.name in _BUILTIN_TYPES)
        namer = TypeNamer(self.schemas, self.module_of, "", imports, local_prefix="..types.")
        constants: list[tuple[str, Code]] = []
        methods_list: list[MethodView] = []
        for index, op in enumerate(ops):
            namer.shadowed = frozenset(o.name for o in ops[:index]) & _BUILTIN_TYPES
            methods_list.append(self._method(op, namer, imports, constants))
        methods = tuple(methods_list)
        tags = sorted({t for op in ops for t in op.tags})
        tag_docs = [t.description for t in self.api.tags if t.name in tags and t.description]
        doc = docstring_body("\n\n".join(tag_docs) if tag_docs else f"Operations on {attr.replace('_', ' ')}.")
        helpers = None
        if attr == "webhooks" and events is not None:
            helpers = WebhookHelpersView(events_module="webhook_events", union_name=events.union_name)
            imports.add_runtime("_events:UnknownWebhookEvent")
            imports.add_runtime("_events:unwrap_event as _unwrap_event")
            imports.add_runtime("_events:verify_event_signature as _verify_event_signature")
            imports.stdlib.add("from collections.abc import Mapping")
            for name in ("EVENT_TYPES", "SIGNATURE_HEADER", "TYPE_FIELDS", "TYPE_HEADER", events.union_name):
                imports.add_local("..webhook_events", name)
        return ResourceView(
            attr=attr,
            module=attr,
            sync_class=f"{pascal}Resource",
            async_class=f"Async{pascal}Resource",
            all_names=tuple(
                sorted(
                    (f"{pascal}Resource", f"{pascal}ResourceWithRawResponse", f"Async{pascal}Resource",
                     f"Async{pascal}ResourceWithRawResponse"),
                    key=all_sort_key,
                )
            ),
            docstring=doc,
            imports=imports.lines(),
            methods=methods,
            constants=tuple(constants),
            webhooks=helpers,
        )

    def _method(
        self, op: Operation, namer: TypeNamer, imports: Imports, constants: list[tuple[str, Code]]
    ) -> MethodView:
        positional: list[str] = []
        required_kw: list[str] = []
        optional_kw: list[str] = []
        docs: list[tuple[str, str]] = []
        options: list[Code] = [py_str(op.method.upper()), py_str(op.path)]
        taken: set[str] = set()

        def arg_name(name: str) -> str:
            out = name
            while out in _ARG_RESERVED or out in taken:
                out += "_"
            taken.add(out)
            return out

        path_params = sorted(
            (p for p in op.parameters if p.location == "path"),
            key=lambda p: (op.path.find("{" + p.wire_name + "}"), p.wire_name),
        )
        groups: dict[str, list[tuple[str, str]]] = {"path": [], "header": [], "cookie": []}
        query: list[Code] = []
        for p in path_params:
            name = arg_name(p.name)
            positional.append(f"{name}: {self._param_annotation(p, namer)}")
            groups["path"].append((py_str(p.wire_name), name))
            docs.append((name, p.description))
        for p in sorted((p for p in op.parameters if p.location != "path"), key=lambda p: not p.required):
            name = arg_name(p.name)
            ann = self._param_annotation(p, namer)
            if p.required:
                required_kw.append(f"{name}: {ann}")
            else:
                imports.add_runtime("_types:NOT_GIVEN")
                imports.add_runtime("_types:NotGiven")
                optional_kw.append(f"{name}: {ann} | NotGiven = NOT_GIVEN")
            docs.append((name, p.description))
            if p.location == "query":
                imports.add_runtime("_params:QueryParam")
                style = p.style or "form"
                extra = [] if (style, p.explode) == ("form", True) else [py_str(style), repr(p.explode)]
                query.append(call("QueryParam", [py_str(p.wire_name), name, *extra]))
            else:
                groups[p.location].append((py_str(p.wire_name), name))
        if groups["path"]:
            options.append(dict_of(groups["path"], prefix="path_params="))
        if query:
            options.append(list_of(query, prefix="query="))
        if groups["header"]:
            options.append(dict_of(groups["header"], prefix="headers="))
        if groups["cookie"]:
            options.append(dict_of(groups["cookie"], prefix="cookies="))

        flat: tuple[str, str, int, int] | None = None
        if op.body is not None:
            media = pick_media(op.body.contents)
            if media is not None:
                flat = self._body(op, media, namer, imports, arg_name, required_kw, optional_kw, docs, options)

        security = _security_names(op.security)
        if op.security_declared and security != self.default_security:
            options.append(kw("security", _security_literal(security)))
        elif not op.security_declared and self.default_security and not op.security:
            options.append("security=()")
        idem = op.idempotency_header or self.s.idempotency_header
        if idem and op.method.lower() not in ("get", "head", "options"):
            options.append(f"idempotency_header={py_str(idem)}")
        errors = [(status, model) for status, model in self._error_models(op) if model != self.error_type]
        if errors:
            entries = []
            for status, model in errors:
                ann = namer.reference(model)
                entries.append((str(int(status)) if status.isdigit() else py_str(status), ann))
            options.append(dict_of(entries, prefix="error_types="))
        clash = frozenset({"timeout", "max_retries"} & taken)
        options_type = _RENAMED_OPTIONS.get(clash, "CallOptions")
        imports.add_runtime(f"_options:{options_type}")
        if clash:
            imports.add_runtime("_options:plain_options as _plain_options")
            options.append("**_plain_options(options)")
            for name in sorted(clash):
                note = f"the call option ``{name}`` (renamed: this operation has a ``{name}`` parameter of its own)"
                docs.append((f"request_{name}", note))
        else:
            options.append("**options")

        returns, async_returns, client_call, call_args, cast, async_cast = self._returns(op, namer, imports, constants)
        doc = self._docstring(op, docs)
        deprecated = ""
        if op.deprecated:
            imports.stdlib.add("import warnings as _warnings")
            deprecated = py_literal(f"{op.resource}.{op.name}() is deprecated ({op.method.upper()} {op.path})")
        imports.stdlib.add("from typing_extensions import Unpack")  # third party: sorted there
        overloads: tuple[tuple[str, ...], ...] = ()
        if flat is None:
            params = _signature(positional, required_kw, optional_kw, options_type)
        else:
            # Flattened arguments, or the request model as ``body=``: two overloads, one implementation.
            body_arg, model, req_at, opt_at = flat
            body_required, other_required = required_kw[req_at:], required_kw[:req_at]
            body_optional, other_optional = optional_kw[opt_at:], optional_kw[:opt_at]
            imports.typing.add("overload")
            overloads = (
                _signature(positional, required_kw, optional_kw, options_type),
                _signature(positional, [*other_required, f"{body_arg}: {model}"], other_optional, options_type),
            )
            loosened = [f"{p} | NotGiven = NOT_GIVEN" for p in body_required]
            params = _signature(
                positional, other_required,
                [*other_optional, f"{body_arg}: {model} | NotGiven = NOT_GIVEN", *loosened, *body_optional],
                options_type,
            )
        return MethodView(
            overloads=overloads,
            name=op.name,
            params=params,
            returns=returns,
            async_returns=async_returns,
            docstring=doc,
            deprecated=deprecated,
            call=client_call,
            awaitable=client_call != "request_page",
            async_def="async def" if client_call != "request_page" else "def",
            await_=("await " if client_call != "request_page" else ""),
            options=tuple(options),
            call_args=tuple(call_args),
            cast=cast,
            async_cast=async_cast,
            raw_assign=lines_text(
                assignment_lines(f"self.{op.name}", call("to_raw_response_wrapper", [f"resource.{op.name}"]), 8)
            ),
            async_raw_assign=lines_text(
                assignment_lines(f"self.{op.name}", call("async_to_raw_response_wrapper", [f"resource.{op.name}"]), 8)
            ),
        )

    def _param_annotation(self, p: Parameter, namer: TypeNamer) -> str:
        t = p.type
        if t.nullable:
            t = TypeRef(t.kind, t.name, t.args, t.rest, t.literals, False, t.format, t.constraints)
        return namer.input_annotation(t)

    def _body(
        self,
        op: Operation,
        media: MediaType,
        namer: TypeNamer,
        imports: Imports,
        arg_name: Callable[[str], str],
        required_kw: list[str],
        optional_kw: list[str],
        docs: list[tuple[str, str]],
        options: list[Code],
    ) -> tuple[str, str, int, int] | None:
        """Add the body's arguments; for a flattened object body return ``(body argument, model annotation,
        index of its first required argument, index of its first optional argument)`` for the overloads."""
        assert op.body is not None
        kind = body_type_of(media.media_type)
        target = self.schemas.get(media.type.name) if media.type.kind == "ref" else None
        flatten = kind in ("json", "form", "multipart") and target is not None and target.kind == "object"
        flat: tuple[str, str, int, int] | None = None
        if flatten:
            assert target is not None
            # ``body=`` takes the request model instead of the flattened arguments; a field named ``body``
            # becomes ``body_``.
            body_arg = arg_name("body")
            flat = (body_arg, namer.annotation(media.type), len(required_kw), len(optional_kw))
            required_wire: list[str] = []
            entries: list[tuple[str, str]] = []
            for f in target.fields:
                if f.read_only:
                    continue
                name = arg_name(f.name)
                t = f.type
                if kind == "multipart" and t.kind == "primitive" and t.name == "binary":
                    imports.add_runtime("_types:FileTypes")
                    ann = "FileTypes"
                else:
                    ann = namer.input_annotation(t)
                if f.required and op.body.required:
                    required_kw.append(f"{name}: {ann}")
                    required_wire.append(py_str(f.wire_name))
                else:
                    imports.add_runtime("_types:NOT_GIVEN")
                    imports.add_runtime("_types:NotGiven")
                    optional_kw.append(f"{name}: {ann} | NotGiven = NOT_GIVEN")
                entries.append((py_str(f.wire_name), name))
                docs.append((name, f.description))
            imports.add_runtime("_body:merge_body as _merge_body")
            imports.add_runtime("_types:NOT_GIVEN")
            imports.add_runtime("_types:NotGiven")
            merge_args: list[Code] = [body_arg, dict_of(entries)]
            if required_wire:
                merge_args.append(tuple_of(required_wire))
            if not op.body.required:
                merge_args.append("optional=True")  # no arguments, no body: {} may break the body's schema
            options.append(prefixed("body=", call("_merge_body", merge_args)))
            docs.append((body_arg, f"the whole request body as a ``{flat[1]}`` instead of the arguments above"))
        else:
            name = arg_name(op.body.name or "body")
            if kind == "binary":
                imports.add_runtime("_types:FileContent")
                ann = "FileContent"
            elif kind == "text":
                ann = "str"
            elif kind == "multipart":
                imports.add_runtime("_types:FileTypes")
                imports.typing.add("Any")
                ann = "Mapping[str, Any]"
                imports.stdlib.add("from collections.abc import Mapping")
            else:
                ann = namer.annotation(media.type)
            if op.body.required:
                required_kw.append(f"{name}: {ann}")
            else:
                imports.add_runtime("_types:NOT_GIVEN")
                imports.add_runtime("_types:NotGiven")
                optional_kw.append(f"{name}: {ann} | NotGiven = NOT_GIVEN")
            docs.append((name, op.body.description))
            options.append(f"body={name}")
        if kind != "json":
            options.append(f"body_type={py_str(kind)}")
        # multipart and form content types are set by the encoder (multipart needs its boundary)
        if kind in ("json", "binary", "text") and media.media_type.split(";")[0] != "application/json":
            options.append(f"content_type={py_str(media.media_type)}")
        return flat

    def _returns(
        self, op: Operation, namer: TypeNamer, imports: Imports, constants: list[tuple[str, Code]]
    ) -> tuple[str, str, str, list[str], str, str]:
        response = success_response(op)
        media = pick_media(response.contents) if response is not None else None
        if response is None or media is None or response.status == "204":
            imports.add_runtime("_types:NoneType")
            return "None", "None", "request", ["cast_to=NoneType"], "", ""
        kind = body_type_of(media.media_type)
        if kind == "text":
            text = namer.builtin("str")
            return text, text, "request", ["cast_to=str"], "", ""
        if kind != "json":
            raw = namer.builtin("bytes")
            return raw, raw, "request", ["cast_to=bytes"], "", ""
        if op.pagination is not None:
            item = self._page_item(media.type, op.pagination)
            if item is not None:
                imports.add_runtime("_pagination:Pagination")
                imports.add_runtime("_pagination:SyncPage")
                imports.add_runtime("_pagination:AsyncPaginator")
                item_ann = namer.annotation(item)
                const = f"_{op.name.upper()}_PAGINATION"
                constants.append((const, self._pagination_expr(op.pagination)))
                item_type = item_ann if self._is_simple(item) else self._as_any(item_ann, imports)
                args = [f"pagination={const}", f"item_type={item_type}"]
                if media.type.kind == "ref":
                    args.append(f"model_type={namer.annotation(media.type)}")
                return (f"SyncPage[{item_ann}]", f"AsyncPaginator[{item_ann}]", "request_page", args, "", "")
        ann = namer.annotation(media.type)
        if self._is_simple(media.type):
            return ann, ann, "request", [f"cast_to={ann}"], "", ""
        # Not a plain class: the runtime gets it as ``Any`` and the result is cast back, both as code built
        # from escaped parts (spec text inside is only ever a string literal made by ``py_literal``).
        return ann, ann, "request", [f"cast_to={self._as_any(ann, imports)}"], ann, ann

    @staticmethod
    def _as_any(ann: str, imports: Imports) -> str:
        imports.typing.add("Any")
        imports.typing.add("cast as _cast")
        return f"_cast(Any, {ann})"

    def _is_simple(self, t: TypeRef) -> bool:
        if t.nullable:
            return False
        if t.kind == "ref":
            s = self.schemas.get(t.name)
            return s is not None and s.kind in ("object", "enum") and not s.nullable
        if t.kind == "primitive":
            return t.name in ("str", "int", "float", "bool")
        return False

    def _page_item(self, body: TypeRef, pagination: Pagination) -> TypeRef | None:
        t: TypeRef | None = body
        for key in pagination.items_path:
            t = self._field_type(t, key)
            if t is None:
                return None
        t = self._deref_alias(t)
        if t is None or t.kind != "array" or not t.args:
            return None
        return t.args[0]

    def _deref_alias(self, t: TypeRef | None) -> TypeRef | None:
        seen = 0
        while t is not None and t.kind == "ref" and seen < 20:
            s = self.schemas.get(t.name)
            if s is None or s.kind != "alias":
                return t
            t = s.target
            seen += 1
        return t

    def _field_type(self, t: TypeRef | None, wire: str) -> TypeRef | None:
        t = self._deref_alias(t)
        if t is None or t.kind != "ref":
            return None
        s = self.schemas.get(t.name)
        if s is None or s.kind != "object":
            return None
        for f in s.fields:
            if f.wire_name == wire:
                return f.type
        return None

    @staticmethod
    def _pagination_expr(p: Pagination) -> Code:
        def as_tuple(parts: Sequence[str]) -> Code:
            return tuple_of([py_str(x) for x in parts]) if parts else "()"

        args: list[Code] = [f"style={py_str(p.style)}", kw("items_path", as_tuple(p.items_path))]
        if p.page_param:
            args.append(f"page_param={py_str(p.page_param)}")
        if p.size_param:
            args.append(f"size_param={py_str(p.size_param)}")
        for name, path in (
            ("next_cursor_path", p.next_path),
            ("total_path", p.total_path),
            ("total_pages_path", p.pages_path),
            ("has_more_path", p.has_more_path),
        ):
            if path:
                args.append(kw(name, as_tuple(path)))
        return call("Pagination", args)

    def _docstring(self, op: Operation, docs: list[tuple[str, str]]) -> str:
        parts: list[str] = []
        if op.summary:
            parts.append(op.summary.strip().rstrip(".") + ".")
        if op.description and op.description.strip() != op.summary.strip():
            parts.append(op.description.strip())
        if op.deprecated:
            parts.append("Deprecated: this operation may be removed in a future version of the API.")
        arg_lines = []
        for name, desc in docs:
            if desc:
                arg_lines.append(f"    {name}: " + " ".join(desc.split()))
        if arg_lines:
            parts.append("Args:\n" + "\n".join(arg_lines))
        parts.append(f"``{op.method.upper()} {op.path}``")
        return docstring_body("\n\n".join(parts))

    # --- webhook events -------------------------------------------------------------------
    def _events(self) -> EventsView:
        imports = Imports(runtime_package="._runtime")
        namer = TypeNamer(self.schemas, self.module_of, "", imports, local_prefix=".types.")
        used = set(self.schemas)
        events: list[EventView] = []
        for w in sorted(self.api.webhooks, key=lambda w: w.event_type):
            base = f"{to_pascal(w.event_type) or 'Unnamed'}Webhook"
            name, n = base, 2
            while name in used:
                name, n = f"{base}{n}", n + 1
            used.add(name)
            data = namer.annotation(w.body) if w.body is not None else "Any"
            if data == "Any":
                imports.typing.add("Any")
            doc_parts = [p for p in (w.summary if w.summary != w.key else "", w.description) if p]
            events.append(EventView(name=name, key_literal=py_literal(w.event_type), data_annotation=data,
                                    docstring=docstring_body("\n\n".join(doc_parts))))
        imports.typing.update({"Literal", "TypeAlias"})
        imports.add_runtime("_models:APIModel as _APIModel")
        headers = sorted({w.type_header for w in self.api.webhooks if w.type_header})
        union = "WebhookEvent"
        names = [e.name for e in events] + [union, "EVENT_TYPES", "SIGNATURE_HEADER", "TYPE_FIELDS", "TYPE_HEADER"]
        if len(events) > 1:
            imports.typing.add("Annotated")
            imports.pydantic.add("Field")
            union_expr = f"Annotated[{' | '.join(e.name for e in events)}, Field(discriminator=\"type\")]"
        else:
            union_expr = events[0].name
        signature = self.s.signature_header or f"X-{self.s.client}-Signature"
        return EventsView(
            docstring=docstring_body(
                "Typed webhook events. ``client.webhooks.unwrap(body, headers)`` verifies a delivery's signature and "
                "returns one of these (or ``UnknownWebhookEvent`` for event types this version does not know)."
            ),
            imports=imports.lines(),
            events=tuple(events),
            union_name=union,
            union_expression=union_expr,
            dispatch_literals=tuple((e.key_literal, e.name) for e in events),
            event_types=tuple(sorted(w.event_type for w in self.api.webhooks)),
            type_header_literal=py_literal(headers[0] if headers else ""),
            type_fields_literal=py_literal(("type", "event", "event_type", "eventType")),
            signature_header=signature,
            signature_header_literal=py_literal(signature),
            all_names=tuple(sorted(names, key=all_sort_key)),
        )

    # --- README ---------------------------------------------------------------------------
    def _readme(self, resources: tuple[ResourceView, ...], events: EventsView | None) -> ReadmeView:
        p = self.s.env_prefix
        by_key = {(op.resource, op.name): op for op in self.api.operations}
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
        auth_lines = tuple(
            f"{md_code(s.key)}: {md_text(s.type)}{' ' + md_text(s.scheme) if s.scheme else ''}"
            f"{' (' + md_text(s.location) + ' ' + md_code(s.param_name) + ')' if s.location else ''}"
            f": {self._credential_text(s, markdown=True)}"
            for s in self.api.security_schemes
        )
        return ReadmeView(
            title=self.api.title or self.s.client,
            project=self.s.project,
            package=self.s.package,
            client=self.s.client,
            async_client=f"Async{self.s.client}",
            version=self.s.version,
            api_version=self.api.api_version,
            generator_version=self.s.generator_version,
            intro=self.api.description.strip(),
            env_api_key=f"{p}_API_KEY",
            env_base_url=f"{p}_BASE_URL",
            env_webhook_secret=f"{p}_WEBHOOK_SECRET",
            auth_lines=auth_lines,
            auth_examples=self._auth_examples(),
            resources=tuple(entries),
            paginated_example=paginated,
            webhook_events=events.event_types if events else (),
            signature_header=events.signature_header if events else "",
            root_error=f"{self.s.client}Error",
            with_client=md_code(f"with {self.s.client}() as client:"),
            lib_folder=md_code(f"{self.s.package}/lib/"),
        )


def _signature(
    positional: list[str], required: list[str], optional: list[str], options_type: str = "CallOptions"
) -> tuple[str, ...]:
    params = ["self", *positional]
    if required or optional:
        params.append("*")
    return (*params, *required, *optional, f"**options: Unpack[{options_type}]")


_ERROR_NAMES = (
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "MissingCredentialsError",
    "WebhookVerificationError",
)
