"""The ``pfgen`` command line: the only module that prints or exits.

Every command turns ``GeneratorError`` into one line on stderr and its exit code (1 invalid input, 2 usage or
I/O); ``--debug`` re-raises so the traceback shows. Nothing else in the package prints.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from generator import __version__
from generator.console import Console
from generator.errors import EXIT_USAGE, GeneratorError, NotImplementedYet

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
            console.error("error[interrupted]: stopped by the user; nothing was written")
            sys.exit(EXIT_USAGE)
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


def console_cap() -> int:
    return 50


def not_yet(feature: str) -> NotImplementedYet:
    return NotImplementedYet(
        "not-implemented",
        f"`pfgen {feature}` is not available in this version of pfgen yet",
        hint="see the README for the commands that work today",
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


@cli.command()
@handle_errors
def generate() -> None:
    """Generate the client package (and stubs) from a spec."""
    raise not_yet("generate")


@cli.command()
@handle_errors
def validate() -> None:
    """Validate an OpenAPI/Swagger document and lint it."""
    raise not_yet("validate")


@cli.command()
@handle_errors
def fetch() -> None:
    """Find and download the OpenAPI document behind a docs URL and snapshot it."""
    raise not_yet("fetch")


@cli.command()
@handle_errors
def diff() -> None:
    """Classify every change between two versions of an API."""
    raise not_yet("diff")


@cli.command()
@handle_errors
def check() -> None:
    """Exit 1 when generated/ differs from what the current inputs produce."""
    raise not_yet("check")


def main() -> None:
    cli(prog_name="pfgen")


if __name__ == "__main__":
    main()
