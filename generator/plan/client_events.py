"""The ``webhook_events`` module: one typed wrapper class per webhook event, their union and dispatch tables."""

from __future__ import annotations

from collections.abc import Mapping

from generator.codegen.escape import docstring_body, py_literal
from generator.ir.model import ApiSpec, Schema
from generator.ir.names import claim, to_pascal
from generator.plan.client_settings import ClientSettings
from generator.plan.client_views import EventsView, EventView
from generator.plan.ordering import all_sort_key
from generator.plan.pytypes import Imports, TypeNamer


def plan_events(
    api: ApiSpec, settings: ClientSettings, schemas: Mapping[str, Schema], module_of: Mapping[str, str]
) -> EventsView:
    imports = Imports(runtime_package="._runtime")
    namer = TypeNamer(schemas, module_of, "", imports, local_prefix=".types.")
    used = set(schemas)
    events: list[EventView] = []
    for w in sorted(api.webhooks, key=lambda w: w.event_type):
        name = claim(f"{to_pascal(w.event_type) or 'Unnamed'}Webhook", used)
        data = namer.annotation(w.body) if w.body is not None else "Any"
        if data == "Any":
            imports.typing.add("Any")
        doc_parts = [p for p in (w.summary if w.summary != w.key else "", w.description) if p]
        events.append(EventView(name=name, key_literal=py_literal(w.event_type), data_annotation=data,
                                docstring=docstring_body("\n\n".join(doc_parts))))
    imports.typing.update({"Literal", "TypeAlias"})
    imports.add_runtime("_models:APIModel as _APIModel")
    headers = sorted({w.type_header for w in api.webhooks if w.type_header})
    union = "WebhookEvent"
    names = [e.name for e in events] + [union, "EVENT_TYPES", "SIGNATURE_HEADER", "TYPE_FIELDS", "TYPE_HEADER"]
    if len(events) > 1:
        imports.typing.add("Annotated")
        imports.pydantic.add("Field")
        union_expr = f"Annotated[{' | '.join(e.name for e in events)}, Field(discriminator=\"type\")]"
    else:
        union_expr = events[0].name
    signature = settings.signature_header or f"X-{settings.client}-Signature"
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
        event_types=tuple(sorted(w.event_type for w in api.webhooks)),
        type_header_literal=py_literal(headers[0] if headers else ""),
        type_fields_literal=py_literal(("type", "event", "event_type", "eventType")),
        signature_header=signature,
        signature_header_literal=py_literal(signature),
        all_names=tuple(sorted(names, key=all_sort_key)),
    )
