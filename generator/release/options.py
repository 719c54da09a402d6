"""What a release is asked to do (kept light: ``pfgen check`` builds these before knowing whether it renders)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.pipeline import SpecOptions

__all__ = ["ReleaseOptions", "effective_config_sha256"]


@dataclass(frozen=True, slots=True)
class ReleaseOptions:
    """How a release is made beyond the targets' config: loading the spec, the version, black's cache."""

    spec: SpecOptions = field(default_factory=SpecOptions)
    version: str | None = None  # ``--version``: the next version, whatever the changes say
    config_sha256: str = ""  # of the effective configuration (recorded in the manifest)
    cache_dir: Path | None = None  # black's cache; None: the default


def effective_config_sha256(config_sha256: str, overrides: Mapping[str, str]) -> str:
    """The config hash with command-line overrides folded in (they change what is generated, too)."""
    if not overrides:
        return config_sha256
    text = config_sha256 + "".join(f"\0{k}={v}" for k, v in sorted(overrides.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
