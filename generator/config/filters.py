"""Checking a target's filters against a spec's tags, operationIds and paths. Which operations a target keeps
is decided by the one rule in ``generator.builder.subset`` (``operation_selected`` here applies it to a target).
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.builder.options import BuildOptions, PaginationOverride
from generator.builder.subset import operation_selected as _selected
from generator.builder.subset import path_matches
from generator.config.keys import closest
from generator.config.model import ConfigError, TargetConfig
from generator.errors import Diagnostic, Location
from generator.pointer import escape

__all__ = ["build_options", "check_filters_against", "operation_selected", "path_matches"]


def build_options(target: TargetConfig) -> BuildOptions:
    """Every target setting the build reads, in the one options object it takes."""
    return BuildOptions(
        operation_names=dict(target.names),
        include_tags=target.include_tags,
        exclude_tags=target.exclude_tags,
        include_operations=target.include_operations,
        exclude_operations=target.exclude_operations,
        include_paths=target.include_paths,
        exclude_paths=target.exclude_paths,
        pagination={
            operation_id: PaginationOverride(
                style=entry.style, items=entry.items, page_param=entry.page_param, size_param=entry.size_param,
                offset_param=entry.offset_param, limit_param=entry.limit_param, cursor_param=entry.cursor_param,
                next_cursor=entry.next_cursor, has_more=entry.has_more,
            )
            for operation_id, entry in target.pagination
        },
    )


def operation_selected(target: TargetConfig, *, operation_id: str, tags: Iterable[str], path: str) -> bool:
    """Whether ``target`` generates the operation."""
    return _selected(build_options(target), operation_id=operation_id, tags=tags, path=path)


def _location(target: TargetConfig, pointer: str) -> Location:
    lines = dict(target.lines)
    line = lines.get(pointer)
    if line is None:  # an array element: use the array's line
        line = lines.get(pointer.rsplit("/", 1)[0])
    return Location(str(target.source) if target.source else "", line, None, pointer)


def _hint(value: str, known: set[str], what: str) -> str:
    guess = closest(value, tuple(sorted(known)))
    if guess is None:  # case-insensitive match is the most common slip for tags
        guess = next((item for item in sorted(known) if item.lower() == value.lower()), None)
    listing = sorted(known)
    shown = ", ".join(listing[:12]) + (", ..." if len(listing) > 12 else "")
    return (f"did you mean `{guess}`? " if guess else "") + (
        f"{what} in the spec: {shown}" if listing else f"the spec has no {what}"
    )


def check_filters_against(
    target: TargetConfig,
    *,
    tags: set[str],
    operation_ids: set[str],
    paths: set[str] | None = None,
) -> None:
    """Raise ``ConfigError`` (``config-filter-unmatched``) when a filter, ``names`` or ``pagination`` entry
    refers to a tag, operationId or (when ``paths`` is given) path glob that the spec does not have."""
    problems: list[ConfigError] = []
    label = f"target `{target.name}`" if target.name else "the target"

    def unmatched(key: str, index: int | None, value: str, known: set[str], what: str, noun: str) -> None:
        pointer = f"{target.pointer}/{key}" + (
            f"/{index}" if index is not None else "/" + escape(value)
        )
        problems.append(
            ConfigError(
                "config-filter-unmatched",
                f"`{key}` of {label} names the {noun} {value!r}, which the spec does not have",
                _location(target, pointer),
                _hint(value, known, what),
            )
        )

    for key, values in (("include-tags", target.include_tags), ("exclude-tags", target.exclude_tags)):
        for index, value in enumerate(values):
            if value not in tags:
                unmatched(key, index, value, tags, "tags", "tag")
    for key, values in (
        ("include-operations", target.include_operations),
        ("exclude-operations", target.exclude_operations),
    ):
        for index, value in enumerate(values):
            if value not in operation_ids:
                unmatched(key, index, value, operation_ids, "operationIds", "operationId")
    for key, entries in (
        ("names", [pair[0] for pair in target.names]),
        ("pagination", [pair[0] for pair in target.pagination]),
    ):
        for value in entries:
            if value not in operation_ids:
                unmatched(key, None, value, operation_ids, "operationIds", "operationId")
    if paths is not None:
        for key, globs in (("include-paths", target.include_paths), ("exclude-paths", target.exclude_paths)):
            for index, glob in enumerate(globs):
                if not any(path_matches(glob, path) for path in paths):
                    pointer = f"{target.pointer}/{key}/{index}"
                    problems.append(
                        ConfigError(
                            "config-filter-unmatched",
                            f"`{key}` of {label} has the glob {glob!r}, which matches no path in the spec",
                            _location(target, pointer),
                            "`*` matches within one path segment and `**` across segments; paths look like /orders/{id}",
                        )
                    )
    if problems:
        first = problems[0]
        rest = tuple(Diagnostic("error", p.code, p.message, p.location, p.hint) for p in problems[1:])
        raise ConfigError(first.code, first.message, first.location, first.hint, diagnostics=rest)
