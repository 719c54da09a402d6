"""A stable hash of the normalised configuration, recorded in the output manifest.

Normalised means: every key with its effective value (defaults filled in), paths relative to the config folder
written with `/`, mappings sorted, JSON with sorted keys. Reordering keys, adding comments, spelling out a default
or moving the checkout elsewhere does not change the hash; changing what would be generated does.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.config.model import ProjectConfig, TargetConfig


def _relative(path: Path | None, root: Path) -> str | None:
    if path is None:
        return None
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:  # another drive on Windows: keep it absolute
        return path.as_posix()


def _target(target: TargetConfig, root: Path) -> dict[str, Any]:
    return {
        "name": target.name,
        "kind": target.kind,
        "output": _relative(target.output, root),
        "output-root": _relative(target.output_root, root),
        "package-name": target.package_name,
        "project-name": target.project_name,
        "client-name": target.client_name,
        "env-prefix": target.env_prefix,
        "include-tags": sorted(target.include_tags),
        "exclude-tags": sorted(target.exclude_tags),
        "include-operations": sorted(target.include_operations),
        "exclude-operations": sorted(target.exclude_operations),
        "include-paths": sorted(target.include_paths),
        "exclude-paths": sorted(target.exclude_paths),
        "base-url": target.base_url,
        "default-headers": [list(pair) for pair in target.default_headers],
        "templates": _relative(target.templates, root),
        "overlays": [_relative(path, root) for path in target.overlays],
        "names": [list(pair) for pair in target.names],
        "version": target.version,
        "stateful": target.stateful,
        "webhook-signature-header": target.webhook_signature_header,
        "pagination": [[operation_id, asdict(entry)] for operation_id, entry in target.pagination],
        "idempotency-header": target.idempotency_header,
        "implicit": target.implicit,
    }


def normalised_config(config: ProjectConfig) -> dict[str, Any]:
    """The config as plain JSON data with no absolute paths (what ``sha256`` is computed over)."""
    spec = config.spec
    if spec and not config.spec_is_url:
        spec = _relative(Path(spec), config.root) or ""
    return {
        "spec": spec,
        "docs-url": config.docs_url,
        "output": _relative(config.output, config.root),
        "lenient": config.lenient,
        "allow-remote-refs": config.allow_remote_refs,
        "allow-outside-refs": config.allow_outside_refs,
        "targets": [_target(target, config.root) for target in config.targets],
    }


def config_sha256(config: ProjectConfig) -> str:
    text = json.dumps(normalised_config(config), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
