"""Resource modules (``resources/<attr>.py``): one sync and one async class per resource, holding the methods of
its operations, and for ``webhooks`` the helpers that verify and unwrap deliveries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.codegen.escape import docstring_body
from generator.codegen.layout import Code
from generator.ir.model import Operation, Schema, Tag
from generator.ir.names import to_pascal
from generator.plan.client_methods import MethodPlanner
from generator.plan.client_views import EventsView, MethodView, ResourceView, WebhookHelpersView
from generator.plan.ordering import all_sort_key
from generator.plan.pytypes import Imports, TypeNamer

RUNTIME = ".._runtime"
_BUILTIN_TYPES = frozenset({"list", "dict", "tuple", "str", "int", "float", "bool", "bytes", "type", "set"})


def plan_resource(
    attr: str,
    ops: list[Operation],
    events: EventsView | None,
    *,
    tags: Sequence[Tag],
    schemas: Mapping[str, Schema],
    module_of: Mapping[str, str],
    methods: MethodPlanner,
) -> ResourceView:
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
    namer = TypeNamer(schemas, module_of, "", imports, local_prefix="..types.")
    constants: list[tuple[str, Code]] = []
    methods_list: list[MethodView] = []
    for index, op in enumerate(ops):
        namer.shadowed = frozenset(o.name for o in ops[:index]) & _BUILTIN_TYPES
        methods_list.append(methods.plan(op, namer, imports, constants))
    op_tags = sorted({t for op in ops for t in op.tags})
    tag_docs = [t.description for t in tags if t.name in op_tags and t.description]
    doc = docstring_body("\n\n".join(tag_docs) if tag_docs else f"Operations on {attr.replace('_', ' ')}.")
    helpers = None
    if attr == "webhooks" and events is not None:
        helpers = _webhook_helpers(events, imports)
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
        methods=tuple(methods_list),
        constants=tuple(constants),
        webhooks=helpers,
    )


def _webhook_helpers(events: EventsView, imports: Imports) -> WebhookHelpersView:
    imports.add_runtime("_events:UnknownWebhookEvent")
    imports.add_runtime("_events:unwrap_event as _unwrap_event")
    imports.add_runtime("_events:verify_event_signature as _verify_event_signature")
    imports.stdlib.add("from collections.abc import Mapping")
    for name in ("EVENT_TYPES", "SIGNATURE_HEADER", "TYPE_FIELDS", "TYPE_HEADER", events.union_name):
        imports.add_local("..webhook_events", name)
    return WebhookHelpersView(events_module="webhook_events", union_name=events.union_name)
