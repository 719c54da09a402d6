"""The ``pfgen`` command line: the only module that prints or exits.

Every command turns ``GeneratorError`` into one line on stderr and its exit code (1 invalid input, 2 usage or
I/O); ``--debug`` re-raises so the traceback shows. Nothing else in the package prints.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from generator import __version__
from generator.console import Console, counted
from generator.errors import EXIT_USAGE, GeneratorError, Terminated

F = TypeVar("F", bound=Callable[..., Any])


def _console() -> Console:
    ctx = click.get_current_context()
    obj = ctx.find_object(Console)
    return obj if obj is not None else Console()


def handle_errors(fn: F) -> F:
    """Map library errors to one line and an exit code; keep tracebacks for ``--debug``."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        console = _console()
        try:
            return fn(*args, **kwargs)
        except GeneratorError as exc:
            if console.debug:
                raise
            for diag in exc.diagnostics[: console_cap()]:
                console.error(diag.format())
            console.error(exc.one_line())
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            console.error("error[interrupted]: stopped by Ctrl-C; the output is as before this run, or complete")
            sys.exit(128 + 2)
        except Terminated:
            console.error("error[terminated]: stopped by SIGTERM; the output is as before this run, or complete")
            sys.exit(128 + 15)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except OSError as exc:
            if console.debug:
                raise
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            console.error(f"error[io]: {where}{exc.strerror or exc}")
            sys.exit(EXIT_USAGE)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug in pfgen: still one line, with the way to see more
            if console.debug:
                raise
            console.error(
                f"error[internal]: {type(exc).__name__}: {exc} (this is a pfgen bug; rerun with --debug for the"
                " traceback and report it)"
            )
            sys.exit(EXIT_USAGE)

    return wrapper  # type: ignore[return-value]


def _quiet_broken_pipe() -> NoReturn:
    """The reader of our output went away (``pfgen validate big.yaml | head -1``): stop without a word, with
    the status a process ended by SIGPIPE has, as other Unix tools do. Later writes (Python's own flush at
    exit) go to /dev/null instead of raising again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(128 + 13)


def console_cap() -> int:
    return 50


_GLOBAL_FLAGS = frozenset({"-q", "--quiet", "-v", "--verbose", "--debug"})


class _Pfgen(click.Group):
    """``-q``, ``-v`` and ``--debug`` work before or after the subcommand (``pfgen generate x --debug``): flags
    given after it are moved in front of it before click parses (up to a ``--``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((i for i, a in enumerate(args) if not a.startswith("-")), None)
        if first is None:
            return super().parse_args(ctx, args)
        end = args.index("--") if "--" in args[first:] else len(args)
        tail = args[first + 1:end]
        moved = [a for a in tail if a in _GLOBAL_FLAGS or (a.startswith("-v") and set(a[1:]) == {"v"})]
        kept = [a for a in tail if a not in moved]
        return super().parse_args(ctx, [*args[:first], *moved, args[first], *kept, *args[end:]])


@click.group(cls=_Pfgen, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="pfgen")
@click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")
@click.option("-v", "--verbose", count=True, help="Say more about what is happening (repeat for more).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: int, debug: bool) -> None:
    """pfgen: generate typed Python API clients and server stubs from OpenAPI documents.

    Commands without a SPEC act on the project's default spec ([tool.pfgen] in pyproject.toml or pfgen.toml).
    """
    ctx.obj = Console(verbosity=-1 if quiet else verbose, debug=debug)


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


@cli.command(cls=_ReleaseCommand)
@click.argument("spec", required=False)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write the package to, for one target (config: output). [default: generated/<package>]")
@click.option("--package-name", default=None, metavar="NAME",
              help="Python import name of the package, for one target (config: package-name).")
@click.option("--isolated", is_flag=True, default=False,
              help="Ignore the project configuration: only SPEC and the command line count. (A SPEC given with "
                   "--output or --package-name already ignores the project's targets.)")
@_target_override_options
@_release_spec_options
@_release_write_options
@handle_errors
def generate(spec: str | None, output: Path | None, package_name: str | None, isolated: bool,
             config_path: Path | None, target_name: str | None, lenient: bool | None,
             allow_remote_refs: bool | None, allow_outside_refs: bool | None, dry_run: bool, force: bool,
             version: str | None, profile: bool, **target_overrides: Any) -> None:
    """Generate every configured target (client and server stub) from a spec, as a new release when it changed.

    SPEC is a file, a snapshot folder (its newest snapshot) or a URL; default: the configured `spec`. The first
    generation is version 1.0.0 (or the target's `version`); each later one diffs the spec the package was
    generated from against the new one and bumps major (breaking change), minor (additions) or patch (anything
    else that changes the output), adding a section to the package's CHANGELOG.md. Nothing changed: nothing is
    written. Generated files edited by hand stop the run (list them in .pfgenignore, move code to
    <package>/lib/, or pass --force). Exit codes: 0 done, 1 invalid input or hand-edited files, 2 usage or I/O.
    """
    from generator.validate.background import prestart

    prestart()  # the validator's imports overlap ours and the document's loading
    from generator.pipeline import Timings
    from generator.release import prepare_release, read_spec_input

    console = _console()
    timings = Timings(on_stage=console.stage_reporter())
    if isolated and spec is None:
        from generator.errors import UsageError

        raise UsageError("isolated-needs-spec", "--isolated ignores the configuration, so it needs a SPEC",
                         hint="pass the document: pfgen generate SPEC --isolated")
    config, targets, options = _release_setup(
        spec is None, config_path, target_name, output, package_name, lenient, allow_remote_refs,
        allow_outside_refs, version, target_overrides, isolated=isolated,
    )
    source = spec if spec is not None else _release_default_spec(config)
    console.detail(f"generating from {source}")
    with timings.stage("load"):
        spec_input = read_spec_input(source)
    if not dry_run and _unchanged_from_stamps(console, spec_input, targets, options, timings):
        if profile:
            _release_profile(console, timings)
        return
    release = prepare_release(spec_input, targets, options, timings)
    _release_write(console, release, dry_run=dry_run, force=force)
    if profile:
        _release_profile(console, timings)


def _unchanged_from_stamps(console: Console, spec: Any, targets: list[Any], options: Any, timings: Any) -> bool:
    """Every target's output is exactly what pfgen wrote for these same inputs (its stamp, re-hashed): there is
    nothing to generate, so say so without loading, validating or rendering anything."""
    from generator.release.stamp import verify_targets
    from generator.release.summary import display_path
    from generator.validate.background import release_prestarted

    with timings.stage("stamps"):
        found = verify_targets(spec, targets, options)
    verified = [v for v in found if v is not None]
    if not targets or len(verified) != len(targets):
        return False
    release_prestarted()
    for v in verified:
        console.out(f"{display_path(v.output)}: unchanged ({v.version})", fg="green")
    return True


def _release_setup(need_spec: bool, config_path: Path | None, target_name: str | None, output: Path | None,
                   package_name: str | None, lenient: bool | None, allow_remote_refs: bool | None,
                   allow_outside_refs: bool | None, version: str | None,
                   target_overrides: dict[str, Any] | None = None, isolated: bool = False,
                   ) -> tuple[Any, list[Any], Any]:
    """The config, the targets to generate (with command-line overrides) and the release options."""
    from dataclasses import replace

    from generator.config import load_config, select_target
    from generator.config.names import package_problem
    from generator.errors import UsageError
    from generator.pipeline import SpecOptions
    from generator.release import ReleaseOptions, effective_config_sha256

    given = {k: v for k, v in (target_overrides or {}).items() if v not in (None, ())}
    adhoc = not need_spec and config_path is None and target_name is None and (
        output is not None or package_name is not None or bool(given)
    )
    if isolated or adhoc:
        # An explicit SPEC with output options is a run of its own: the project's targets (and their renames)
        # do not apply; --isolated ignores the configuration altogether.
        from generator.config.parse import default_config

        config = default_config(Path.cwd().resolve())
    else:
        config = load_config(config_path, check_spec=need_spec)
    targets = [select_target(config, target_name)] if target_name is not None else list(config.targets)
    overrides: dict[str, str] = {}
    if output is not None or package_name is not None:
        if len(targets) != 1:
            raise UsageError("option-needs-target",
                             "--output and --package-name apply to one target, and the project configures "
                             f"{len(targets)}", hint="add --target NAME")
        if package_name is not None:
            problem = package_problem(package_name)
            if problem:
                raise UsageError("bad-package-name", f"--package-name {package_name!r} cannot be used: {problem}",
                                 hint="pass a Python identifier such as my_api")
            targets[0] = replace(targets[0], package_name=package_name)
            overrides["package-name"] = package_name
        if output is not None:
            targets[0] = replace(targets[0], output=output.resolve())
            overrides["output"] = output.name
    if given:
        if len(targets) != 1:
            raise UsageError("option-needs-target",
                             f"--{next(iter(given)).replace('_', '-')} applies to one target, and the project "
                             f"configures {len(targets)}", hint="add --target NAME")
        targets[0] = replace(targets[0], **_target_changes(given))
        overrides.update({k.replace("_", "-"): repr(v) for k, v in sorted(given.items())})
    options = ReleaseOptions(
        spec=SpecOptions(
            lenient=config.lenient if lenient is None else lenient,
            allow_remote_refs=config.allow_remote_refs if allow_remote_refs is None else allow_remote_refs,
            allow_outside_refs=config.allow_outside_refs if allow_outside_refs is None else allow_outside_refs,
        ),
        version=version,
        config_sha256=effective_config_sha256(config.sha256, overrides),
    )
    return config, targets, options


def _target_changes(given: dict[str, Any]) -> dict[str, Any]:
    """Command-line target options as TargetConfig fields (each mirrors one config key)."""
    from generator.errors import UsageError

    changes: dict[str, Any] = {}
    for key, value in given.items():
        if key == "headers":
            pairs = []
            for item in value:
                name, sep, text = item.partition("=")
                if not sep or not name.strip():
                    raise UsageError("bad-header", f"--header {item!r} is not NAME=VALUE", hint="e.g. --header X-Team=orders")
                pairs.append((name.strip(), text))
            changes["default_headers"] = tuple(sorted(pairs))
        elif key == "templates_dir":
            changes["templates"] = value.resolve()
        elif key == "overlays":
            changes["overlays"] = tuple(p.resolve() for p in value)
        elif key in ("include_tags", "exclude_tags", "include_operations", "exclude_operations", "include_paths"):
            changes[key] = tuple(value)
        else:
            changes[key] = value
    return changes


def _release_default_spec(config: Any) -> str:
    from generator.config import default_spec_path

    return default_spec_path(config)


def _release_write(console: Console, release: Any, *, dry_run: bool, force: bool) -> None:
    """Write every prepared target (or show what would be written); print one line each."""
    from generator.release import write_release
    from generator.release.summary import dry_run_lines, summary_line, write_notes

    _release_warnings(console, release)
    reports = write_release(release, force=force, dry_run=dry_run)
    colours = {"ok": "green", "changed": "cyan", "warn": "yellow"}
    for target, report in zip(release.targets, reports):
        for note in write_notes(report):
            console.warn(note)
        line = summary_line(target, report)
        console.out(line.text, fg=colours.get(line.level))
        if dry_run:
            for extra in dry_run_lines(target, report):
                console.out(extra.text)
        for path in report.skipped_ignored:
            console.detail(f"  kept {path} (listed in .pfgenignore)")


def _release_warnings(console: Console, release: Any) -> None:
    """Build diagnostics and (with --lenient) validation problems, as warnings; info notes only with -v."""
    seen: list[Any] = []
    for diag in [*release.diagnostics, *(d for t in release.targets for d in t.diagnostics)]:
        if diag not in seen:
            seen.append(diag)
    shown = 0
    for diag in seen:
        if diag.severity == "info":
            console.detail(diag.format())
            continue
        if shown < console_cap():
            console.warn(diag.format())
        shown += 1
    if shown > console_cap():
        console.warn(f"... and {shown - console_cap()} more warnings")


def _release_profile(console: Console, timings: Any) -> None:
    from generator.release.summary import profile_lines

    for line in profile_lines(timings):
        console.info(line)


@cli.command()
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


def _ref_policy(allow_remote: bool | None, allow_outside: bool | None) -> tuple[bool, bool]:
    """The ``$ref`` policies of a command without targets: its flags, else the project's configuration, else off."""
    if allow_remote is not None and allow_outside is not None:
        return allow_remote, allow_outside
    try:
        from generator.config import load_config

        config = load_config(check_spec=False)
    except GeneratorError:
        config = None
    remote = allow_remote if allow_remote is not None else bool(config is not None and config.allow_remote_refs)
    outside = allow_outside if allow_outside is not None else bool(config is not None and config.allow_outside_refs)
    return remote, outside


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


@cli.command()
@click.argument("url", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Snapshot folder; the document is stored as OUTPUT/<api>/<version>.<json|yaml>. [default: specs]",
)
@click.option("--name", help="API folder name (default: from info.title, e.g. 'pocketsflow').")
@click.option("--lenient", is_flag=True, help="Store the document even if it is invalid, listing its problems.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the server.",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=50 * 1024 * 1024,
    show_default=True,
    help="Largest download accepted, in bytes.",
)
@click.option("--allow-remote-refs", is_flag=True, help="Let $refs to other URLs be followed while validating.")
@handle_errors
def fetch(
    url: str | None,
    output: Path | None,
    name: str | None,
    lenient: bool,
    timeout: float,
    max_size: int,
    allow_remote_refs: bool,
) -> None:
    """Find and download the OpenAPI document behind a docs URL and snapshot it.

    URL may be an API docs page (Swagger UI, ReDoc, Scalar, RapiDoc, Elements), the document itself, or a local
    file. Without URL, the project's `docs-url` is fetched into its configured spec folder.
    Exit codes: 0 stored or unchanged, 1 invalid document or none found, 2 network or file problems.
    """
    from generator.errors import Location, SpecInvalidError
    from generator.fetch import HttpxTransport, fetch_source, store_snapshot
    from generator.fetch.store import check_api_name
    from generator.pipeline import document_problems

    console = _console()
    if url is None:
        url, output, name = _fetch_defaults(output, name)
    output = output if output is not None else Path("specs")
    if name:
        check_api_name(name)  # before downloading anything
    progress = _download_progress(console)
    with HttpxTransport(timeout=timeout, max_size=max_size, on_progress=progress) as transport:
        fetched = fetch_source(url, transport, max_size=max_size)
    for step in fetched.steps:
        console.detail(step)
    problems = document_problems(fetched.doc, allow_remote_refs=allow_remote_refs)
    errors = tuple(d for d in problems if d.severity == "error")
    if errors and not lenient:
        raise SpecInvalidError(
            "spec-invalid",
            f"{fetched.source} has {len(errors)} problem(s); nothing was stored",
            Location(fetched.source),
            hint="fix the document, or pass --lenient to store it anyway",
            diagnostics=errors,
        )
    for diag in errors:
        console.warn(diag.format())
    for diag in problems:
        if diag.severity != "error":
            console.detail(diag.format())
    result = store_snapshot(output, fetched.doc, source_url=fetched.source, name=name, raw=fetched.raw)
    shown = _fetch_display(result.path)
    if result.status == "unchanged":
        console.out(f"unchanged: {shown} is up to date")
    else:
        label = " ".join(part for part in (result.title or result.api, result.version) if part)
        suffix = f"; {len(errors)} problem(s) kept with --lenient" if errors else ""
        console.out(f"stored {shown} ({label}, from {fetched.source}{suffix})")


def _fetch_defaults(output: Path | None, name: str | None) -> tuple[str, Path | None, str | None]:
    """`pfgen fetch` alone: the configured docs-url, stored into the configured snapshot folder."""
    from generator.config import load_config
    from generator.errors import UsageError

    config = load_config(check_spec=False)
    if not config.docs_url:
        raise UsageError(
            "missing-url",
            "no URL given and the project configures no `docs-url`",
            hint="run `pfgen fetch URL`, or set docs-url in [tool.pfgen]",
        )
    spec = Path(config.spec) if config.spec and not config.spec_is_url else None
    if spec is not None and spec.suffix.lower() not in (".json", ".yaml", ".yml"):  # a snapshot folder
        output = output if output is not None else spec.parent
        name = name or spec.name
    return config.docs_url, output, name


def _fetch_display(path: Path) -> str:
    """Paths under the working folder are shown relative to it (``specs/pocketsflow/1.0.0.json``)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:
        return path.as_posix()


def _download_progress(console: Console) -> Callable[[int, int | None], None]:
    """A progress line only for downloads that take a while, and only on a terminal."""
    state: dict[str, float] = {"start": time.monotonic(), "last": 0, "shown": 0}

    def report(done: int, total: int | None) -> None:
        if done < state["last"]:  # a new request on the same transport
            state.update(start=time.monotonic(), shown=0)
        state["last"] = done
        if total is None or not console.progress_enabled():
            return
        if not state["shown"] and (done >= total or time.monotonic() - state["start"] < 1.0):
            return
        state["shown"] = 1
        console.progress(done, total, "downloading (bytes)")

    return report


@cli.command()
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
    old_spec = _diff_load(old, not strict, refs)
    new_spec = _diff_load(new, not strict, refs)
    result, notes = diff_versions(old_spec, new_spec, sdk=not wire_only)
    for note in notes:
        console.warn(note.format())
    result = apply_ignore(result, entries)
    _diff_print(console, result, output_format, new, new_spec)
    if fail_on is not None:
        from generator.diff.model import LEVEL_RANK

        if any(LEVEL_RANK[c.level] <= LEVEL_RANK[fail_on] for c in result.changes):
            sys.exit(1)


def _diff_load(source: str, lenient: bool, refs: tuple[bool, bool] = (False, False)) -> Any:
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
        console.warn(f"{loaded.resolved.root.uri}: {counted(loaded.errors, 'validation error')}; compared as it is"
                     f" (`pfgen validate` lists them; --strict refuses the document) [spec-invalid]")
    for diag in loaded.diagnostics:
        console.detail(diag.format())
    return loaded.resolved


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


@cli.command(cls=_ReleaseCommand)
@_release_spec_options
@handle_errors
def check(config_path: Path | None, target_name: str | None, lenient: bool | None, allow_remote_refs: bool | None,
          allow_outside_refs: bool | None) -> None:
    """Exit 1 when a target's output differs from what `pfgen generate` would produce now.

    Renders in memory from the configured spec, templates and generator, with the same version logic as
    `generate` (nothing changed: the version stays), and compares with each target's output: generated files
    missing, different or edited by hand, stale files, an out-of-date manifest. Files the manifest does not list
    are yours and not checked. Writes nothing; meant for CI and pre-commit (hook id `pfgen-check`).
    Exit codes: 0 up to date, 1 drift or invalid input, 2 usage or I/O problems.
    """
    from generator.pipeline import Timings
    from generator.release import read_spec_input
    from generator.release.apply import TargetDrift, check_targets
    from generator.release.summary import check_lines

    console = _console()
    timings = Timings(on_stage=console.stage_reporter())
    config, targets, options = _release_setup(True, config_path, target_name, None, None, lenient,
                                              allow_remote_refs, allow_outside_refs, None)
    results = check_targets(read_spec_input(_release_default_spec(config)), targets, options, timings)
    drifts = [r for r in results if isinstance(r, TargetDrift)]
    seen: list[Any] = []
    for drift in drifts:
        for diag in drift.release.diagnostics:
            if diag not in seen:
                seen.append(diag)
                console.detail(diag.format())
    for line in check_lines(results):
        console.out(line.text, fg={"ok": "green", "warn": "red"}.get(line.level))
    if any(d.drifted for d in drifts):
        console.info("run `pfgen generate` to bring the output up to date (generated files edited by hand: move"
                     " the change to <package>/lib/ or list the file in .pfgenignore)")
        sys.exit(1)


@cli.command(cls=_ReleaseCommand)
@click.argument("url", required=False)
@_release_spec_options
@_release_write_options
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds to wait for the server.")
@handle_errors
def update(url: str | None, config_path: Path | None, target_name: str | None, lenient: bool | None,
           allow_remote_refs: bool | None, allow_outside_refs: bool | None, dry_run: bool, force: bool,
           version: str | None, profile: bool, timeout: float) -> None:
    """Fetch the API's current document and regenerate every target from it as a new release.

    URL is a docs page or the document itself (default: the configured `docs-url`). The document is stored
    where `spec` points (a new snapshot in the snapshot folder), then each target is regenerated as
    `pfgen generate` does: diffed against the spec it was generated from, bumped, with a changelog section.
    With --dry-run nothing is stored or written. Exit codes: 0 done, 1 invalid document or hand-edited files,
    2 usage, network or I/O problems.
    """
    from generator.pipeline import Timings
    from generator.release import download, store_download, update_url
    from generator.release.summary import display_path

    console = _console()
    timings = Timings(on_stage=console.stage_reporter())
    config, targets, options = _release_setup(False, config_path, target_name, None, None, lenient,
                                              allow_remote_refs, allow_outside_refs, version)
    source = update_url(config, url)
    console.info(f"fetching {source}")
    with timings.stage("fetch"):
        downloaded = download(source, timeout=timeout)
    for step in downloaded.steps:
        console.detail(step)
    from generator.release import prepare_release, write_release

    # Validate and plan (hand edits, conflicts) before storing anything, so a refused update leaves the
    # snapshot folder as it was; then store the document and write.
    release = prepare_release(downloaded.spec, targets, options, timings)
    if not dry_run:
        write_release(release, force=force, dry_run=True)
        stored = store_download(config, downloaded)
        if stored is not None:
            state = "stored" if stored.status == "stored" else "unchanged"
            console.info(f"{state}: {display_path(stored.path)} (from {downloaded.source})")
    _release_write(console, release, dry_run=dry_run, force=force)
    if profile:
        _release_profile(console, timings)


@cli.group()
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


def main() -> None:
    # pfgen builds large, mostly acyclic structures (the document, the IR, rendered files): with the default
    # thresholds the collector ran ~1,300 times and took about a fifth of a large generation (asana: 1.0 s of
    # 5 s) to free almost nothing. Collections still run, a few hundred times less often (as mypy does).
    gc.set_threshold(200_000, 50, 100)
    import signal

    from generator.errors import raise_terminated

    signal.signal(signal.SIGTERM, raise_terminated)  # also when the CLI is entered without generator.launch
    try:
        cli(prog_name="pfgen")
    except BrokenPipeError:  # raised outside a command (help, version) or while flushing its last line
        _quiet_broken_pipe()


if __name__ == "__main__":
    main()
