"""View models for the client templates: ready strings, flags and tuples, nothing to compute in a template."""

from __future__ import annotations

from dataclasses import dataclass

from generator.codegen.layout import Code


@dataclass(frozen=True, slots=True)
class MethodView:
    """One operation's sync and async methods on a resource class."""

    name: str
    overloads: tuple[tuple[str, ...], ...]   # parameter lists of @overload signatures ("" when none)
    params: tuple[str, ...]          # ready parameter declarations, "*" included where keyword-only starts
    returns: str                     # sync return annotation
    async_returns: str               # async return annotation
    docstring: str
    deprecated: str                  # warning message, "" when not deprecated
    call: str                        # client method: "request" | "request_page"
    awaitable: bool                  # async variant awaits the call
    async_def: str                   # "async def" or "def" (paginated async methods return an awaitable)
    await_: str                      # "await " or ""
    options: tuple[Code, ...]        # RequestOptions(...) arguments, ready (``str()`` gives the flat text)
    call_args: tuple[str, ...]       # further arguments of the client call (cast_to=..., pagination=...)
    cast: str                        # annotation to cast the sync result to ("" for none)
    async_cast: str
    raw_assign: str = ""             # ``self.<name> = to_raw_response_wrapper(resource.<name>)``, laid out at 8
    async_raw_assign: str = ""


@dataclass(frozen=True, slots=True)
class ResourceView:
    """One resource module (``resources/<resource>.py``): its sync and async classes and their methods."""

    attr: str                        # attribute on the client, e.g. "products"
    module: str                      # module under resources/, e.g. "products"
    sync_class: str
    async_class: str
    all_names: tuple[str, ...]       # __all__, sorted as isort / ruff sort it
    docstring: str
    imports: tuple[str, ...]
    methods: tuple[MethodView, ...]
    constants: tuple[tuple[str, Code], ...]    # module-level (name, expression), e.g. pagination descriptors
    webhooks: WebhookHelpersView | None


@dataclass(frozen=True, slots=True)
class WebhookHelpersView:
    """Where the ``webhooks`` resource's ``unwrap`` helpers find the typed event classes."""

    events_module: str               # e.g. "webhook_events"
    union_name: str                  # e.g. "WebhookEvent"


@dataclass(frozen=True, slots=True)
class ResourceRefView:
    """One resource as the client classes expose it: a property, with its raw-response wrappers."""

    attr: str
    module: str
    sync_class: str
    async_class: str
    docstring: str
    import_module: str = ""          # ".resources.<module>"
    sync_raw_class: str = ""         # "<SyncClass>WithRawResponse"
    async_raw_class: str = ""
    sync_raw_call: Code = ""         # "<SyncClass>WithRawResponse(self._client.<attr>)"
    async_raw_call: Code = ""
    import_names: tuple[str, ...] = ()  # the four classes, in import order


@dataclass(frozen=True, slots=True)
class ClientView:
    """The ``_client`` module: the sync and async client classes with their resource properties."""

    docstring: str
    client: str
    async_client: str
    imports: tuple[str, ...]
    class_attrs: tuple[tuple[str, Code], ...]  # (name, expression) set on both clients
    resources: tuple[ResourceRefView, ...]
    error_type: str = ""    # the model of error bodies ("" for none), imported on first use
    error_module: str = ""  # e.g. ".types.error"
    all_names: tuple[str, ...] = ()

    @property
    def type_checking_block(self) -> bool:
        """Whether the module has an ``if TYPE_CHECKING:`` block (resources, or the error model)."""
        return bool(self.resources or self.error_type)

    @property
    def error_type_annotation(self) -> str:
        return f"type[{self.error_type}]"


@dataclass(frozen=True, slots=True)
class ExceptionsView:
    """The ``_exceptions`` module: the package's error classes, renamed from the runtime's."""

    root: str                        # e.g. "PocketsflowError"
    all_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventView:
    """One webhook event's typed wrapper class in ``webhook_events.py``."""

    name: str                        # wrapper class name
    key_literal: str                 # event type value as a Python literal
    data_annotation: str
    docstring: str


@dataclass(frozen=True, slots=True)
class EventsView:
    """The ``webhook_events`` module: a typed wrapper per webhook event, and their union."""

    docstring: str
    imports: tuple[str, ...]
    events: tuple[EventView, ...]
    union_name: str
    union_expression: str
    dispatch_literals: tuple[tuple[str, str], ...]   # (event type literal, class name)
    event_types: tuple[str, ...]
    type_header_literal: str
    type_fields_literal: str
    signature_header: str
    signature_header_literal: str
    all_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InitView:
    """The ``__init__.py`` of a client package: the clients, errors and version it exports."""

    docstring: str
    client: str
    async_client: str
    root_error: str
    error_imports: tuple[str, ...]
    all_names: tuple[str, ...]
    has_events: bool
    client_imports: str = ""         # "Client, AsyncClient" in import order


@dataclass(frozen=True, slots=True)
class ReadmeResource:
    """One resource's section of the client README: its methods and an example call."""

    attr: str
    heading: str                               # Markdown: the resource as a code span
    methods: tuple[tuple[str, str, str], ...]  # Markdown: (method, HTTP line, summary)
    example: str


@dataclass(frozen=True, slots=True)
class ReadmeView:
    """The client project's README: install, authentication, resources, pagination, webhooks, errors."""

    title: str
    project: str
    package: str
    client: str
    async_client: str
    version: str
    api_version: str
    generator_version: str
    intro: str
    env_api_key: str
    env_base_url: str
    env_webhook_secret: str
    auth_lines: tuple[str, ...]
    auth_examples: tuple[str, ...]    # Python lines: how to pass each scheme's credentials
    resources: tuple[ReadmeResource, ...]
    paginated_example: str
    webhook_events: tuple[str, ...]
    signature_header: str
    root_error: str
    with_client: str          # Markdown code span: ``with Client() as client:``
    lib_folder: str           # Markdown code span: ``<package>/lib/``
