"""The options ``generate``, ``check`` and ``update`` share, and their ``--help`` epilog (every config key)."""

from __future__ import annotations

from pathlib import Path

import click

from generator.cli.common import F


def _release_epilog() -> str:
    """`--help` epilog: where options come from, and every config key (kept out of click's re-wrapping)."""
    from generator.builder.subset import SELECTION_RULE
    from generator.config import describe_keys

    return (
        "Without SPEC and options, pfgen reads the project configuration: [tool.pfgen] in pyproject.toml or "
        "pfgen.toml (found from the current folder upward, or named by --config).\n\n\b\n" + describe_keys()
        + "\n\n" + SELECTION_RULE
    )


class _ReleaseCommand(click.Command):
    """A command whose ``--help`` ends with the configuration keys, described only when help is shown."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.epilog = _release_epilog()
        super().format_epilog(ctx, formatter)


_RELEASE_SPEC_OPTIONS = (
    click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
                 help="Project configuration file (pyproject.toml or pfgen.toml). [default: found from here up]"),
    click.option("--target", "target_name", default=None, metavar="NAME",
                 help="Only this configured target (config key `name`). [default: every target]"),
    click.option("--lenient", is_flag=True, default=None,
                 help="Generate from a document with validation errors, listed as warnings (config: lenient)."),
    click.option("--allow-remote-refs", is_flag=True, default=None,
                 help="Let $ref fetch http(s) documents (config: allow-remote-refs)."),
    click.option("--allow-outside-refs", is_flag=True, default=None,
                 help="Let $ref read files outside the project: the git work tree holding the spec, else its folder (config: allow-outside-refs)."),
)


def _release_spec_options(fn: F) -> F:
    for option in reversed(_RELEASE_SPEC_OPTIONS):
        fn = option(fn)
    return fn


_RELEASE_WRITE_OPTIONS = (
    click.option("--dry-run", is_flag=True, help="Print the version, changelog entry and file changes; write nothing."),
    click.option("--force", is_flag=True,
                 help="Overwrite generated files edited by hand (and files in the way that pfgen did not write)."),
    click.option("--version", "version", default=None, metavar="X.Y.Z",
                 help="Release this version instead of the one the changes call for (config: version sets the "
                      "first one; default 1.0.0)."),
    click.option("--profile", is_flag=True, help="Print the time spent in each stage at the end."),
)


def _release_write_options(fn: F) -> F:
    for option in reversed(_RELEASE_WRITE_OPTIONS):
        fn = option(fn)
    return fn


_TARGET_OVERRIDE_OPTIONS = (
    click.option("--client-name", default=None, metavar="NAME", help="Client class name (config: client-name)."),
    click.option("--base-url", default=None, metavar="URL", help="Default base URL (config: base-url)."),
    click.option("--include-tag", "include_tags", multiple=True, metavar="TAG",
                 help="Keep only operations with this tag; repeatable (config: include-tags)."),
    click.option("--exclude-tag", "exclude_tags", multiple=True, metavar="TAG",
                 help="Drop operations with this tag; repeatable (config: exclude-tags)."),
    click.option("--include-operation", "include_operations", multiple=True, metavar="ID",
                 help="Keep only these operationIds or resource.method globs; repeatable (config: include-operations)."),
    click.option("--exclude-operation", "exclude_operations", multiple=True, metavar="ID",
                 help="Drop these operationIds or resource.method globs; repeatable (config: exclude-operations)."),
    click.option("--include-path", "include_paths", multiple=True, metavar="GLOB",
                 help="Keep only operations whose path matches; repeatable (config: include-paths)."),
    click.option("--header", "headers", multiple=True, metavar="NAME=VALUE",
                 help="A header sent on every request; repeatable (config: default-headers)."),
    click.option("--templates", "templates_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                 default=None, help="Template overlay folder searched first (config: templates)."),
    click.option("--overlay", "overlays", multiple=True, type=click.Path(dir_okay=False, exists=True, path_type=Path),
                 help="OpenAPI Overlay 1.0 document applied before generation; repeatable (config: overlays)."),
)


def _target_override_options(fn: F) -> F:
    for option in reversed(_TARGET_OVERRIDE_OPTIONS):
        fn = option(fn)
    return fn
