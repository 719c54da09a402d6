"""Plan the client part of a package: the client classes, one module per resource, errors, webhook events.

Generated methods are thin: they build a ``RequestOptions`` and hand it to the static runtime. Everything a
template needs (signatures, annotations, call arguments, imports) is computed here, one concern per module:

- ``client_module``: the ``_client`` module (client classes, their settings and resources)
- ``client_credentials``: security schemes, the ``api_key=`` scheme, credential environment variables
- ``client_resources``: the resource modules; ``client_methods``: one method per operation, built from
  ``client_arguments`` (parameters, request body) and ``client_returns`` (return types, ``client_pagination``)
- ``client_errors``: error models and the ``_exceptions`` module; ``client_events``: webhook events
- ``client_readme``: the README; ``client_media``: media type and success response choice

``ClientPlanner`` coordinates them and plans the package ``__init__``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator import reuse
from generator.codegen.escape import docstring_body
from generator.ir.model import ApiSpec, Operation, Schema
from generator.plan.client_credentials import Credentials
from generator.plan.client_errors import ERROR_NAMES, common_error_type, plan_exceptions
from generator.plan.client_events import plan_events
from generator.plan.client_media import body_type_of, pick_media, success_response
from generator.plan.client_methods import MethodPlanner
from generator.plan.client_module import plan_client_module
from generator.plan.client_readme import plan_readme
from generator.plan.client_resources import plan_resource
from generator.plan.client_settings import ClientSettings
from generator.plan.client_views import (
    ClientView,
    EventsView,
    ExceptionsView,
    InitView,
    ReadmeView,
    ResourceView,
)
from generator.plan.memo import PlanMemo
from generator.plan.ordering import all_sort_key, import_member_key

__all__ = ["ClientPlan", "ClientPlanner", "ClientSettings", "body_type_of", "pick_media", "success_response"]


@dataclass(frozen=True, slots=True)
class ClientPlan:
    """The views of a client package's modules and README, as ``ClientPlanner.plan`` returns them."""

    client: ClientView
    exceptions: ExceptionsView
    resources: tuple[ResourceView, ...]
    events: EventsView | None
    init: InitView
    readme: ReadmeView


class ClientPlanner:
    def __init__(self, api: ApiSpec, settings: ClientSettings, module_of: Mapping[str, str],
                 memo: PlanMemo | None = None) -> None:
        self.api = api
        self.memo = memo
        self.s = settings
        self.schemas: dict[str, Schema] = {s.name: s for s in api.schemas}
        self.module_of = module_of
        self.error_type = common_error_type(api)
        self.credentials = Credentials(api, settings.env_prefix)

    def plan(self) -> ClientPlan:
        api = self.api
        by_resource: dict[str, list[Operation]] = {}
        for op in api.operations:
            by_resource.setdefault(op.resource, []).append(op)
        events = plan_events(api, self.s, self.schemas, self.module_of) if api.webhooks else None
        if events is not None and "webhooks" not in by_resource:
            by_resource["webhooks"] = []
        security, error_type, idempotency = self.credentials.default_security, self.error_type, self.s.idempotency_header

        def resource(parts: Sequence[Any], seen: Sequence[Mapping[str, Any]]) -> ResourceView:
            methods = MethodPlanner(seen[0], security, error_type, idempotency)
            return plan_resource(parts[0], list(parts[1:]), events, tags=api.tags, schemas=seen[0],
                                 module_of=seen[1], methods=methods)

        # A watch keeps a resource's view while its operations are the very objects planned last time and the
        # schemas and modules it looked up are the same (``reuse``); a one-shot run with a memo, while they are
        # equal to last run's (``plan.memo``).
        items = [(attr, (attr, *ops)) for attr, ops in sorted(by_resource.items())]
        key = (events, api.tags, security, error_type, idempotency)
        tables = (self.schemas, self.module_of)
        memo = self.memo
        if memo is not None:
            resources = tuple(memo.view(f"resource:{attr}", (key, *parts), tables, functools.partial(resource, parts))
                              for attr, parts in items)
        else:
            resources = tuple(reuse.map_kept_reading("plan.resources", items, tables, resource, key=key))
        client = plan_client_module(api, self.s, self.credentials, self.error_type, self.module_of, resources)
        exceptions = plan_exceptions(f"{self.s.client}Error")
        readme = plan_readme(api, self.s, self.credentials, resources, events)
        return ClientPlan(client, exceptions, resources, events, self._init(exceptions.root, events), readme)

    def _init(self, root_error: str, events: EventsView | None) -> InitView:
        """The package ``__init__`` (and ``resources/__init__``): the clients, errors and version exported."""
        client, async_client = self.s.client, f"Async{self.s.client}"
        init_names = [
            client, async_client, "NOT_GIVEN", "NotGiven", "API_VERSION", "__version__", "ClientHooks",
            *ERROR_NAMES, root_error,
        ]
        return InitView(
            docstring=docstring_body(f"Typed Python client for the {self.api.title or client}."),
            client=client,
            async_client=async_client,
            root_error=root_error,
            error_imports=tuple(sorted([*ERROR_NAMES, root_error], key=import_member_key)),
            all_names=tuple(sorted(init_names, key=all_sort_key)),
            has_events=events is not None,
            client_imports=", ".join(sorted([client, async_client], key=import_member_key)),
        )
