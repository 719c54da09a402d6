"""What every command shares: the console, the error handling (one line and an exit code), and the ``$ref``
policy of commands without targets."""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from generator.console import Console
from generator.errors import EXIT_USAGE, GeneratorError, Terminated

F = TypeVar("F", bound=Callable[..., Any])


# Set by ``cli.main`` (the ``pfgen`` process itself, not a test calling the command group): whether
# ``settle_memory`` freezes what exists after each stage.
OWN_PROCESS = False


def settle_memory() -> None:
    """After each stage of a one-shot command: what exists then (the document, the IR, the plan, the rendered
    files) lives until the run ends, so it moves to the collector's permanent generation and no later
    collection scans it again. On the union document a single young collection during planning took ~70 ms,
    rescanning what ``build`` had made, to free 24 objects. A reference cycle that is garbage at that moment is
    freed at exit instead; pfgen makes almost none (about 250 objects over a whole run of that document). Not
    used by ``pfgen watch``, which would keep every save's, nor inside a test process (``OWN_PROCESS``)."""
    if OWN_PROCESS:
        gc.freeze()


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
