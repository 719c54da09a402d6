"""Which operations a target keeps, and checking its filters against a spec's tags and operationIds.

Rule: an operation is kept when the target has no include filters, or when it matches any of them (a tag in
``include-tags``, its id in ``include-operations`` or its path matching an ``include-paths`` glob); it is then
dropped when it matches any exclude filter (exclusions win). In path globs ``*`` matches within one segment,
``**`` across segments, and a trailing ``/**`` also matches the folder itself (``/orders/**`` keeps ``/orders``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from generator.config.keys import closest
from generator.config.model import ConfigError, TargetConfig
from generator.errors import Diagnostic, Location


@functools.lru_cache(maxsize=256)
def compile_path_glob(glob: str) -> re.Pattern[str]:
    parts: list[str] = []
    index = 0
    while index < len(glob):
        if glob.startswith("/**", index) and index + 3 == len(glob):
            parts.append("(?:/.*)?")
            index += 3
        elif glob.startswith("**", index):
            parts.append(".*")
            index += 2
        elif glob[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif glob[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(glob[index]))
            index += 1
    return re.compile("".join(parts) + r"\Z")


def path_matches(glob: str, path: str) -> bool:
    return compile_path_glob(glob).match(path) is not None


def operation_selected(target: TargetConfig, *, operation_id: str, tags: Iterable[str], path: str) -> bool:
    """Whether ``target`` generates the operation (see the module docstring for the rule)."""
    tag_set = set(tags)
    if target.include_tags or target.include_operations or target.include_paths:
        included = (
            bool(tag_set.intersection(target.include_tags))
            or operation_id in target.include_operations
            or any(path_matches(glob, path) for glob in target.include_paths)
        )
        if not included:
            return False
    return not (
        tag_set.intersection(target.exclude_tags)
        or operation_id in target.exclude_operations
        or any(path_matches(glob, path) for glob in target.exclude_paths)
    )


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
            f"/{index}" if index is not None else "/" + value.replace("~", "~0").replace("/", "~1")
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
