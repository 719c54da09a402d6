"""``python -m <stub>``: serve the stub with uvicorn, or send a signed example webhook event.

python -m <stub> [serve] [--host 127.0.0.1] [--port 8000] [--stateful] [--api-key KEY]
python -m <stub> send-webhook EVENT --to URL [--secret S]

``--api-key`` (default: the ``<PREFIX>_STUB_API_KEY`` environment variable, ``PFGEN_STUB_API_KEY`` for a stub that
names none) makes secured operations accept only that credential; without it any credential is accepted.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from . import _catalog
from ._examples import generate

__all__ = ["DEFAULT_API_KEY_ENV", "WebhookSettings", "main", "sign", "webhook_event"]

_EVENT_KEYS = ("type", "event", "event_type", "eventType")
DEFAULT_API_KEY_ENV = "PFGEN_STUB_API_KEY"


@dataclass(frozen=True)
class WebhookSettings:
    signature_header: str  # e.g. "X-Pocketsflow-Signature"
    secret_env: str  # e.g. "POCKETSFLOW_WEBHOOK_SECRET"
    event_header: str = ""  # e.g. "X-Pocketsflow-Event" ("" to send none)


def sign(payload: bytes, secret: str) -> str:
    """Lower-case hex HMAC-SHA256 of the raw body, keyed with the signing secret."""
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def webhook_event(event: str) -> Any:
    """An example payload for webhook ``event`` (its event-type field set to ``event`` when it has one)."""
    entry = _catalog.webhooks()[event]
    payload = generate(entry.get("schema"), _catalog.schemas())
    if isinstance(payload, dict):
        for key in _EVENT_KEYS:
            if isinstance(payload.get(key), str):
                payload[key] = str(entry.get("event_type") or event)
    return payload


def send_webhook(
    event: str, url: str, secret: str, settings: WebhookSettings, timeout: float = 10.0
) -> int:
    """POST a signed example of ``event`` to ``url``; returns the receiver's HTTP status."""
    body = json.dumps(webhook_event(event), separators=(",", ":")).encode("utf-8")
    headers = {"Content-Type": "application/json", settings.signature_header: sign(body, secret)}
    if settings.event_header:
        headers[settings.event_header] = event
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _serve(
    argv: Sequence[str],
    prog: str,
    create_app: Callable[..., FastAPI],
    stateful_default: bool,
    api_key_env: str,
) -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        usage=(
            f"{prog} [serve] [--host HOST] [--port PORT] [--stateful] [--api-key KEY] [--log-level LEVEL]\n"
            f"       {prog} send-webhook EVENT --to URL [--secret SECRET]"
        ),
        description="Run the API stub with uvicorn (the serve command, the default), or send a webhook event.",
        epilog=(
            "commands:\n"
            "  serve          run the stub with uvicorn (the default; options above)\n"
            "  send-webhook   POST a signed example webhook event to a receiver\n"
            f"                 (see: {prog} send-webhook --help)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument(
        "--stateful",
        action=argparse.BooleanOptionalAction,
        default=stateful_default,
        help="keep created objects in memory (create/list/get/update/delete)",
    )
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        help=(
            "accept only this credential on secured operations (bearer token, API key value, basic password or "
            f"user:password); others get 401 (default: ${api_key_env}; unset: any credential is accepted)"
        ),
    )
    parser.add_argument(
        "--log-level", default="info", metavar="LEVEL", help="uvicorn log level (default: info)"
    )
    args = parser.parse_args(list(argv))
    api_key = args.api_key if args.api_key is not None else os.environ.get(api_key_env, "")
    options: dict[str, Any] = {"stateful": args.stateful}
    if api_key:
        options["api_key"] = api_key
    import uvicorn

    uvicorn.run(create_app(**options), host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _send(argv: Sequence[str], prog: str, settings: WebhookSettings) -> int:
    events = sorted(_catalog.webhooks())
    parser = argparse.ArgumentParser(
        prog=f"{prog} send-webhook",
        description="POST a signed example webhook event to a receiver.",
        epilog="events: " + (", ".join(events) if events else "(the API declares no webhooks)"),
    )
    parser.add_argument(
        "event", help="the event type, e.g. " + (events[0] if events else "order.completed")
    )
    parser.add_argument("--to", required=True, metavar="URL", help="the receiver's URL")
    parser.add_argument("--secret", help=f"signing secret (default: ${settings.secret_env})")
    args = parser.parse_args(list(argv))
    if args.event not in events:
        parser.error(f"unknown event {args.event!r}; known events: {', '.join(events) or 'none'}")
    secret = args.secret or os.environ.get(settings.secret_env, "")
    if not secret:
        parser.error(f"no signing secret: pass --secret or set {settings.secret_env}")
    try:
        status = send_webhook(args.event, args.to, secret, settings)
    except (OSError, ValueError) as exc:
        print(f"error: could not deliver {args.event} to {args.to}: {exc}", file=sys.stderr)
        return 2
    print(f"sent {args.event} to {args.to}: HTTP {status}")
    return 0 if 200 <= status < 300 else 1


def main(
    argv: Sequence[str] | None,
    *,
    prog: str,
    create_app: Callable[..., FastAPI],
    settings: WebhookSettings,
    stateful_default: bool = False,
    api_key_env: str = DEFAULT_API_KEY_ENV,
) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "send-webhook":
        return _send(args[1:], prog, settings)
    if args and args[0] == "serve":
        args = args[1:]
    return _serve(args, prog, create_app, stateful_default, api_key_env)
