"""Which of an operation's media types and responses a generated client uses, and how it sends a body."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir.model import MediaType, Operation, Response


def is_json(media_type: str) -> bool:
    mt = media_type.lower().split(";")[0].strip()
    return mt == "application/json" or mt.endswith("+json") or mt == "*/*" or mt == "application/*"


def pick_media(contents: Sequence[MediaType]) -> MediaType | None:
    """The media type a client uses: JSON first, then multipart, form, text, anything else."""
    if not contents:
        return None
    order = (
        lambda m: is_json(m.media_type),
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
    if is_json(media_type):
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
