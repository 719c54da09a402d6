"""Errors in a generated client: the error models of operations, the one most share (the client's default error
type), and the ``_exceptions`` module's view."""

from __future__ import annotations

from collections import Counter

from generator.ir.model import ApiSpec, Operation
from generator.plan.client_media import is_json, pick_media
from generator.plan.client_views import ExceptionsView
from generator.plan.ordering import all_sort_key

# The exception classes every client has (the runtime defines them); the package's root error comes on top.
ERROR_NAMES = (
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


def error_models(op: Operation) -> list[tuple[str, str]]:
    """(status, model name) for each error response of ``op`` with a JSON body that is a named model."""
    out: list[tuple[str, str]] = []
    for r in op.responses:
        if r.status.startswith(("2", "1", "3")):
            continue
        media = pick_media(r.contents)
        if media is not None and media.type.kind == "ref" and is_json(media.media_type):
            out.append((r.status, media.type.name))
    return out


def common_error_type(api: ApiSpec) -> str:
    """The error model most error responses use (a tie goes to the alphabetically first); "" when there is none."""
    counts: Counter[str] = Counter()
    for op in api.operations:
        for _, name in error_models(op):
            counts[name] += 1
    if not counts:
        return ""
    best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return best


def plan_exceptions(root: str) -> ExceptionsView:
    return ExceptionsView(
        root=root, all_names=tuple(sorted([*ERROR_NAMES, root, "ERROR_CLASSES"], key=all_sort_key))
    )
