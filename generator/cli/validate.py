"""``pfgen validate``: a document's problems, as FILE:LINE:COL lines or one JSON object."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from generator.cli.common import _console, _ref_policy, handle_errors
from generator.console import counted


@click.command()
@click.argument("spec", required=False)
@click.option("--lenient", is_flag=True, help="Report errors as warnings and exit 0 if the document is usable.")
@click.option(
    "--max-problems",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="Print at most this many problems (0: all).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one FILE:LINE:COL line per problem; json: one object for tools.",
)
@click.option("--allow-remote-refs", is_flag=True, default=None,
              help="Let $ref fetch http(s) documents (config: allow-remote-refs).")
@click.option("--allow-outside-refs", is_flag=True, default=None,
              help="Let $ref read files outside the project: the git work tree holding the spec, else its folder "
                   "(config: allow-outside-refs).")
@handle_errors
def validate(spec: str | None, lenient: bool, max_problems: int, output_format: str,
             allow_remote_refs: bool | None, allow_outside_refs: bool | None) -> None:
    """Validate an OpenAPI/Swagger document and lint it.

    SPEC is a file, a snapshot folder or a URL (default: the project's configured spec). Each problem is printed
    as FILE:LINE:COL: /json/pointer: message [code], then a one-line summary. Exit codes: 0 valid (warnings
    allowed), 1 invalid, 2 usage or I/O problems.
    """
    from generator.pipeline import problems_of
    from generator.validate import count, has_errors

    console = _console()
    source = spec if spec is not None else _validate_default_spec()
    console.detail(f"validating {source}")
    resolved = _validate_load(source, allow_remote_refs, allow_outside_refs)
    problems = list(problems_of(resolved))
    invalid = has_errors(problems)
    strict_errors = count(problems)[0]
    if lenient and invalid:
        from dataclasses import replace

        problems = [replace(d, severity="warning") if d.severity == "error" else d for d in problems]
    errors, warnings = count(problems)
    shown = problems if max_problems == 0 else problems[:max_problems]
    hidden = len(problems) - len(shown)
    label = "Swagger 2.0" if resolved.family == "2.0" else f"OpenAPI {resolved.spec_version}"
    paths = resolved.bundled.get("paths")
    n_paths = len([p for p in paths if not str(p).startswith("x-")]) if isinstance(paths, dict) else 0
    if output_format == "json":
        import json as _json

        report = _validate_report(resolved.root.uri, label, n_paths, invalid, lenient, errors, warnings, shown, hidden)
        console.out(_json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for diag in shown:
            console.out(diag.format())
        if hidden:
            console.out(f"... and {counted(hidden, 'more problem')}")
        counts = f"{counted(n_paths, 'path')}, {counted(warnings, 'warning')}"
        if not invalid:
            console.out(f"valid: {resolved.root.uri} ({label}, {counts})", fg="green", bold=True)
        elif lenient:
            demoted = counted(strict_errors, "error")
            console.out(f"valid with --lenient: {resolved.root.uri} ({label}, {counts}; {demoted} shown as warnings)",
                        fg="yellow", bold=True)
        else:
            console.out(f"invalid: {counted(errors, 'error')}, {counted(warnings, 'warning')}",
                        fg="red", bold=True)
    if invalid and not lenient:
        sys.exit(1)


def _validate_default_spec() -> str:
    """The configured spec; until every project has a config, the newest snapshot in specs/pocketsflow/."""
    try:
        from generator.config import default_spec_path, load_config
    except ImportError:
        pass
    else:
        found = default_spec_path(load_config(check_spec=False))
        if "://" in found:
            return found
        try:  # name it as the user would type it from here
            return str(Path(found).resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return found
    folder = Path("specs") / "pocketsflow"
    snapshots = sorted(folder.glob("*.json"), key=lambda p: (p.stat().st_mtime, p.name)) if folder.is_dir() else []
    if not snapshots:
        from generator.errors import UsageError

        raise UsageError("no-spec", "no SPEC was given and specs/pocketsflow/ has no snapshot",
                         hint="pass the spec as an argument, or run `pfgen fetch` first")
    return str(snapshots[-1])


def _validate_load(source: str, allow_remote: bool | None = None, allow_outside: bool | None = None) -> Any:
    """Load and resolve ``source`` (file, snapshot folder or URL) into a ResolvedSpec; the ref policies come
    from the flags, else from the project configuration (as for generate), else off."""
    from generator.pipeline import SpecOptions, resolve_source

    remote, outside = _ref_policy(allow_remote, allow_outside)
    return resolve_source(source, SpecOptions(allow_remote_refs=remote, allow_outside_refs=outside))


def _validate_report(file: str, label: str, n_paths: int, invalid: bool, lenient: bool, errors: int,
                     warnings: int, shown: list[Any], hidden: int) -> dict[str, Any]:
    return {
        "file": file,
        "spec": label,
        "paths": n_paths,
        "valid": not invalid or lenient,
        "strictly_valid": not invalid,
        "errors": errors,
        "warnings": warnings,
        "problems": [
            {
                "severity": d.severity, "code": d.code, "message": d.message, "hint": d.hint,
                "file": d.location.file, "line": d.location.line, "col": d.location.col,
                "pointer": d.location.pointer,
            }
            for d in shown
        ],
        "more": hidden,
    }
