"""``pfgen templates list`` and ``show``: the built-in templates and the view each one receives."""

from __future__ import annotations

import click

from generator.cli.common import _console, handle_errors


@click.group()
def templates() -> None:
    """List the built-in templates and show one, with the view it receives.

    To customise output, copy a template into your template overlay folder (same relative path) and edit it;
    templates receive one object, `view`, whose fields `pfgen templates show NAME` lists.
    """


@templates.command("list")
@handle_errors
def templates_list() -> None:
    """Print every built-in template path with what it renders and the view it receives."""
    from generator.render.catalog import list_templates

    console = _console()
    entries = list_templates()
    width = max((len(e.path) for e in entries), default=0)
    for entry in entries:
        receives = "copied verbatim" if entry.verbatim else (entry.view_name or "no view")
        console.out(f"{entry.path:<{width}}  {receives}: {entry.description}")


@templates.command("show")
@click.argument("name")
@click.option("--source-only", is_flag=True, help="Print only the template source (to redirect into a file).")
@handle_errors
def templates_show(name: str, source_only: bool) -> None:
    """Print template NAME (a path from `pfgen templates list`, or its unique ending) and its view's fields.

    Exit codes: 0 shown, 2 no such template.
    """
    from generator.render.catalog import find_template, template_source, view_docs

    console = _console()
    entry = find_template(name)
    console.out(template_source(entry).rstrip("\n"))
    if source_only:
        return
    console.out()
    console.out(f"--- {entry.path}: {entry.description}", bold=True)
    if entry.verbatim:
        console.out("copied verbatim into the generated package; it is not a template and receives no view")
        return
    docs = view_docs(entry.view)
    if not docs:
        console.out("receives no view")
        return
    for i, doc in enumerate(docs):
        head = f"view: {doc.name}" if i == 0 else doc.name
        console.out(f"{head} ({doc.module}):")
        width = max((len(f.name) for f in doc.fields), default=0)
        for field in doc.fields:
            kind = " (property)" if field.is_property else ""
            note = f"  # {field.comment}" if field.comment else ""
            console.out(f"  {field.name + ':':<{width + 1}} {field.type}{kind}{note}")
