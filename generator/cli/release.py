"""``pfgen generate``, ``check`` and ``update``: a release of every configured target."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from generator.cli.common import _console, handle_errors, settle_memory
from generator.cli.release_options import (
    _release_spec_options,
    _release_write_options,
    _ReleaseCommand,
    _target_override_options,
)
from generator.cli.release_report import _release_profile, _release_write, _unchanged_from_stamps
from generator.cli.release_setup import _release_default_spec, _release_setup


@click.command(cls=_ReleaseCommand)
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
    from generator.digests import kept_across_runs
    from generator.pipeline import Timings

    click.get_current_context().with_resource(kept_across_runs())  # unchanged output files are not read again
    from generator.release import prepare_release, read_spec_input

    console = _console()
    timings = Timings(on_stage=console.stage_reporter(), after_stage=settle_memory)
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


@click.command(cls=_ReleaseCommand)
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
    from generator.digests import kept_across_runs
    from generator.pipeline import Timings
    from generator.release import read_spec_input
    from generator.release.apply import TargetDrift, check_targets
    from generator.release.summary import check_lines

    click.get_current_context().with_resource(kept_across_runs())

    console = _console()
    timings = Timings(on_stage=console.stage_reporter(), after_stage=settle_memory)
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


@click.command(cls=_ReleaseCommand)
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
    from generator.digests import kept_across_runs
    from generator.pipeline import Timings
    from generator.release import download, store_download, update_url
    from generator.release.summary import display_path

    click.get_current_context().with_resource(kept_across_runs())

    console = _console()
    timings = Timings(on_stage=console.stage_reporter(), after_stage=settle_memory)
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
