"""pfgen's project configuration: ``[tool.pfgen]`` in ``pyproject.toml``, or the same keys at the top of ``pfgen.toml``.

Where it is read from
    ``--config FILE`` names the file (either kind; a folder means the config inside it). Otherwise pfgen looks in
    the current folder and then each parent for ``pfgen.toml`` or a ``pyproject.toml`` with a ``[tool.pfgen]``
    table (``pfgen.toml`` wins when a folder has both), stopping at the repository root (a folder with ``.git``).
    With no config, every key takes its default. Relative paths are relative to the config file's folder.

Project keys (``[tool.pfgen]``)

    ====================  =====================================================================================
    key                   meaning
    ====================  =====================================================================================
    spec                  the spec: a snapshot file, a snapshot folder (its newest snapshot, per its index.json) or an http(s) URL
    docs-url              the API docs page ``pfgen fetch`` / ``pfgen update`` look at by default
    output                output root for targets without their own ``output`` (default ``generated``)
    lenient               accept specs with recoverable errors, with warnings (default false)
    allow-remote-refs     let ``$ref`` fetch http(s) documents (default false)
    allow-outside-refs    let ``$ref`` read files outside the project (git work tree, else the spec's folder; default false)
    targets               array of tables (``[[tool.pfgen.targets]]``), one per package; none means one
                          implicit python-client named after the API, written to ``<output>/<package-name>``
    ====================  =====================================================================================

Target keys (``[[tool.pfgen.targets]]``)

    ========================  =================================================================================
    key                       meaning
    ========================  =================================================================================
    name                      target name, selected with ``--target`` (required)
    kind                      ``python-client`` (default) or ``python-stub``
    output                    folder the package is written to (default ``<output>/<package-name>``)
    package-name              Python import name (default: the API title in snake_case, "API" dropped)
    project-name              distribution name (default: the package name with ``-`` for ``_``)
    client-name               client class name (default: the API title in PascalCase)
    env-prefix                prefix of ``<PREFIX>_API_KEY``, ``_BASE_URL``, ``_WEBHOOK_SECRET``
                              (default: the package name upper-cased)
    include-tags              keep only operations having one of these tags
    exclude-tags              drop operations having any of these tags
    include-operations        keep only these operationIds
    exclude-operations        drop these operationIds
    include-paths             keep only operations whose path matches a glob (``*`` one segment, ``**`` any)
    exclude-paths             drop operations whose path matches a glob
                              (kept: no include filter, or any include filter matches; then excludes win)
    base-url                  default base URL of the client (default: the spec's first server)
    default-headers           table of headers sent with every request
    templates                 folder of template overrides searched before the built-in templates
    overlays                  OpenAPI Overlay 1.0 documents applied, in order, before generation
    names                     table ``operationId = "resource.method"`` naming generated methods
    version                   first version of the generated package (default ``1.0.0``; semantic version)
    stateful                  python-stub only: keep created objects in memory (default false)
    webhook-signature-header  header carrying webhook signatures (``""`` for none)
    pagination                table ``operationId = { style = "page"|"offset"|"cursor"|"none", items = ...,
                              page-param, size-param, offset-param, limit-param, cursor-param, next-cursor,
                              has-more }``
    idempotency-header        header sending an idempotency key on non-GET requests (``""`` for none)
    ========================  =================================================================================

Errors are ``ConfigError`` (an ``InputError``, exit code 1) with codes ``config-toml-syntax``,
``config-unknown-key``, ``config-wrong-type``, ``config-bad-value``, ``config-missing-key``, ``config-missing-file``,
``config-duplicate-target``, ``config-output-unsafe``, ``config-missing-table`` and ``config-filter-unmatched``;
each names the file, the line and the key's JSON pointer. A missing ``--config`` file is ``config-not-found``
(exit code 2).
"""

from __future__ import annotations

from pathlib import Path

from generator.config.digest import normalised_config
from generator.config.discover import discover, read_config_file
from generator.config.filters import check_filters_against, operation_selected, path_matches
from generator.config.keys import describe_keys
from generator.config.lookup import default_spec_path, select_target
from generator.config.model import (
    TARGET_KINDS,
    ConfigError,
    PaginationConfig,
    ProjectConfig,
    TargetConfig,
    TargetKind,
)
from generator.config.names import DerivedNames, derive_names, resolve_target_defaults
from generator.config.parse import build_config, default_config

__all__ = [
    "TARGET_KINDS",
    "ConfigError",
    "DerivedNames",
    "PaginationConfig",
    "ProjectConfig",
    "TargetConfig",
    "TargetKind",
    "check_filters_against",
    "default_spec_path",
    "derive_names",
    "describe_keys",
    "load_config",
    "normalised_config",
    "operation_selected",
    "path_matches",
    "resolve_target_defaults",
    "select_target",
]


def load_config(path: Path | None = None, *, cwd: Path | None = None, check_spec: bool = True) -> ProjectConfig:
    """Load and validate the project configuration.

    ``path`` is ``--config`` (relative to ``cwd``); None discovers it from ``cwd`` (default: the process's working
    folder) upward, and returns the default config rooted at ``cwd`` when there is none. ``check_spec=False``
    skips checking that a local ``spec`` exists (``pfgen fetch`` creates it; a command given a SPEC argument
    does not need it).
    """
    base = (cwd or Path.cwd()).resolve()
    if path is not None:
        source = read_config_file(base / path)
    else:
        found = discover(base)
        if found is None:
            return default_config(base)
        source = found
    return build_config(source, check_spec=check_spec)
