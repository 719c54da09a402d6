"""The frozen values ``load_config`` produces: one ``ProjectConfig`` holding its ``TargetConfig`` entries.

Paths are absolute (resolved against the config file's folder); mappings are stored as sorted tuples of pairs so the
values stay hashable and their order never depends on how the TOML was written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from generator.errors import InputError

TargetKind = Literal["python-client", "python-stub"]
TARGET_KINDS: tuple[TargetKind, ...] = ("python-client", "python-stub")

PaginationStyle = Literal["page", "offset", "cursor", "none"]
PAGINATION_STYLES: tuple[PaginationStyle, ...] = ("page", "offset", "cursor", "none")

DEFAULT_OUTPUT = "generated"
DEFAULT_VERSION = "1.0.0"  # the first release of a generated package; later ones follow its API changes


class ConfigError(InputError):
    """The project configuration is invalid (exit code 1); ``code`` says how (``config-unknown-key`` ...)."""


@dataclass(frozen=True, slots=True)
class PaginationConfig:
    """How one operation pages, when the spec cannot say it (``pagination = { opId = { style = ... } }``)."""

    style: PaginationStyle
    items: str | None = None  # response field holding the page's items
    page_param: str | None = None  # query parameter: page number (style "page")
    size_param: str | None = None  # query parameter: page size (styles "page", "cursor")
    offset_param: str | None = None  # query parameter: offset (style "offset")
    limit_param: str | None = None  # query parameter: limit (style "offset")
    cursor_param: str | None = None  # query parameter: cursor (style "cursor")
    next_cursor: str | None = None  # response field (dotted path) holding the next cursor (style "cursor")
    has_more: str | None = None  # response field (dotted path) telling whether more pages exist


@dataclass(frozen=True, slots=True)
class TargetConfig:
    """One thing to generate. ``None`` means "derive from the API" (see ``resolve_target_defaults``)."""

    name: str | None
    kind: TargetKind
    output: Path | None
    output_root: Path  # the project's ``output``; the default output is ``output_root / package_name``
    package_name: str | None = None
    project_name: str | None = None
    client_name: str | None = None
    env_prefix: str | None = None
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    include_operations: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()
    include_paths: tuple[str, ...] = ()
    exclude_paths: tuple[str, ...] = ()
    base_url: str | None = None
    default_headers: tuple[tuple[str, str], ...] = ()
    templates: Path | None = None
    overlays: tuple[Path, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # operationId -> "resource.method"
    version: str = DEFAULT_VERSION
    stateful: bool = False
    webhook_signature_header: str | None = None
    pagination: tuple[tuple[str, PaginationConfig], ...] = ()
    idempotency_header: str | None = None
    implicit: bool = False  # True for the target pfgen invents when no [[targets]] are configured
    pointer: str = ""  # JSON pointer of this target's table in the config file
    source: Path | None = None  # the config file, for error locations
    # JSON pointer -> 1-based line of every key this target set; only used to place error messages.
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False, repr=False)

    @property
    def names_map(self) -> dict[str, str]:
        return dict(self.names)

    @property
    def headers_map(self) -> dict[str, str]:
        return dict(self.default_headers)

    @property
    def pagination_map(self) -> dict[str, PaginationConfig]:
        return dict(self.pagination)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.include_tags
            or self.exclude_tags
            or self.include_operations
            or self.exclude_operations
            or self.include_paths
            or self.exclude_paths
        )


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    """The whole configuration; ``path`` is None when no config file was found (all defaults)."""

    path: Path | None
    root: Path
    spec: str  # a URL, or an absolute local path (file or snapshot folder); "" when not configured
    docs_url: str | None
    output: Path
    lenient: bool
    allow_remote_refs: bool
    allow_outside_refs: bool
    targets: tuple[TargetConfig, ...]
    sha256: str  # of the normalised config: stable across key order, formatting, comments and checkout folder
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False, repr=False)

    @property
    def spec_is_url(self) -> bool:
        return self.spec.startswith(("http://", "https://"))
