"""``pfgen fetch``: find the OpenAPI document behind a docs URL and store it as a snapshot."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import click

from generator.cli.common import _console, handle_errors
from generator.console import Console


@click.command()
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
