"""OpenAPI 3.1 top-level ``webhooks`` -> ``Webhook``s (the events an API sends to its users)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.builder.context import Context, escape
from generator.builder.schemas import SchemaConverter, tag_value
from generator.ir.model import HTTP_METHODS, Schema, TypeRef, Webhook
from generator.ir.names import to_pascal

_TAGS = ("type", "event", "event_type", "eventType", "kind")


@dataclass(frozen=True, slots=True)
class WebhookDraft:
    """A webhook read from the spec, before its event model is named and its event type decided."""

    webhook: Webhook
    candidate: str          # wanted class name for the event model
    hoisted: bool           # the body is an inline schema hoisted under ``candidate``
    tags: tuple[str, ...]
    header_event: str       # const of an event-name header parameter, when declared


def webhook_drafts(ctx: Context, conv: SchemaConverter) -> list[WebhookDraft]:
    raw = ctx.data.get("webhooks")
    if not isinstance(raw, dict):
        return []
    out = []
    for key in sorted(raw):
        item, iptr = ctx.deref(raw[key], f"#/webhooks/{escape(key)}")
        if not isinstance(item, dict):
            continue
        methods = [m for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        if not methods:
            continue
        method = "post" if "post" in methods else methods[0]
        op: dict[str, Any] = item[method]
        optr = f"{iptr}/{method}"
        candidate = f"{to_pascal(key) or 'Webhook'}Event"
        body: TypeRef | None = None
        hoisted = False
        rb, rbptr = ctx.deref(op.get("requestBody"), f"{optr}/requestBody")
        content = rb.get("content") if isinstance(rb, dict) else None
        if isinstance(content, dict) and content:
            mt = next((m for m in content if "json" in m.lower()), next(iter(content)))
            media = content[mt] if isinstance(content[mt], dict) else {}
            if "schema" in media:
                sptr = f"{rbptr}/content/{escape(mt)}/schema"
                body = conv.at(sptr, media["schema"], candidate)
                hoisted = body.kind == "ref" and body.name == sptr
        header_event = ""
        header_name = ""
        for p in op.get("parameters") or ():
            p, _ = ctx.deref(p, optr)
            if isinstance(p, dict) and p.get("in") == "header" and "event" in str(p.get("name", "")).lower():
                v = tag_value({"properties": {"x": p.get("schema")}}, "x")
                if isinstance(v, str):
                    header_event = v
                    header_name = str(p.get("name"))
        summary, desc = op.get("summary"), op.get("description")
        tags = tuple(t for t in (op["tags"] if isinstance(op.get("tags"), list) else ()) if isinstance(t, str))
        out.append(WebhookDraft(
            Webhook(
                key=key, name="", method=method, pointer=optr, event_type=key, body=body,
                summary=summary if isinstance(summary, str) else "",
                description=desc if isinstance(desc, str) else "",
                type_header=header_name,
            ),
            candidate, hoisted, tags, header_event,
        ))
    return out


def event_type(draft: WebhookDraft, schemas: Mapping[str, Schema]) -> str:
    """The value of the body's type tag (a const or one-value enum), else the event header's const, else the key."""
    t = draft.webhook.body
    seen = 0
    while t is not None and t.kind == "ref" and seen < 16:
        s = schemas.get(t.name)
        if s is None:
            break
        if s.kind == "alias":
            t = s.target
            seen += 1
            continue
        if s.kind == "object":
            for tag in _TAGS:
                f = next((f for f in s.fields if f.wire_name == tag), None)
                if f is None:
                    continue
                v = _single(f.type, schemas)
                if isinstance(v, str):
                    return v
        break
    return draft.header_event or draft.webhook.key


def _single(t: TypeRef, schemas: Mapping[str, Schema]) -> object:
    if t.kind == "literal" and len(t.literals) == 1:
        return t.literals[0]
    if t.kind == "ref":
        s = schemas.get(t.name)
        if s is not None and s.kind == "enum" and len(s.enum_members) == 1:
            return s.enum_members[0].value
    return None
