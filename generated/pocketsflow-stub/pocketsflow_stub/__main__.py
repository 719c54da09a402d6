"""``python -m`` entry point: serve the stub, or ``send-webhook EVENT --to URL``."""

from __future__ import annotations

from collections.abc import Sequence

from ._runtime._cli import WebhookSettings
from ._runtime._cli import main as _main
from .app import create_app

SETTINGS = WebhookSettings(
    signature_header="X-Pocketsflow-Signature",
    secret_env="POCKETSFLOW_WEBHOOK_SECRET",
    event_header="X-Pocketsflow-Event",
)


def main(argv: Sequence[str] | None = None) -> int:
    return _main(
        argv,
        prog="python -m pocketsflow_stub",
        create_app=create_app,
        settings=SETTINGS,
        stateful_default=False,
        api_key_env="POCKETSFLOW_STUB_API_KEY",
    )


if __name__ == "__main__":
    raise SystemExit(main())
