"""``pfgen watch``: regenerate on every save, in one resident process.

A one-shot ``pfgen generate`` pays for starting Python, importing pfgen and openapi-spec-validator, and for
re-reading everything from disk. ``watch`` pays that once: it imports the validator up front (the validation
child it forks for each run inherits it), polls the files a generation reads (the spec, its overlays, the
target's template folder, the configuration), and when one of them has changed and stopped changing it runs
exactly what ``pfgen generate`` runs, through the same atomic writer, printing the same one line per target
(version and changelog). A save that does not load or validate gets one error line and the watch goes on; the
output stays as the last good run left it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from generator import reuse
from generator.cli.common import _console, handle_errors
from generator.cli.release_options import _release_spec_options, _ReleaseCommand

Snapshot = dict[str, tuple[int, int] | None]


@click.command(cls=_ReleaseCommand)
@click.argument("spec", required=False)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write the package to, for one target (config: output). [default: generated/<package>]")
@_release_spec_options
@click.option("--interval", type=click.FloatRange(min=0.05, max=60), default=0.25, show_default=True,
              help="Seconds between two looks at the watched files.")
@click.option("--profile", is_flag=True, default=False, help="Print the time per stage after each run.")
@click.option("--runs", type=click.IntRange(min=1), default=None, hidden=True,
              help="Stop after this many generations (for tests and scripts).")
@handle_errors
def watch(spec: str | None, output: Path | None, config_path: Path | None, target_name: str | None,
          lenient: bool | None, allow_remote_refs: bool | None, allow_outside_refs: bool | None,
          interval: float, profile: bool, runs: int | None) -> None:
    """Regenerate every configured target whenever the spec, an overlay, a template or the configuration changes.

    Runs `pfgen generate` once, then again after each save (when the file has stopped changing), in this one
    process, which keeps pfgen and the validator loaded: a regeneration costs a fraction of a fresh run. Output
    is written atomically, as by `generate`; a save that is not a valid document prints one error line and the
    watch goes on. SPEC must be a local file or snapshot folder (default: the configured `spec`).
    Stop with Ctrl-C (exit code 0).
    """
    console = _console()
    _warm_up()
    session = _Session(spec, output, config_path, target_name, lenient, allow_remote_refs, allow_outside_refs)
    session.profile = profile
    done = 0
    try:
        with reuse.session():  # each run reuses what the last one computed from unchanged input
            snapshot = session.snapshot()
            session.run(console)
            done += 1
            while runs is None or done < runs:
                snapshot = _wait_for_change(session, snapshot, interval, lambda t: session.idle(console, t))
                watched = session.watched
                session.run(console)
                done += 1
                if session.watched != watched:  # the configuration now names other overlays or templates
                    snapshot = session.snapshot()
            session.finish(console)
    except KeyboardInterrupt:
        session.stop()
        console.info("stopped watching")


def _warm_up() -> None:
    """Import what every run needs, then fork the resident validation worker while this process holds nothing
    else (``validate.background.keep_worker``)."""
    import generator.release
    import generator.validate.schema_check  # noqa: F401  (openapi-spec-validator, ~0.3 s)
    from generator.validate.background import keep_worker

    keep_worker()


class _Session:
    """What one watch keeps between runs: the command line, and the files the last run read."""

    def __init__(self, spec: str | None, output: Path | None, config_path: Path | None, target_name: str | None,
                 lenient: bool | None, allow_remote_refs: bool | None, allow_outside_refs: bool | None) -> None:
        self.spec = spec
        self.args = (config_path, target_name, output, lenient, allow_remote_refs, allow_outside_refs)
        self.watched: tuple[Path, ...] = ()
        self.profile = False
        self.later: Any = None  # the last run's lenient validation, still running (``LaterFindings``)
        self._setup()  # usage problems (no spec, a URL, a bad config) stop the watch before it starts

    def _setup(self) -> tuple[str, Any, list[Any], Any]:
        from generator.cli.release_setup import _release_default_spec, _release_setup
        from generator.errors import UsageError

        config_path, target_name, output, lenient, remote, outside = self.args
        config, targets, options = _release_setup(
            self.spec is None, config_path, target_name, output, None, lenient, remote, outside, None
        )
        source = self.spec if self.spec is not None else _release_default_spec(config)
        if "://" in source:
            raise UsageError("watch-needs-file", f"cannot watch {source}: it is not a local file",
                             hint="fetch a snapshot (`pfgen fetch`) and watch that file, or pass a local SPEC")
        self.watched = _watched_paths(source, config, targets)
        return source, config, targets, options

    def snapshot(self) -> Snapshot:
        return _snapshot(self.watched)

    def run(self, console: Any) -> None:
        """One ``pfgen generate``; a problem is one line, never the end of the watch."""
        from generator.cli.common import console_cap
        from generator.cli.release_report import (
            _release_profile,
            _release_write,
            _unchanged_from_stamps,
        )
        from generator.errors import GeneratorError
        from generator.pipeline import Timings
        from generator.release import prepare_release, read_spec_input

        started = time.perf_counter()
        reuse.begin_run()
        self.stop()  # findings about the document this run replaces are moot
        try:
            source, _, targets, options = self._setup()
            timings = Timings()
            with timings.stage("load"):  # as ``generate`` times it
                spec_input = read_spec_input(source)
            if not _unchanged_from_stamps(console, spec_input, targets, options, timings):
                # A lenient document's validation cannot stop the write: its findings follow it (``idle``).
                release = prepare_release(spec_input, targets, options, timings, defer=True)
                self.later = release.later
                _release_write(console, release, dry_run=False, force=False)
        except GeneratorError as exc:
            self.stop()
            for diag in exc.diagnostics[: console_cap()]:
                console.detail(diag.format())
            console.error(exc.one_line())
            console.info("watching for the next save")
            return
        except OSError as exc:
            self.stop()
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            console.error(f"error[io]: {where}{exc.strerror or exc}")
            console.info("watching for the next save")
            return
        if self.profile:
            _release_profile(console, timings)
        console.info(f"regenerated in {time.perf_counter() - started:.2f} s; watching {len(self.watched)} files")

    def idle(self, console: Any, seconds: float) -> None:
        """Wait ``seconds`` between two looks at the files; print the lenient validation's findings as soon as
        they are in."""
        if self.later is None:
            time.sleep(seconds)
        elif self.later.ready(seconds):
            self.finish(console)

    def finish(self, console: Any) -> None:
        """Wait for the lenient validation still running, if any, and print its findings."""
        from generator.cli.release_report import _warnings
        from generator.console import counted

        later, self.later = self.later, None
        if later is not None:
            found = list(later())
            _warnings(console, found)
            problems = sum(d.severity != "info" for d in found)
            if problems:
                console.info(f"validated: {counted(problems, 'finding')} (lenient: the output was written regardless)")

    def stop(self) -> None:
        """Stop the lenient validation still running, if any: its document is no longer the one watched."""
        later, self.later = self.later, None
        if later is not None:
            later.cancel()


def _watched_paths(source: str, config: Any, targets: Iterable[Any]) -> tuple[Path, ...]:
    """The spec (a snapshot folder: the folder, whose newest file is the spec), the configuration, every
    target's overlays, and the files of every target's template folder."""
    paths: list[Path] = [Path(source)]
    folder = Path(config.spec) if config.spec and not config.spec_is_url else None
    if folder is not None and folder.is_dir():
        paths.append(folder)
    if config.path is not None:
        paths.append(Path(config.path))
    for target in targets:
        paths.extend(Path(p) for p in target.overlays)
        if target.templates is not None and Path(target.templates).is_dir():
            paths.append(Path(target.templates))
            paths.extend(p for p in sorted(Path(target.templates).rglob("*")) if p.is_file())
    unique: dict[str, Path] = {}
    for path in paths:
        unique.setdefault(os.path.abspath(path), path)
    return tuple(unique.values())


def _snapshot(paths: Iterable[Path]) -> Snapshot:
    state: Snapshot = {}
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            state[str(path)] = None  # being replaced by an editor, or gone: a change like any other
            continue
        listing = hash(tuple(sorted(os.listdir(path)))) if path.is_dir() else 0
        state[str(path)] = (st.st_mtime_ns ^ listing, st.st_size)
    return state


def _wait_for_change(session: _Session, before: Snapshot, interval: float,
                     sleep: Callable[[float], None] = time.sleep) -> Snapshot:
    """Block until a watched file changed and then stayed the same for one interval (an editor's save is
    often a truncate and several writes); return that settled state."""
    while True:
        sleep(interval)
        now = session.snapshot()
        if now == before:
            continue
        while True:
            sleep(interval)
            settled = session.snapshot()
            if settled == now:
                return settled
            now = settled
