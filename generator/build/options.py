"""What ``build`` takes besides the spec, and what it returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from generator.errors import Diagnostic
from generator.ir.model import ApiSpec


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Choices from the config that change the IR.

    ``operation_names`` maps an operationId to ``"resource.method"`` (an ``x-pfgen-name`` extension on the
    operation does the same from inside the spec; the config wins). The subset filters are glob patterns
    (``fnmatch``, case-sensitive): an operation is kept when it matches every ``include_*`` list that is non-empty
    (tags: any of its tags; operations: its operationId or ``resource.method``; paths: its path) and no
    ``exclude_*`` list. When any filter is set, schemas that no kept operation or webhook reaches are pruned.
    ``strict`` is reserved for turning warnings into errors.
    """

    operation_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    include_operations: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()
    include_paths: tuple[str, ...] = ()
    strict: bool = False

    def subsetting(self) -> bool:
        return bool(
            self.include_tags or self.exclude_tags or self.include_operations or self.exclude_operations
            or self.include_paths
        )


@dataclass(frozen=True, slots=True)
class BuildResult:
    api: ApiSpec
    diagnostics: tuple[Diagnostic, ...] = ()
