"""What ``build`` takes besides the spec, and what it returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from generator.errors import Diagnostic
from generator.ir.model import ApiSpec


@dataclass(frozen=True, slots=True)
class PaginationOverride:
    """How one operation pages, from the config (``pagination = { opId = { style = ... } }``): ``style`` "none"
    turns paging off; unset fields keep what pfgen inferred from the spec, else the style's usual names."""

    style: str                      # "page" | "offset" | "cursor" | "none"
    items: str | None = None        # dotted response path of the items ("" or None: inferred, else the body)
    page_param: str | None = None
    size_param: str | None = None
    offset_param: str | None = None
    limit_param: str | None = None
    cursor_param: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Choices from the config that change the IR.

    ``operation_names`` maps an operationId to ``"resource.method"`` (an ``x-pfgen-name`` extension on the
    operation does the same from inside the spec; the config wins). The subset filters follow the one rule in
    ``generator.builder.subset`` (includes ORed, exclusions win, segment-aware path globs). When any filter is
    set, schemas that no kept operation or webhook reaches are pruned. ``strict`` is reserved for turning
    warnings into errors.
    """

    operation_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    include_operations: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()
    include_paths: tuple[str, ...] = ()
    exclude_paths: tuple[str, ...] = ()
    pagination: Mapping[str, PaginationOverride] = field(default_factory=lambda: MappingProxyType({}))
    strict: bool = False

    def subsetting(self) -> bool:
        return bool(
            self.include_tags or self.exclude_tags or self.include_operations or self.exclude_operations
            or self.include_paths or self.exclude_paths
        )


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What ``build`` returns: the API's IR and the diagnostics found on the way."""

    api: ApiSpec
    diagnostics: tuple[Diagnostic, ...] = ()
