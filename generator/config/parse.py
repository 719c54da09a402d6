"""Validate a pfgen table and build the frozen ``ProjectConfig``.

Hand-written checks rather than a JSON Schema so each problem gets its own code, a message naming the key, the
line it is on and a hint ("did you mean `include-tags`?"). All problems are collected; the first is raised and
the others ride along as ``diagnostics`` so one run shows everything to fix.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from generator.config.digest import config_sha256
from generator.config.keys import PAGINATION_KEYS, PROJECT_KEYS, TARGET_KEYS, closest
from generator.config.model import (
    DEFAULT_OUTPUT,
    DEFAULT_VERSION,
    PAGINATION_STYLES,
    TARGET_KINDS,
    ConfigError,
    PaginationConfig,
    ProjectConfig,
    TargetConfig,
    TargetKind,
)
from generator.config.names import (
    ENV_PREFIX,
    IDENTIFIER,
    PROJECT_NAME,
    TARGET_NAME,
    class_problem,
    derive_names,
    package_problem,
)
from generator.config.source import ConfigSource
from generator.errors import Diagnostic
from generator.pointer import escape

T = TypeVar("T")

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# PEP 440 (the canonical pattern from the `packaging` project, which pfgen does not depend on).
_PEP440 = re.compile(
    r"^v?(?:(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?"
    r"(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?(?:[-_.]?dev[-_.]?[0-9]*)?)(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$",
    re.IGNORECASE,
)
_REQUIRED_BY_STYLE: dict[str, tuple[str, ...]] = {
    "page": ("page-param",),
    "offset": ("offset-param",),
    "cursor": ("cursor-param", "next-cursor"),
    "none": (),
}
_ALLOWED_BY_STYLE: dict[str, frozenset[str]] = {
    "page": frozenset({"style", "items", "page-param", "size-param", "has-more"}),
    "offset": frozenset({"style", "items", "offset-param", "limit-param", "has-more"}),
    "cursor": frozenset({"style", "items", "cursor-param", "size-param", "next-cursor", "has-more"}),
    "none": frozenset({"style"}),
}


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return "a date/time"


def is_url(spec: str) -> bool:
    return bool(_SCHEME.match(spec))


def _http_url_problem(value: str) -> str | None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "it is not an http(s) URL"
    return None


class _Context:
    """Problems found so far and where keys are in the text."""

    def __init__(self, source: ConfigSource) -> None:
        self.source = source
        self.problems: list[ConfigError] = []
        self.lines: dict[str, int] = {}

    @property
    def file_label(self) -> str:
        return self.source.path.name

    def note(self, pointer: str) -> None:
        line = self.source.locate(pointer).line
        if line is not None:
            self.lines[pointer] = line

    def add(self, code: str, message: str, pointer: str, hint: str = "") -> None:
        self.problems.append(ConfigError(code, message, self.source.locate(pointer), hint))

    def wrong_type(self, key: str, pointer: str, expected: str, value: object, hint: str = "") -> None:
        self.add(
            "config-wrong-type",
            f"`{key}` must be {expected}, not {_type_name(value)}",
            pointer,
            hint or f"write it as {expected} in {self.file_label}",
        )

    def raise_if_any(self) -> None:
        if not self.problems:
            return
        # In file order, so the report reads top to bottom like the file.
        ordered = sorted(self.problems, key=lambda error: (error.location.line or 0, error.location.col or 0))
        first, rest = ordered[0], ordered[1:]
        diagnostics = tuple(
            Diagnostic("error", problem.code, problem.message, problem.location, problem.hint) for problem in rest
        )
        raise ConfigError(first.code, first.message, first.location, first.hint, diagnostics=diagnostics)


def _unknown_keys(ctx: _Context, table: dict[str, Any], known: dict[str, str], pointer: str, where: str) -> None:
    for key in table:
        if key in known:
            continue
        hint_parts: list[str] = []
        guess = closest(key, tuple(known))
        if guess:
            hint_parts.append(f"did you mean `{guess}`?")
        elif known is PROJECT_KEYS and (closest(key, tuple(TARGET_KEYS)) or key in TARGET_KEYS):
            target_key = closest(key, tuple(TARGET_KEYS))
            hint_parts.append(f"`{target_key}` is a target key: put it in a [[targets]] table")
        else:
            hint_parts.append("known keys: " + ", ".join(sorted(known)))
        ctx.add(
            "config-unknown-key",
            f"unknown key `{key}` in {where}",
            f"{pointer}/{_escape(key)}",
            " ".join(hint_parts),
        )


_escape = escape


def _get(
    ctx: _Context, table: dict[str, Any], key: str, pointer: str, check: Callable[[Any], bool], expected: str
) -> Any:
    """The value of ``key`` when present and of the right type; None otherwise (a problem is noted)."""
    if key not in table:
        return None
    value = table[key]
    ctx.note(pointer)
    if not check(value):
        ctx.wrong_type(key, pointer, expected, value)
        return None
    return value


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_table(value: Any) -> bool:
    return isinstance(value, dict)


def _string(
    ctx: _Context,
    table: dict[str, Any],
    key: str,
    pointer: str,
    *,
    empty_ok: bool = False,
    pattern: re.Pattern[str] | None = None,
    rule: str = "",
    hint: str = "",
) -> str | None:
    value = _get(ctx, table, key, pointer, _is_str, "a string")
    if value is None:
        return None
    if value == "":
        if not empty_ok:
            ctx.add("config-bad-value", f"`{key}` must not be empty", pointer, hint or f"set `{key}` or remove it")
        return None
    if pattern is not None and not pattern.match(value):
        ctx.add("config-bad-value", f"`{key}` = {value!r} is invalid: {rule}", pointer, hint)
        return None
    return str(value)


def _bool(ctx: _Context, table: dict[str, Any], key: str, pointer: str, default: bool) -> bool:
    value = _get(ctx, table, key, pointer, _is_bool, "a boolean (true or false)")
    return default if value is None else bool(value)


def _path(ctx: _Context, root: Path, value: str) -> Path:
    return (root / value).resolve()


def _existing(ctx: _Context, root: Path, table: dict[str, Any], key: str, pointer: str, *, folder: bool) -> Path | None:
    value = _string(ctx, table, key, pointer)
    if value is None:
        return None
    path = _path(ctx, root, value)
    ok = path.is_dir() if folder else path.is_file()
    if not ok:
        what = "folder" if folder else "file"
        problem = (
            "is a file, not a folder"
            if folder and path.exists()
            else ("is a folder, not a file" if path.exists() else "does not exist")
        )
        ctx.add(
            "config-missing-file",
            f"`{key}` names the {what} {value!r}, which {problem}",
            pointer,
            f"paths are relative to {root}; create the {what} or fix the path",
        )
        return None
    return path


def _string_list(ctx: _Context, table: dict[str, Any], key: str, pointer: str) -> tuple[str, ...] | None:
    value = _get(ctx, table, key, pointer, _is_str_list, "an array of strings")
    if value is None:
        return None
    for index, item in enumerate(value):
        if not item.strip():
            ctx.add(
                "config-bad-value", f"`{key}` contains an empty string", f"{pointer}/{index}", "remove the empty entry"
            )
            return None
    return tuple(value)


def _http_url(ctx: _Context, table: dict[str, Any], key: str, pointer: str) -> str | None:
    """The string at ``key`` when it is a full http(s) URL; None (with a problem when it is not) otherwise."""
    value = _string(ctx, table, key, pointer)
    if value is not None and (problem := _http_url_problem(value)):
        ctx.add(
            "config-bad-value",
            f"`{key}` = {value!r} is invalid: {problem}",
            pointer,
            "write the full address, starting with https://",
        )
        return None
    return value


def _parse_project(ctx: _Context, root: Path, *, check_spec: bool) -> ProjectConfig:
    table = ctx.source.table
    base = ctx.source.base_pointer
    _unknown_keys(ctx, table, PROJECT_KEYS, base, ctx.source.section_name)
    spec = _spec(ctx, root, table, f"{base}/spec", check_spec=check_spec)
    docs_url = _http_url(ctx, table, "docs-url", f"{base}/docs-url")
    raw_output = _string(ctx, table, "output", f"{base}/output")
    output = _path(ctx, root, raw_output or DEFAULT_OUTPUT)
    lenient = _bool(ctx, table, "lenient", f"{base}/lenient", False)
    allow_remote_refs = _bool(ctx, table, "allow-remote-refs", f"{base}/allow-remote-refs", False)
    allow_outside_refs = _bool(ctx, table, "allow-outside-refs", f"{base}/allow-outside-refs", False)
    targets = _targets(ctx, root, output, table, f"{base}/targets")

    ctx.raise_if_any()
    config = ProjectConfig(
        path=ctx.source.path,
        root=root,
        spec=spec,
        docs_url=docs_url,
        output=output,
        lenient=lenient,
        allow_remote_refs=allow_remote_refs,
        allow_outside_refs=allow_outside_refs,
        targets=tuple(targets),
        sha256="",
        lines=tuple(sorted(ctx.lines.items())),
    )
    return replace(config, sha256=config_sha256(config))


def _spec(ctx: _Context, root: Path, table: dict[str, Any], pointer: str, *, check_spec: bool) -> str:
    """`spec`: an http(s) URL as written, or the absolute path of a local file or folder; "" when unset or invalid."""
    raw_spec = _string(ctx, table, "spec", pointer)
    if raw_spec is None:
        return ""
    if is_url(raw_spec):
        problem = _http_url_problem(raw_spec)
        if problem:
            ctx.add(
                "config-bad-value",
                f"`spec` = {raw_spec!r} is invalid: {problem}",
                pointer,
                "use a local file or folder, or an http(s) URL",
            )
            return ""
        return raw_spec
    spec_path = _path(ctx, root, raw_spec)
    if check_spec and not spec_path.exists():
        ctx.add(
            "config-missing-file",
            f"`spec` names {raw_spec!r}, which does not exist",
            pointer,
            f"paths are relative to {root}; run `pfgen fetch` to create a snapshot, or fix the path",
        )
    return str(spec_path)


def _targets(ctx: _Context, root: Path, output: Path, table: dict[str, Any], pointer: str) -> list[TargetConfig]:
    """The `targets` that parse (checked against each other), or the one implicit python-client when none are
    configured."""
    targets: list[TargetConfig] = []
    raw_targets = table.get("targets")
    if raw_targets is not None:
        ctx.note(pointer)
        if not isinstance(raw_targets, list) or not all(isinstance(item, dict) for item in raw_targets):
            ctx.wrong_type(
                "targets",
                pointer,
                "an array of tables",
                raw_targets,
                "write each target as a [[targets]] table ([[tool.pfgen.targets]] in pyproject.toml)",
            )
        else:
            for index, raw in enumerate(raw_targets):
                target = _parse_target(ctx, root, output, raw, f"{pointer}/{index}")
                if target is not None:
                    targets.append(target)
            _check_target_set(ctx, root, targets)
    if raw_targets is None or (isinstance(raw_targets, list) and not raw_targets):
        targets = [
            TargetConfig(
                name=None, kind="python-client", output=None, output_root=output, implicit=True, source=ctx.source.path
            )
        ]
    return targets


def _parse_target(
    ctx: _Context, root: Path, output_root: Path, table: dict[str, Any], pointer: str
) -> TargetConfig | None:
    """One ``[[targets]]`` table; None when it has problems (they are added to ``ctx``).

    Keys are read in a fixed order (identity, output, naming, filters, client options, stub options) so the lines
    noted and problems found keep that order.
    """
    before = len(ctx.problems)
    ctx.note(pointer)
    label = _target_label(table, pointer)
    _unknown_keys(ctx, table, TARGET_KEYS, pointer, label)
    name = _target_name(ctx, table, pointer, label)
    kind = _target_kind(ctx, table, f"{pointer}/kind")
    raw_output = _string(ctx, table, "output", f"{pointer}/output")
    output = _path(ctx, root, raw_output) if raw_output is not None else None
    naming = _target_naming(ctx, table, pointer)
    filters = _target_filters(ctx, table, pointer)
    base_url = _http_url(ctx, table, "base-url", f"{pointer}/base-url")
    headers = _headers(ctx, table, "default-headers", f"{pointer}/default-headers")
    templates = _existing(ctx, root, table, "templates", f"{pointer}/templates", folder=True)
    overlays = _overlays(ctx, root, table, f"{pointer}/overlays")
    names = _names(ctx, table, f"{pointer}/names")
    version = _version(ctx, table, f"{pointer}/version")
    stateful = _stateful(ctx, table, f"{pointer}/stateful", kind)
    webhook_header = _header_name(ctx, table, "webhook-signature-header", f"{pointer}/webhook-signature-header")
    idempotency_header = _header_name(ctx, table, "idempotency-header", f"{pointer}/idempotency-header")
    pagination = _pagination(ctx, table, f"{pointer}/pagination")

    if len(ctx.problems) > before:
        return None
    return TargetConfig(
        name=name,
        kind=kind,
        output=output,
        output_root=output_root,
        package_name=naming.package_name,
        project_name=naming.project_name,
        client_name=naming.client_name,
        env_prefix=naming.env_prefix,
        include_tags=filters["include-tags"],
        exclude_tags=filters["exclude-tags"],
        include_operations=filters["include-operations"],
        exclude_operations=filters["exclude-operations"],
        include_paths=filters["include-paths"],
        exclude_paths=filters["exclude-paths"],
        base_url=base_url,
        default_headers=headers,
        templates=templates,
        overlays=overlays,
        names=names,
        version=version or DEFAULT_VERSION,
        stateful=stateful,
        webhook_signature_header=webhook_header,
        pagination=pagination,
        idempotency_header=idempotency_header,
        pointer=pointer,
        source=ctx.source.path,
        lines=tuple(sorted((key, line) for key, line in ctx.lines.items() if key.startswith(pointer + "/"))),
    )


# ------------------------------------------------------------------------------------------ target: identity
def _target_label(table: dict[str, Any], pointer: str) -> str:
    """How messages name the target: by its `name` when it has a usable one, else by its position."""
    raw_name = table.get("name")
    return f"target `{raw_name}`" if isinstance(raw_name, str) and raw_name else f"target #{pointer.rsplit('/', 1)[1]}"


def _target_name(ctx: _Context, table: dict[str, Any], pointer: str, label: str) -> str | None:
    name = _string(
        ctx,
        table,
        "name",
        f"{pointer}/name",
        pattern=TARGET_NAME,
        rule="use letters, digits, `_`, `-` and `.`",
        hint='for example name = "client"',
    )
    if "name" not in table:
        ctx.add(
            "config-missing-key",
            f"{label} has no `name`",
            pointer,
            'add name = "..." to the target; `pfgen generate --target NAME` selects it',
        )
    return name


def _target_kind(ctx: _Context, table: dict[str, Any], pointer: str) -> TargetKind:
    raw_kind = _string(ctx, table, "kind", pointer)
    if raw_kind is None:
        return "python-client"
    if raw_kind in TARGET_KINDS:
        return raw_kind
    guess = closest(raw_kind, TARGET_KINDS)
    ctx.add(
        "config-bad-value",
        f"`kind` = {raw_kind!r} is not a known kind",
        pointer,
        (f"did you mean `{guess}`? " if guess else "") + "use one of: " + ", ".join(TARGET_KINDS),
    )
    return "python-client"


# -------------------------------------------------------------------------------------------- target: naming
class _Naming(NamedTuple):
    """The names a target may set instead of deriving them from the API title."""

    package_name: str | None
    client_name: str | None
    project_name: str | None
    env_prefix: str | None


def _target_naming(ctx: _Context, table: dict[str, Any], pointer: str) -> _Naming:
    package_name = _usable_name(
        ctx, table, "package-name", pointer, package_problem, lambda value: derive_names(value).package
    )
    client_name = _usable_name(
        ctx, table, "client-name", pointer, class_problem, lambda value: derive_names(value).client
    )
    project_name = _string(
        ctx,
        table,
        "project-name",
        f"{pointer}/project-name",
        pattern=PROJECT_NAME,
        rule="a distribution name uses letters, digits, `-`, `_` and `.`",
        hint='for example project-name = "acme-client"',
    )
    env_prefix = _string(
        ctx,
        table,
        "env-prefix",
        f"{pointer}/env-prefix",
        pattern=ENV_PREFIX,
        rule="use upper-case letters, digits and `_`",
        hint='for example env-prefix = "ACME"',
    )
    return _Naming(package_name, client_name, project_name, env_prefix)


def _usable_name(
    ctx: _Context,
    table: dict[str, Any],
    key: str,
    pointer: str,
    check: Callable[[str], str | None],
    suggest: Callable[[str], str],
) -> str | None:
    """The string at ``key`` of the target table at ``pointer`` unless ``check`` finds a problem with it; the hint
    offers what ``suggest`` makes of it."""
    value = _string(ctx, table, key, f"{pointer}/{key}")
    if value is not None and (problem := check(value)):
        ctx.add(
            "config-bad-value",
            f"`{key}` = {value!r} cannot be used: {problem}",
            f"{pointer}/{key}",
            f"choose another `{key}`, for example {suggest(value)!r}",
        )
        return None
    return value


# ------------------------------------------------------------------------------------------- target: filters
_FILTER_KEYS = (
    "include-tags",
    "exclude-tags",
    "include-operations",
    "exclude-operations",
    "include-paths",
    "exclude-paths",
)


def _target_filters(ctx: _Context, table: dict[str, Any], pointer: str) -> dict[str, tuple[str, ...]]:
    """Each filter key's list without repeats (in the order written, which error pointers refer to)."""
    return {
        key: tuple(dict.fromkeys(_string_list(ctx, table, key, f"{pointer}/{key}") or ())) for key in _FILTER_KEYS
    }


# ------------------------------------------------------------------------------------ target: client options
def _overlays(ctx: _Context, root: Path, table: dict[str, Any], pointer: str) -> tuple[Path, ...]:
    """The overlay files that exist, in order (each missing one is a problem)."""
    overlays: list[Path] = []
    for index, item in enumerate(_string_list(ctx, table, "overlays", pointer) or ()):
        overlay = _existing(ctx, root, {"overlays": item}, "overlays", f"{pointer}/{index}", folder=False)
        if overlay is not None:
            overlays.append(overlay)
    return tuple(overlays)


def _version(ctx: _Context, table: dict[str, Any], pointer: str) -> str | None:
    return _string(
        ctx,
        table,
        "version",
        pointer,
        pattern=_PEP440,
        rule="it is not a PEP 440 version",
        hint='for example version = "0.1.0"',
    )


# -------------------------------------------------------------------------------------- target: stub options
def _stateful(ctx: _Context, table: dict[str, Any], pointer: str, kind: TargetKind) -> bool:
    stateful = _bool(ctx, table, "stateful", pointer, False)
    if stateful and kind != "python-stub":
        ctx.add(
            "config-bad-value",
            f"`stateful` applies to python-stub targets, not {kind}",
            pointer,
            'remove `stateful` from this target, or set kind = "python-stub"',
        )
    return stateful


def _header_name(ctx: _Context, table: dict[str, Any], key: str, pointer: str) -> str | None:
    return _string(
        ctx,
        table,
        key,
        pointer,
        empty_ok=True,
        pattern=_HEADER_NAME,
        rule="it is not an HTTP header name",
        hint='for example "Idempotency-Key"; "" for none',
    )


def _headers(ctx: _Context, table: dict[str, Any], key: str, pointer: str) -> tuple[tuple[str, str], ...]:
    value = _get(ctx, table, key, pointer, _is_table, "a table of header names to strings")
    if not value:
        return ()
    seen: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for header, text in value.items():
        item = f"{pointer}/{_escape(header)}"
        ctx.note(item)
        if not _HEADER_NAME.match(header):
            ctx.add(
                "config-bad-value",
                f"`{key}` has {header!r}, which is not an HTTP header name",
                item,
                "header names use letters, digits and `-`",
            )
        elif not isinstance(text, str):
            ctx.wrong_type(f"{key}.{header}", item, "a string", text)
        elif "\r" in text or "\n" in text:
            ctx.add(
                "config-bad-value",
                f"the value of `{key}.{header}` contains a line break",
                item,
                "header values must be one line",
            )
        elif header.lower() in seen:
            ctx.add(
                "config-bad-value",
                f"`{key}` sets {header!r} twice (also as {seen[header.lower()]!r})",
                item,
                "header names are case-insensitive; keep one",
            )
        else:
            seen[header.lower()] = header
            pairs.append((header, text))
    return tuple(sorted(pairs, key=lambda pair: (pair[0].lower(), pair[0])))


def _method_name_problem(value: str) -> str | None:
    parts = value.split(".")
    if len(parts) != 2:
        return "it must be `resource.method`"
    for part in parts:
        if not IDENTIFIER.match(part):
            return f"{part!r} is not a Python identifier"
        if keyword.iskeyword(part):
            return f"{part!r} is a Python keyword"
    return None


def _names(ctx: _Context, table: dict[str, Any], pointer: str) -> tuple[tuple[str, str], ...]:
    value = _get(ctx, table, "names", pointer, _is_table, 'a table of operationId = "resource.method"')
    if not value:
        return ()
    pairs: list[tuple[str, str]] = []
    for operation_id, target in value.items():
        item = f"{pointer}/{_escape(operation_id)}"
        ctx.note(item)
        if not isinstance(target, str):
            ctx.wrong_type(f"names.{operation_id}", item, 'a string "resource.method"', target)
            continue
        problem = _method_name_problem(target)
        if problem:
            ctx.add(
                "config-bad-value",
                f"`names.{operation_id}` = {target!r} is invalid: {problem}",
                item,
                'write it as "resource.method", for example "orders.list"',
            )
            continue
        pairs.append((operation_id, target))
    return tuple(sorted(pairs))


def _pagination(ctx: _Context, table: dict[str, Any], pointer: str) -> tuple[tuple[str, PaginationConfig], ...]:
    value = _get(ctx, table, "pagination", pointer, _is_table, "a table of operationId = { style = ... }")
    if not value:
        return ()
    result: list[tuple[str, PaginationConfig]] = []
    for operation_id, entry in value.items():
        item = f"{pointer}/{_escape(operation_id)}"
        ctx.note(item)
        if not isinstance(entry, dict):
            ctx.wrong_type(f"pagination.{operation_id}", item, 'a table such as { style = "page", ... }', entry)
            continue
        config = _pagination_entry(ctx, operation_id, entry, item)
        if config is not None:
            result.append((operation_id, config))
    return tuple(sorted(result, key=lambda pair: pair[0]))


def _pagination_entry(ctx: _Context, operation_id: str, entry: dict[str, Any], item: str) -> PaginationConfig | None:
    """The pagination table of one operation (at ``item``); None when it has problems."""
    before = len(ctx.problems)
    _unknown_keys(ctx, entry, PAGINATION_KEYS, item, f"`pagination.{operation_id}`")
    fields: dict[str, str | None] = {key: _string(ctx, entry, key, f"{item}/{key}") for key in PAGINATION_KEYS}
    style = fields["style"]
    _check_style(ctx, operation_id, entry, style, item)
    if len(ctx.problems) > before or style is None:
        return None
    return PaginationConfig(
        style=style,  # type: ignore[arg-type]
        items=fields["items"],
        page_param=fields["page-param"],
        size_param=fields["size-param"],
        offset_param=fields["offset-param"],
        limit_param=fields["limit-param"],
        cursor_param=fields["cursor-param"],
        next_cursor=fields["next-cursor"],
        has_more=fields["has-more"],
    )


def _check_style(ctx: _Context, operation_id: str, entry: dict[str, Any], style: str | None, item: str) -> None:
    """Problems with `style`: missing or unknown, or a key the style needs missing, or one it does not take set."""
    if "style" not in entry:
        ctx.add(
            "config-missing-key",
            f"`pagination.{operation_id}` has no `style`",
            item,
            'add style = "page", "offset", "cursor" or "none"',
        )
    elif style is not None and style not in PAGINATION_STYLES:
        guess = closest(style, PAGINATION_STYLES)
        ctx.add(
            "config-bad-value",
            f"`pagination.{operation_id}.style` = {style!r} is not a known style",
            f"{item}/style",
            (f"did you mean `{guess}`? " if guess else "") + "use one of: " + ", ".join(PAGINATION_STYLES),
        )
    elif style is not None:
        for key in _REQUIRED_BY_STYLE[style]:
            if key not in entry:
                ctx.add(
                    "config-missing-key",
                    f"`pagination.{operation_id}` with style {style!r} needs `{key}`",
                    item,
                    f'add {key} = "..."',
                )
        for key in entry:
            if key in PAGINATION_KEYS and key not in _ALLOWED_BY_STYLE[style]:
                ctx.add(
                    "config-bad-value",
                    f"`pagination.{operation_id}.{key}` does not apply to style {style!r}",
                    f"{item}/{key}",
                    "remove it, or change `style`",
                )


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _check_target_set(ctx: _Context, root: Path, targets: list[TargetConfig]) -> None:
    """Problems between targets: duplicate names, outputs that are equal or nested, outputs over the project."""
    names: dict[str, TargetConfig] = {}
    outputs: list[tuple[Path, TargetConfig]] = []
    unknown_output: list[TargetConfig] = []
    for target in targets:
        if target.name is not None:
            if target.name in names:
                ctx.add(
                    "config-duplicate-target",
                    f"two targets are named `{target.name}`",
                    f"{target.pointer}/name",
                    "give each target its own `name`",
                )
            names.setdefault(target.name, target)
        output = target.output
        if output is None and target.package_name:
            output = target.output_root / target.package_name
        if output is None:
            unknown_output.append(target)
            continue
        where = f"{target.pointer}/output" if target.output is not None else target.pointer
        if _inside(root, output):
            ctx.add(
                "config-output-unsafe",
                f"target `{target.name}` would write over the project folder {output}",
                where,
                'point `output` at a folder inside the project, such as "generated/<name>"',
            )
            continue
        for other_path, other in outputs:
            if _inside(output, other_path) or _inside(other_path, output):
                relation = "the same folder as" if output == other_path else "a folder overlapping with"
                ctx.add(
                    "config-duplicate-target",
                    f"target `{target.name}` writes to {relation} target `{other.name}` ({output})",
                    where,
                    "give each target its own `output` folder",
                )
                break
        outputs.append((output, target))
    if len(unknown_output) > 1:
        second = unknown_output[1]
        ctx.add(
            "config-duplicate-target",
            f"targets `{unknown_output[0].name}` and `{second.name}` would both be written to "
            "<output>/<package-name derived from the API title>",
            second.pointer,
            "set `output` or `package-name` on these targets",
        )


def build_config(source: ConfigSource, *, check_spec: bool = True) -> ProjectConfig:
    """Validate ``source.table`` and build the config; raises ``ConfigError`` listing every problem."""
    ctx = _Context(source)
    root = source.path.parent.resolve()
    return _parse_project(ctx, root, check_spec=check_spec)


def default_config(cwd: Path) -> ProjectConfig:
    """The configuration used when no config file exists: everything at its default, rooted at ``cwd``."""
    root = cwd.resolve()
    output = root / DEFAULT_OUTPUT
    config = ProjectConfig(
        path=None,
        root=root,
        spec="",
        docs_url=None,
        output=output,
        lenient=False,
        allow_remote_refs=False,
        allow_outside_refs=False,
        targets=(TargetConfig(name=None, kind="python-client", output=None, output_root=output, implicit=True),),
        sha256="",
    )
    return replace(config, sha256=config_sha256(config))
