"""What a generated client is called and how it is configured, beyond what the API document says."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClientSettings:
    """The generated client's names and configured defaults, as the client planners use them."""

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
