"""``pfgen diff``: classify the changes between two versions of an API, in five output formats."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from generator.cli.common import _console, _ref_policy, handle_errors
from generator.console import Console, counted


@click.command()
@click.argument("old", required=False)
@click.argument("new", required=False)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown", "json", "html", "github"]),
    default="text",
    show_default=True,
    help="text: grouped by operation; markdown: a changelog section; json: one object for tools; html: one "
    "self-contained page; github: workflow annotations.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "warning", "info"]),
    default=None,
    help="Exit 1 when a change at or above this level is found.",
)
@click.option(
    "--ignore",
    "ignore_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File of accepted findings: lines `<rule-id> [<METHOD /path>]` (pfgen or oasdiff rule ids, globs), "
    "# comments.",
)
@click.option("--strict", is_flag=True,
              help="Refuse a document with validation errors (by default it is diffed, with one warning line).")
@click.option("--lenient", is_flag=True, hidden=True, help="Diff documents with validation errors (the default).")
@click.option("--wire-only", is_flag=True, help="Skip the generated SDK's surface (compare the documents only).")
@click.option("--rules", "list_rules", is_flag=True,
              help="List every rule id with its level (and why it differs from oasdiff, where it does), and exit.")
@click.option("--allow-remote-refs", is_flag=True, default=None,
              help="Let $ref fetch http(s) documents (config: allow-remote-refs).")
@click.option("--allow-outside-refs", is_flag=True, default=None,
              help="Let $ref read files outside the project (config: allow-outside-refs).")
@handle_errors
def diff(old: str | None, new: str | None, output_format: str, fail_on: str | None, ignore_file: Path | None,
         strict: bool, lenient: bool, wire_only: bool, list_rules: bool, allow_remote_refs: bool | None,
         allow_outside_refs: bool | None) -> None:
    """Classify every change between two versions of an API.

    OLD and NEW are files, snapshot folders, URLs or git:REV:PATH (for example git:main:openapi.yaml). Each change
    is breaking, warning or info, on the wire (the HTTP API) or in the generated Python SDK. A document with
    validation errors is compared as it is, after one warning line (as oasdiff does); --strict refuses it.
    Exit codes: 0 done (or nothing at the --fail-on level), 1 a change at the --fail-on level or an invalid
    document, 2 usage or I/O problems.
    """
    from generator.errors import UsageError
    from generator.pipeline import diff_versions

    console = _console()
    if list_rules:
        _diff_print_rules(console, output_format)
        return
    if old is None or new is None:
        raise UsageError("missing-argument", "pfgen diff needs two specs: OLD and NEW",
                         hint="for example `pfgen diff git:main:openapi.yaml openapi.yaml`, or `pfgen diff --rules`")
    from generator.diff.ignore import apply_ignore, read_ignore

    entries = read_ignore(ignore_file) if ignore_file is not None else ()
    refs = _ref_policy(allow_remote_refs, allow_outside_refs)
    if strict and lenient:
        raise UsageError("option-conflict", "--strict and --lenient contradict each other", hint="pass one of them")
    old_loaded = _diff_load(old, not strict, refs, wire_only)
    new_loaded = _diff_load(new, not strict, refs, wire_only)
    new_spec = new_loaded.resolved
    # The SDK surface comes from the build stage, which (as for generate) reads only valid documents.
    sdk = not wire_only and not old_loaded.errors and not new_loaded.errors
    result, notes = diff_versions(old_loaded.resolved, new_spec, sdk=sdk)
    for note in notes:
        console.warn(note.format())
    result = apply_ignore(result, entries)
    _diff_print(console, result, output_format, new, new_spec)
    if fail_on is not None:
        from generator.diff.model import LEVEL_RANK

        if any(LEVEL_RANK[c.level] <= LEVEL_RANK[fail_on] for c in result.changes):
            sys.exit(1)


def _diff_load(source: str, lenient: bool, refs: tuple[bool, bool] = (False, False), wire_only: bool = False
               ) -> Any:
    """One side of a diff: file, snapshot folder, URL or git:REV:PATH, loaded and validated like `validate`."""
    from generator.diff.source import is_git_source, read_git_source
    from generator.errors import SpecInvalidError
    from generator.pipeline import SpecOptions, load_spec

    options = SpecOptions(lenient=lenient, allow_remote_refs=refs[0], allow_outside_refs=refs[1])
    try:
        loaded = load_spec(read_git_source(source) if is_git_source(source) else source, options)
    except SpecInvalidError as exc:
        exc.hint = "fix the problems listed above, or drop --strict to compare the document as it is"
        raise
    console = _console()
    if loaded.errors:
        how = "as it is" if wire_only else "as it is, on the wire only (no SDK surface)"
        console.warn(f"{loaded.resolved.root.uri}: {counted(loaded.errors, 'validation error')}; compared {how}"
                     f" (`pfgen validate` lists them; --strict refuses the document) [spec-invalid]")
    for diag in loaded.diagnostics:
        console.detail(diag.format())
    return loaded


def _diff_print(console: Console, result: Any, output_format: str, new: str, new_spec: Any = None) -> None:
    from generator.diff import render

    if output_format == "json":
        console.out(render.render_json(result))
    elif output_format == "markdown":
        console.out(render.render_markdown(result).rstrip("\n"))
    elif output_format == "html":
        console.out(render.render_html(result).rstrip("\n"))
    elif output_format == "github":
        from generator.diff.source import annotation_file
        from generator.load.locate import locate

        def line_of(pointer: str) -> int | None:
            found = locate(new_spec.root, pointer) if new_spec is not None else None
            return found[0] if found else None

        text = render.render_github(result, file=annotation_file(new), line_of=line_of).rstrip("\n")
        if text:
            console.out(text)
    else:
        colours = {"breaking": "red", "warning": "yellow", "info": None}
        for line in render.text_lines(result):
            console.out(line.text, fg=colours.get(line.level) if line.level else None, bold=line.heading)


def _diff_print_rules(console: Console, output_format: str) -> None:
    from generator.diff import rules_table

    table = rules_table()
    if output_format == "json":
        import json as _json

        console.out(_json.dumps([{"id": r.id, "level": r.level, "scope": r.scope, "summary": r.summary,
                                  "differs_from_oasdiff": r.reason} for r in table], indent=2))
        return
    width = max(len(r.id) for r in table)
    for r in table:
        console.out(f"{r.id:<{width}}  {r.level:<8}  {r.scope:<4}  {r.summary}")
        if r.reason:
            console.out(f"{'':<{width}}  {'':<8}  {'':<4}  differs from oasdiff: {r.reason}")
